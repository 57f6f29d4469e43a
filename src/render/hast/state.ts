import type { ElementContent } from 'hast';
import { h, text } from './h.js';
import type { Article, Block, Inline } from '../../model/types.js';
import { formatDate, type DateFormatter } from '../shared/dates.js';
import { serializedUrl } from '../shared/serialize-url.js';
import { createIdFactory } from '../shared/ids.js';
import { noteSource, objectPaths, type SourcePaths } from '../shared/source-paths.js';
import { resolveLabels, type Labels } from '../shared/labels.js';
import { isExtensionType } from '../../model/extensions.js';
import { unknownBlock, unknownInline } from './fallback.js';
import { defaultEmbedSandbox, type BlockHandlers, type HandlerResult, type HtmlOptions, type InlineHandlers, type SiteOptions } from './options.js';

/** Resolved options: every default filled in once, at the entry point. */
export interface HtmlSettings {
  fragment: boolean;
  site: SiteOptions;
  stylesheet: boolean | string;
  labels: Labels;
  /** The language of the labels when it differs from the article's. */
  labelLang: string | undefined;
  formatDate: DateFormatter;
  jsonLd: boolean;
  embedSandbox: string;
  onWarning: (message: string) => void;
}

/** Created once per render and passed to every handler. */
export interface HtmlState {
  readonly article: Article;
  readonly settings: HtmlSettings;
  readonly handlers: BlockHandlers;
  readonly inlineHandlers: InlineHandlers;
  /** True while rendering the lead media (loaded eagerly, above the fold). */
  lead: boolean;
  /** @internal Where each element came from, when the render is traced (see `SourcePaths`). */
  readonly sources: SourcePaths | undefined;
  /** Render one block. */
  one(node: Block, parent?: Block): ElementContent[];
  /** Render blocks in order. */
  all(nodes: readonly Block[], parent?: Block): ElementContent[];
  /** Render inline content. */
  inline(nodes: readonly Inline[]): ElementContent[];
  /** A unique, AMP-safe id for a heading or label. */
  id(text: string): string;
  /** A label word as nodes, marked with its language when it differs from the article's. */
  label(key: keyof Labels, properties?: Record<string, string>): ElementContent;
  /** Resolve a site-relative URL against `site.baseUrl`, when set. */
  url(value: string): string;
  warn(message: string): void;
}

/**
 * @internal What a caller of the tree builders observes or changes: where each
 * element came from (the checker), and each block's result (`toJsx` puts a
 * framework component in its place).
 */
export interface RenderHooks {
  sources?: SourcePaths | undefined;
  block?: ((state: HtmlState, node: Block, parent: Block | undefined, result: HandlerResult) => HandlerResult) | undefined;
}

/** Append a handler's result (nothing, a node or nodes) without an array per call. */
function append(out: ElementContent[], result: HandlerResult): ElementContent[] {
  if (result === undefined) return out;
  if (Array.isArray(result)) for (const node of result) out.push(node);
  else out.push(result);
  return out;
}

/** Fill in every default. */
export function resolveSettings(article: Article, options: HtmlOptions): HtmlSettings {
  const { labels, lang } = resolveLabels(article.language, options.labels);
  return {
    fragment: options.fragment ?? false,
    site: options.site ?? {},
    stylesheet: options.stylesheet ?? false,
    labels,
    labelLang: lang,
    formatDate: options.formatDate ?? formatDate,
    jsonLd: options.jsonLd ?? true,
    embedSandbox: options.embedSandbox ?? defaultEmbedSandbox,
    onWarning: options.onWarning ?? (() => {}),
  };
}

/** Create the state for one render. */
export function createState(article: Article, settings: HtmlSettings, handlers: BlockHandlers, inlineHandlers: InlineHandlers, hooks: RenderHooks = {}): HtmlState {
  const { sources, block: wrap } = hooks;
  const id = createIdFactory();
  const paths = sources && objectPaths(article);
  const block = (node: Block, parent: Block | undefined): HandlerResult => {
    const handler = (handlers as Record<string, ((state: HtmlState, node: Block, parent?: Block) => HandlerResult) | undefined>)[node.type];
    if (!handler && !isExtensionType(node.type)) throw new Error(`Cannot render unknown block type \`${node.type}\`; pass a handler for it in \`handlers\``);
    const rendered = handler ? handler(state, node, parent) : unknownBlock(state, node);
    const result = wrap ? wrap(state, node, parent, rendered) : rendered;
    if (sources) noteSource(sources, result, paths?.get(node));
    return result;
  };
  const state: HtmlState = {
    article,
    settings,
    handlers,
    inlineHandlers,
    lead: false,
    sources,
    one(node, parent) {
      return append([], block(node, parent));
    },
    all(nodes, parent) {
      const out: ElementContent[] = [];
      for (const node of nodes) append(out, block(node, parent));
      return out;
    },
    inline(nodes) {
      const out: ElementContent[] = [];
      for (const node of nodes) {
        const handler = (inlineHandlers as Record<string, ((state: HtmlState, node: Inline) => HandlerResult) | undefined>)[node.type];
        if (!handler && !isExtensionType(node.type)) throw new Error(`Cannot render unknown inline type \`${node.type}\`; pass a handler for it in \`inlineHandlers\``);
        const result = handler ? handler(state, node) : unknownInline(state, node);
        if (sources) noteSource(sources, result, paths?.get(node));
        append(out, result);
      }
      return out;
    },
    id,
    label(key, properties = {}) {
      const word = settings.labels[key];
      const lang = settings.labelLang;
      if (!lang && Object.keys(properties).length === 0) return text(word);
      return h('span', { ...properties, ...(lang && { lang, dir: 'ltr' }) }, word);
    },
    url(value) {
      const base = settings.site.baseUrl;
      if (!base || !value.startsWith('/') || value.startsWith('//')) return serializedUrl(value);
      return new URL(value, base).href;
    },
    warn(message) {
      settings.onWarning(message);
    },
  };
  return state;
}
