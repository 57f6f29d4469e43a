import type { Root } from 'hast';
import { parseArticle, safeParseArticle, type SafeParseArticleResult } from '../model/parse.js';
import type { Article } from '../model/types.js';
import { parseMarkdownArticle, safeParseMarkdownArticle, type MarkdownOptions } from '../load/markdown/parse.js';
import { parseJsonArticle, safeParseJsonArticle } from '../load/json.js';
import type { LoadOptions, LoadResult } from '../load/result.js';
import { toHast } from '../render/html/to-hast.js';
import { renderHtml } from '../render/html/render-html.js';
import { renderAmp, toAmpHast, type AmpOptions } from '../render/amp/render-amp.js';
import { renderText } from '../render/text/render-text.js';
import type { TextOptions } from '../render/text/options.js';
import type { HtmlOptions } from '../render/hast/options.js';
import { renderFeed, type FeedOptions } from '../render/feed/render-feed.js';
import { lintArticle } from '../lint/lint-article.js';
import type { LintFinding, LintOptions } from '../lint/types.js';
import { createExtensions, type Extensions, type ExtensionsConfig } from './registry.js';

type Without<T> = Omit<T, 'extensions'>;

/** presswork with extension types: every reader, renderer and the lint know them. */
export interface Presswork {
  /** The registered types; pass as `extensions` to the Node loaders and the accessibility checker. */
  readonly extensions: Extensions;
  parseArticle(input: unknown): Article;
  safeParseArticle(input: unknown): SafeParseArticleResult;
  parseMarkdownArticle(source: string, options?: Without<MarkdownOptions>): Article;
  safeParseMarkdownArticle(source: string, options?: Without<MarkdownOptions>): LoadResult;
  parseJsonArticle(source: string, options?: Without<LoadOptions>): Article;
  safeParseJsonArticle(source: string, options?: Without<LoadOptions>): LoadResult;
  renderHtml(article: Article, options?: Without<HtmlOptions>): string;
  toHast(article: Article, options?: Without<HtmlOptions>): Root;
  renderAmp(article: Article, options?: Without<AmpOptions>): string;
  toAmpHast(article: Article, options?: Without<AmpOptions>): Root;
  renderText(article: Article, options?: Without<TextOptions>): string;
  renderFeed(articles: readonly Article[], options: Without<FeedOptions>): string;
  lintArticle(article: Article, options?: Without<LintOptions>): LintFinding[];
}

/**
 * presswork with your own block and inline types: the returned functions
 * validate, read, render (HTML, AMP, text, feeds) and lint articles that use
 * them. With no extensions they behave exactly like the plain exports.
 *
 * ```ts
 * const presswork = createPresswork({ blocks: [poll] });
 * const article = presswork.parseMarkdownArticle(source);
 * const html = presswork.renderHtml(article);
 * ```
 *
 * @throws {ExtensionDefinitionError} for a type registered twice or an entry not made by `defineBlock`/`defineInline`.
 */
export function createPresswork(config: ExtensionsConfig = {}): Presswork {
  const extensions = createExtensions(config);
  return Object.freeze({
    extensions,
    parseArticle: (input: unknown) => parseArticle(input, { extensions }),
    safeParseArticle: (input: unknown) => safeParseArticle(input, { extensions }),
    parseMarkdownArticle: (source: string, options: Without<MarkdownOptions> = {}) => parseMarkdownArticle(source, { ...options, extensions }),
    safeParseMarkdownArticle: (source: string, options: Without<MarkdownOptions> = {}) => safeParseMarkdownArticle(source, { ...options, extensions }),
    parseJsonArticle: (source: string, options: Without<LoadOptions> = {}) => parseJsonArticle(source, { ...options, extensions }),
    safeParseJsonArticle: (source: string, options: Without<LoadOptions> = {}) => safeParseJsonArticle(source, { ...options, extensions }),
    renderHtml: (article: Article, options: Without<HtmlOptions> = {}) => renderHtml(article, { ...options, extensions }),
    toHast: (article: Article, options: Without<HtmlOptions> = {}) => toHast(article, { ...options, extensions }),
    renderAmp: (article: Article, options: Without<AmpOptions> = {}) => renderAmp(article, { ...options, extensions }),
    toAmpHast: (article: Article, options: Without<AmpOptions> = {}) => toAmpHast(article, { ...options, extensions }),
    renderText: (article: Article, options: Without<TextOptions> = {}) => renderText(article, { ...options, extensions }),
    renderFeed: (articles: readonly Article[], options: Without<FeedOptions>) => renderFeed(articles, { ...options, extensions }),
    lintArticle: (article: Article, options: Without<LintOptions> = {}) => lintArticle(article, { ...options, extensions }),
  });
}
