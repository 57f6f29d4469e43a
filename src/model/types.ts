import type * as z from 'zod';
import type { articleSchema, byline, correction } from './article.js';
import type { block, leadMedia } from './blocks.js';
import type { inlineNode } from './inline.js';

/**
 * Extension block types, added by declaration merging (the mdast
 * `*ContentMap` pattern) so `Block` and `switch (block.type)` know them:
 *
 * ```ts
 * declare module 'presswork' {
 *   interface CustomBlocks { 'acme:poll': PollBlock }
 * }
 * ```
 *
 * `defineBlock` registers the runtime side (schema and renderers).
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled in by declaration merging
export interface CustomBlocks {}
/** Extension inline types, added by declaration merging like {@link CustomBlocks}. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled in by declaration merging
export interface CustomInlines {}

type SchemaBlock = z.output<typeof block>;
/** A registered extension block (see {@link CustomBlocks}). */
export type CustomBlock = CustomBlocks[keyof CustomBlocks];
/** A registered extension inline node (see {@link CustomInlines}). */
export type CustomInline = CustomInlines[keyof CustomInlines];

// Interfaces (not aliases) so declaration files and error messages refer to
// them by name instead of expanding the whole recursive structure (TS7056).
// Blocks that hold blocks are written out so they hold extension blocks too.
/** An ordered or unordered list; each item is a list of blocks. */
export interface ListBlock extends Omit<Extract<SchemaBlock, { type: 'list' }>, 'items'> {
  /** The items, each a list of blocks (so lists nest). */
  items: Block[][];
}
/** A quotation from a source, with an optional attribution and source URL. */
export interface BlockquoteBlock extends Omit<Extract<SchemaBlock, { type: 'blockquote' }>, 'children'> {
  /** The quoted blocks, verbatim. */
  children: Block[];
}
/** A boxed-out set of facts beside the story. */
export interface FactboxBlock extends Omit<Extract<SchemaBlock, { type: 'factbox' }>, 'children'> {
  /** The facts, as blocks. */
  children: Block[];
}
/** Every built-in block. */
export type BuiltinBlock = Exclude<SchemaBlock, { type: 'list' | 'blockquote' | 'factbox' }> | ListBlock | BlockquoteBlock | FactboxBlock;
/** Any body block: built-in or registered (see {@link CustomBlocks}). */
export type Block = BuiltinBlock | CustomBlock;
/** The `type` names of body blocks. */
export type BlockType = Block['type'];
/** The `type` names of built-in blocks. */
export type BuiltinBlockType = BuiltinBlock['type'];
/** The block of a given `type`, e.g. `BlockOf<'image'>`. */
export type BlockOf<T extends BlockType> = Extract<Block, { type: T }>;

/** A validated article (the canonical JSON form). */
export interface Article extends Omit<z.output<typeof articleSchema>, 'body'> {
  /** The story, as blocks. */
  body: Block[];
}
/** What `parseArticle` accepts before validation. */
export interface ArticleInput extends z.input<typeof articleSchema> {}
/** Every built-in inline node. */
export type BuiltinInline = z.output<typeof inlineNode>;
/** A list of inline nodes (an interface, so the recursive types stay named). */
export interface InlineList extends Array<Inline> {}
/**
 * Any inline node: built-in or registered (see {@link CustomInlines}). The
 * inline fields of built-in blocks are typed with built-in nodes; a
 * registered inline type may stand in any of them at run time.
 */
export type Inline = BuiltinInline | CustomInline;
/** The `type` names of inline nodes. */
export type InlineType = Inline['type'];
/** The `type` names of built-in inline nodes. */
export type BuiltinInlineType = BuiltinInline['type'];
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
/** A thematic break. */
export type DividerBlock = BlockOf<'divider'>;
/** A code listing, kept verbatim. */
export type CodeBlock = BlockOf<'code'>;
/** Untrusted raw HTML, sanitized when rendered. */
export type HtmlBlock = BlockOf<'html'>;
