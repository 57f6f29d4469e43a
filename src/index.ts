/**
 * presswork: typed news articles rendered to accessible HTML, AMP and plain
 * text. This entry point is portable (browsers, edge runtimes): no Node-only
 * API, no jsdom, no axe-core. File loading lives in `presswork/node`, the
 * accessibility checker in `presswork/a11y`.
 *
 * @packageDocumentation
 */
// Every public export is named here: anything else is internal, and the API
// report (api/presswork.api.md, checked by a test) records this surface.
export {
  articleSchema,
  blockSchema,
  leadMediaSchema,
  inlineSchema,
  schemaVersion,
  ArticleValidationError,
  summarize,
  parseArticle,
  safeParseArticle,
  articleJsonSchema,
  directionOf,
  isLanguageTag,
  isSafeUrl,
  inlineText,
  limits,
} from './model/index.js';
export type {
  ArticleIssue,
  SafeParseArticleResult,
  ParseOptions,
  Direction,
  Article,
  ArticleInput,
  Block,
  BlockType,
  BlockOf,
  Inline,
  InlineType,
  InlineOf,
  LeadMedia,
  Byline,
  Correction,
} from './model/index.js';
export type { CustomBlocks, CustomInlines, CustomBlock, CustomInline, BuiltinBlock, BuiltinBlockType, BuiltinInline, BuiltinInlineType, InlineList } from './model/index.js';
export { migrateArticle, migrations, type Migration, type MigrationResult } from './model/migrate.js';
export type { ArticleNotice, UnknownTypePolicy, ModelExtensions, ExtensionSchema } from './model/extensions.js';
export { defineBlock, defineInline, ExtensionDefinitionError } from './extend/define.js';
export type { BlockDefinition, InlineDefinition, BlockExtension, InlineExtension, ExtensionType, DirectiveInput, LintField } from './extend/define.js';
export { createExtensions, type Extensions, type ExtensionsConfig } from './extend/registry.js';
export { createPresswork, type Presswork } from './extend/create.js';
export { renderFeed, feedMediaTypes, type FeedOptions, type FeedSite } from './render/feed/render-feed.js';
export { h } from './render/hast/h.js';
export type {
  ParagraphBlock,
  HeadingBlock,
  ListBlock,
  BlockquoteBlock,
  PullquoteBlock,
  ImageBlock,
  GalleryBlock,
  VideoBlock,
  AudioBlock,
  EmbedBlock,
  RelatedLinkBlock,
  TableBlock,
  FactboxBlock,
  DividerBlock,
  CodeBlock,
  HtmlBlock,
} from './model/index.js';
export { parseMarkdownArticle, safeParseMarkdownArticle, type MarkdownOptions } from './load/markdown/parse.js';
export { writeMarkdownArticle, MarkdownWriteError, type MarkdownWriteIssue } from './load/markdown/write.js';
export { parseJsonArticle, safeParseJsonArticle } from './load/json.js';
export type { LoadResult, LoadOptions } from './load/result.js';
export { locate, type SourceLocations, type SourceSpan, type SourcePoint } from './load/source-map.js';
export { renderHtml, toHast, htmlHandlers, htmlInlineHandlers, defaultStylesheet, baseStylesheet, newsArticleData, defaultEmbedSandbox } from './render/html/index.js';
export type { HtmlOptions, SiteOptions, BlockHandler, InlineHandler, BlockHandlers, InlineHandlers, HandlerResult, HtmlState, HtmlSettings } from './render/html/index.js';
export { defaultLabels, type Labels } from './render/shared/labels.js';
export { formatDate, type DateFormatter } from './render/shared/dates.js';
export { renderText, textHandlers, type TextOptions, type TextHandler, type TextHandlers, type TextState, type TextUnit, type TextSettings } from './render/text/index.js';
export { renderAmp, toAmpHast, ampHandlers, useComponent, type AmpOptions } from './render/amp/index.js';
export { validateAmp, ampRules, ampHouseRules, type AmpValidationOptions, type AmpIssue, type AmpRule, type AmpRuleId, type AmpHouseRuleId } from './amp-validator/index.js';
export { lintArticle, lintRules, retextRule, lintSeverities, LintConfigError, type RetextRuleOptions } from './lint/index.js';
export type {
  LintFinding,
  LintFix,
  LintOptions,
  LintRule,
  LintRuleSetting,
  LintSeverity,
  LintContext,
  LintReport,
  LintPath,
  LintUnit,
  LintUnitKind,
  LintRange,
  LintPiece,
  LintLinkRange,
} from './lint/index.js';
export { applySafeFixes, type AppliedFixes } from './lint/apply-fixes.js';
