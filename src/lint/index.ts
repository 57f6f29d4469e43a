export { lintArticle, LintConfigError } from './lint-article.js';
export { lintRules } from './rules/index.js';
export { retextRule, type RetextRuleOptions } from './retext-rule.js';
export { lintSeverities } from './types.js';
export type { LintFinding, LintFix, LintOptions, LintRule, LintRuleSetting, LintSeverity, LintContext, LintReport, LintPath } from './types.js';
export type { LintUnit, LintUnitKind, LintRange, LintPiece, LintLinkRange } from './text-units.js';
