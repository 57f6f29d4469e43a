/**
 * presswork/a11y: accessibility checks of rendered output with axe-core in
 * jsdom (default) or real Chromium, plus AMP and plain-text rules. Node only.
 *
 * @packageDocumentation
 */
export { checkAccessibility, checkArticle, createChecker, type Checker, type CheckOptions, type CheckArticleOptions } from './checker.js';
export { defaultTags, layoutRules } from './axe-options.js';
export { textRuleSet, textRules, textDocument } from './text-rules.js';
export { ampStaticChecks, ampForAxe } from './amp-checks.js';
export { ChromiumUnavailableError, chromiumFlags, viewports } from './chromium-engine.js';
export { createReport, hasViolationsAtLeast, impacts, wcagCriteria, type A11yReport, type A11yResult, type A11yNode, type Engine, type Impact, type OutputFormat } from './report.js';
