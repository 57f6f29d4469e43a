import type { Article, Block, Inline } from '../../model/types.js';
import { formatDate, type DateFormatter } from '../shared/dates.js';
import { defaultLabels, type Labels } from '../shared/labels.js';
import type { TextHandlers, TextOptions } from './options.js';
import { serializedUrl } from '../shared/serialize-url.js';
import type { PathSegments } from '../../model/path.js';
import { objectPaths } from '../shared/source-paths.js';
import { isExtensionType } from '../../model/extensions.js';
import { fallbackPieces } from '../shared/fallback.js';
import type { Extensions } from '../../extend/registry.js';

/**
 * One paragraph-like piece of output. The renderer wraps `text` to the
 * width, puts `prefix` before the first line and `indent` before the rest,
 * and separates units by `before` blank lines.
 */
export interface TextUnit {
  text: string;
  /** Blank lines before this unit. Default 1. */
  before?: number;
  /** Before the first line (a list marker). Default: `indent`. */
  prefix?: string;
  /** Before every other line. Default ''. */
  indent?: string;
  /** Keep lines as they are (code): never wrapped or reflowed. */
  verbatim?: boolean;
}

/** Resolved options. */
export interface TextSettings {
  width: number;
  links: 'inline' | 'references';
  baseUrl: string;
  labels: Labels;
  formatDate: DateFormatter;
  extensions: Extensions | undefined;
}

/** Created once per render and passed to every handler. */
export interface TextState {
  readonly article: Article;
  readonly settings: TextSettings;
  /** Render blocks to units. */
  all(nodes: readonly Block[], parent?: Block): TextUnit[];
  /** Inline content as one line of text, links with their URLs. */
  inline(nodes: readonly Inline[]): string;
  /** @internal An extension inline node, by its handler or as fallback text. */
  extension(node: Inline): string;
  /** @internal The words and links of a node no handler knows. */
  fallback(node: { type: string }): string;
  /** A URL made absolute for readers outside the site. */
  url(value: string): string;
  /** A labelled link: `text <url>` or `text [n]`. */
  link(text: string, url: string): string;
  /** Numbered link references collected so far. */
  readonly references: string[];
  /** @internal Where each unit came from, when the render is traced. */
  readonly sources: Map<TextUnit, PathSegments> | undefined;
}

const quoteMarks: Record<string, [string, string]> = { fr: ['« ', ' »'], de: ['„', '“'], ar: ['«', '»'], he: ['„', '”'], ja: ['「', '」'], zh: ['“', '”'] };
const superscripts: Record<string, string> = { 0: '⁰', 1: '¹', 2: '²', 3: '³', 4: '⁴', 5: '⁵', 6: '⁶', 7: '⁷', 8: '⁸', 9: '⁹', '+': '⁺', '-': '⁻' };
const subscripts: Record<string, string> = { 0: '₀', 1: '₁', 2: '₂', 3: '₃', 4: '₄', 5: '₅', 6: '₆', 7: '₇', 8: '₈', 9: '₉', '+': '₊', '-': '₋' };

/** Digits as Unicode super/subscripts (real characters, read as numbers); other text unchanged. */
function script(text: string, map: Record<string, string>): string {
  const characters = Array.from(text);
  return characters.every((char) => char in map) ? characters.map((char) => map[char]).join('') : text;
}

export function resolveSettings(article: Article, options: TextOptions): TextSettings {
  return {
    width: options.width ?? 78,
    links: options.links ?? 'inline',
    baseUrl: options.baseUrl ?? article.canonicalUrl,
    labels: options.labels ? { ...defaultLabels, ...options.labels } : defaultLabels,
    formatDate: options.formatDate ?? formatDate,
    extensions: options.extensions,
  };
}

export function createState(article: Article, settings: TextSettings, handlers: TextHandlers, sources?: Map<TextUnit, PathSegments>): TextState {
  const paths = sources && objectPaths(article);
  const expanded = new Set<string>();
  const references: string[] = [];
  const [open, close] = quoteMarks[article.language.toLowerCase().split('-')[0] ?? ''] ?? ['“', '”'];
  const state: TextState = {
    article,
    settings,
    references,
    sources,
    all(nodes, parent) {
      const out: TextUnit[] = [];
      for (const node of nodes) {
        const handler = (handlers as Record<string, ((state: TextState, node: Block, parent?: Block) => TextUnit[]) | undefined>)[node.type];
        if (!handler && !isExtensionType(node.type)) throw new Error(`Cannot render unknown block type \`${node.type}\` as text; pass a handler for it in \`handlers\``);
        const units = handler ? handler(state, node, parent) : [{ text: state.fallback(node) }];
        const path = paths?.get(node);
        if (sources && path) for (const unit of units) if (!sources.has(unit)) sources.set(unit, path);
        out.push(...units);
      }
      return out;
    },
    inline(nodes) {
      let out = '';
      for (const node of nodes) {
        switch (node.type) {
          case 'text':
          case 'code':
            out += node.value;
            break;
          case 'break':
            out += '\n';
            break;
          case 'link':
            out += state.link(state.inline(node.children), node.url);
            break;
          case 'quote':
            out += open + state.inline(node.children) + close;
            break;
          case 'abbr': {
            // Expand an abbreviation the first time only, as an editor would.
            const text = state.inline(node.children);
            out += expanded.has(text) ? text : `${text} (${node.title})`;
            expanded.add(text);
            break;
          }
          case 'sup':
            out += script(state.inline(node.children), superscripts);
            break;
          case 'sub':
            out += script(state.inline(node.children), subscripts);
            break;
          default:
            out += isExtensionType(node.type) ? state.extension(node) : state.inline((node as { children: Inline[] }).children);
        }
      }
      return out;
    },
    extension(node) {
      const extension = settings.extensions?.inlines.get(node.type);
      return extension ? extension.text(state, node) : state.fallback(node);
    },
    fallback(node) {
      return fallbackPieces(node)
        .map((piece) => ('url' in piece ? `<${state.url(piece.url)}>` : piece.text))
        .join(' ');
    },
    url(value) {
      // Readers of plain text have no page to resolve against: relative URLs are made absolute.
      return /^[a-z][a-z\d+.-]*:/i.test(value) ? serializedUrl(value) : new URL(value, settings.baseUrl).href;
    },
    link(text, url) {
      const absolute = state.url(url);
      if (settings.links === 'inline') return `${text} <${absolute}>`;
      let index = references.indexOf(absolute);
      if (index === -1) index = references.push(absolute) - 1;
      return `${text} [${index + 1}]`;
    },
  };
  return state;
}
