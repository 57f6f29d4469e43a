export { validateAmp, type AmpValidationOptions } from './validate.js';
export { ampRules, ampHouseRules, type AmpIssue, type AmpRule, type AmpRuleId, type AmpHouseRuleId } from './rules.js';
