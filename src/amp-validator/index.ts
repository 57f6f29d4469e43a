export { validateAmp } from './validate.js';
export { ampRules, type AmpIssue, type AmpRule, type AmpRuleId } from './rules.js';
