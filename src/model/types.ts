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

/** A paragraph of inline content. */
export type ParagraphBlock = BlockOf<'paragraph'>;
/** A section heading (levels 2–4; the headline is level 1). */
export type HeadingBlock = BlockOf<'heading'>;
/** An ordered or unordered list; each item is a list of blocks. */
export type ListBlock = BlockOf<'list'>;
/** A quotation from a source, with an optional attribution and source URL. */
export type BlockquoteBlock = BlockOf<'blockquote'>;
/** A pull quote: repeats the body for emphasis, hidden from assistive technology. */
export type PullquoteBlock = BlockOf<'pullquote'>;
/** An image with alt text (or `decorative`), size, caption and credit. */
export type ImageBlock = BlockOf<'image'>;
/** A titled set of images. */
export type GalleryBlock = BlockOf<'gallery'>;
/** A video (sources or YouTube) with captions or a transcript. */
export type VideoBlock = BlockOf<'video'>;
/** An audio clip with a transcript. */
export type AudioBlock = BlockOf<'audio'>;
/** A titled third-party embed with a fallback. */
export type EmbedBlock = BlockOf<'embed'>;
/** A link to a related story (the wire's "READ MORE" line). */
export type RelatedLinkBlock = BlockOf<'relatedLink'>;
/** A captioned data table. */
export type TableBlock = BlockOf<'table'>;
/** A boxed-out set of facts beside the story. */
export type FactboxBlock = BlockOf<'factbox'>;
/** A thematic break. */
export type DividerBlock = BlockOf<'divider'>;
/** A code listing, kept verbatim. */
export type CodeBlock = BlockOf<'code'>;
/** Untrusted raw HTML, sanitized when rendered. */
export type HtmlBlock = BlockOf<'html'>;
