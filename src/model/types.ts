import type * as z from 'zod';
import type { articleSchema, byline, correction } from './article.js';
import type { block, leadMedia } from './blocks.js';
import type { inlineNode } from './inline.js';

// Interfaces (not aliases) so declaration files and error messages refer to
// them by name instead of expanding the whole recursive structure (TS7056).
/** A validated article (the canonical JSON form). */
export interface Article extends z.output<typeof articleSchema> {}
/** What `parseArticle` accepts before validation. */
export interface ArticleInput extends z.input<typeof articleSchema> {}
/** Any body block. */
export type Block = z.output<typeof block>;
/** The `type` names of body blocks. */
export type BlockType = Block['type'];
/** The block of a given `type`, e.g. `BlockOf<'image'>`. */
export type BlockOf<T extends BlockType> = Extract<Block, { type: T }>;
/** Any inline node. */
export type Inline = z.output<typeof inlineNode>;
/** The `type` names of inline nodes. */
export type InlineType = Inline['type'];
/** The inline node of a given `type`. */
export type InlineOf<T extends InlineType> = Extract<Inline, { type: T }>;
/** Lead media: an image, video or audio block. */
export type LeadMedia = z.output<typeof leadMedia>;
/** A byline entry. */
export type Byline = z.output<typeof byline>;
/** A correction notice. */
export type Correction = z.output<typeof correction>;
