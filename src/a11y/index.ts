/**
 * presswork/a11y: accessibility checks of rendered output with axe-core in
 * jsdom (default) or real Chromium, plus AMP and plain-text rules. Node only.
 *
 * @packageDocumentation
 */
export { checkAccessibility, checkArticle, createChecker, type Checker, type CheckOptions, type CheckArticleOptions } from './checker.js';
export { defaultTags, defaultLoadTimeout, layoutRules } from './axe-options.js';
export { levels, selectRules, tagsFor, RuleSelectionError, type Level, type RuleSelection } from './rule-selection.js';
export { textRules } from './text-rules.js';
export { ampStaticChecks } from './amp-checks.js';
export { ChromiumUnavailableError } from './chromium-engine.js';
export { transcript, type TranscriptOptions } from './transcript.js';
export { hasViolationsAtLeast, impacts, type A11yReport, type A11yResult, type A11yNode, type Engine, type Impact, type OutputFormat } from './report.js';
export { reviewItems, type ReviewItem } from './review/items.js';
export { applySignOffs, recordSignOffs, staleSignOffs, readLedger, writeLedger, emptyLedger, LedgerError, type Ledger, type SignOff, type ReviewedItem, type ReviewStatus } from './review/ledger.js';
export { earlReport, type EarlSubject, type EarlOptions } from './review/earl.js';
