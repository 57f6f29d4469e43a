import type { ElementContent } from 'hast';
import type { PluggableList } from 'unified';
import type { Block, BlockOf, BlockType, BuiltinBlockType, BuiltinInlineType, CustomBlock, CustomInline, Inline, InlineOf, InlineType } from '../../model/types.js';
import type { Extensions } from '../../extend/registry.js';
import type { DateFormatter } from '../shared/dates.js';
import type { Labels } from '../shared/labels.js';
import type { HtmlState } from './state.js';

/** What a handler returns: nodes to insert, or nothing. */
export type HandlerResult = ElementContent | ElementContent[] | undefined;

/** Renders one block type. `parent` is the enclosing block, when there is one. */
export type BlockHandler<T extends BlockType = BlockType> = (state: HtmlState, node: BlockOf<T>, parent?: Block) => HandlerResult;
/** Renders one inline type. */
export type InlineHandler<T extends InlineType = InlineType> = (state: HtmlState, node: InlineOf<T>) => HandlerResult;

/** One handler per built-in block type, and any for extension types. */
export type BlockHandlers = { [T in BuiltinBlockType]: BlockHandler<T> } & { [T in CustomBlock['type']]?: BlockHandler<T> };
/** One handler per built-in inline type, and any for extension types. */
export type InlineHandlers = { [T in BuiltinInlineType]: InlineHandler<T> } & { [T in CustomInline['type']]?: InlineHandler<T> };

/** The publisher, for JSON-LD, the document title and relative URLs. */
export interface SiteOptions {
  /** Publisher name, e.g. "Riverton Herald". */
  name?: string;
  /** Publisher home page. */
  url?: string;
  /** Publisher logo for structured data. */
  logo?: { src: string; width: number; height: number };
  /**
   * Base URL that site-relative links and media (`/local/story`) are
   * resolved against. Default: the origin of the article's `canonicalUrl`
   * for AMP and JSON-LD; relative URLs stay relative in HTML without it.
   */
  baseUrl?: string;
}

/** Options for `renderHtml` and `toHast`. */
export interface HtmlOptions {
  /** Return only the `<article>` element, for a site's own layout. Default `false` (a full document). */
  fragment?: boolean;
  /** Per-block-type handler overrides, merged over the defaults. */
  handlers?: Partial<BlockHandlers>;
  /** Per-inline-type handler overrides, merged over the defaults. */
  inlineHandlers?: Partial<InlineHandlers>;
  /** Synchronous rehype plugins run on the tree before serialization. Default none. */
  rehypePlugins?: PluggableList;
  /** The publisher. Default: none (JSON-LD omits `publisher`). */
  site?: SiteOptions;
  /**
   * The stylesheet of a full document: `true` inlines presswork's default
   * stylesheet, a string links that URL, `false` adds none. Default `false`.
   */
  stylesheet?: boolean | string;
  /** Words the renderer adds ("By", "Published"…). Default English. */
  labels?: Partial<Labels>;
  /** How dates read. Default: the long date form of the article's language. */
  formatDate?: DateFormatter;
  /** Add a JSON-LD `NewsArticle` script. Default `true`. */
  jsonLd?: boolean;
  /**
   * The `sandbox` of framed embeds (HTML `iframe`, AMP `amp-iframe`). Default
   * {@link defaultEmbedSandbox}: scripts and pop-ups run, but the frame stays
   * in its own origin. Adding `allow-same-origin` (some map and social
   * players need their cookies) lets a frame that also runs scripts remove
   * its own sandbox: only do it for providers you trust.
   */
  embedSandbox?: string;
  /** Extension types and their handlers (`createPresswork` passes them). Default: none; an unknown extension node renders as fallback text, with a warning. */
  extensions?: Extensions | undefined;
  /** Called with a message when the renderer has to fall back (e.g. an unsafe raw HTML attribute removed). */
  onWarning?: (message: string) => void;
}

/** Scripts and pop-ups (so links open), in the frame's own origin: the frame can never lift its sandbox. */
export const defaultEmbedSandbox = 'allow-scripts allow-popups allow-popups-to-escape-sandbox allow-presentation';

export type { Block, Inline };
