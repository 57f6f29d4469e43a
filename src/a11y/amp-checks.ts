import { ampRules, type AmpIssue, type AmpRule } from '../amp-validator/rules.js';
import { validateAmp, type AmpValidationOptions } from '../amp-validator/validate.js';
import type { A11yResult } from './report.js';

const helpUrl = 'https://amp.dev/documentation/guides-and-tutorials/learn/spec/amphtml';

/** AMP problems of one severity as report entries, one per rule. */
function asResults(issues: AmpIssue[]): A11yResult[] {
  const byRule = new Map<string, AmpIssue[]>();
  for (const issue of issues) byRule.set(issue.rule, [...(byRule.get(issue.rule) ?? []), issue]);
  return [...byRule].map(([rule, found]) => {
    const meta: AmpRule = ampRules[rule] ?? { source: 'spec', description: found[0]!.message, impact: 'serious' };
    const wcag = meta.wcag ?? [];
    return {
      id: rule,
      source: 'amp',
      impact: found[0]!.severity === 'warning' ? 'minor' : meta.impact,
      description: meta.description,
      help: found[0]!.message,
      helpUrl,
      wcag: [...wcag],
      tags: ['amp', `amp-${meta.source}`, ...wcag.map((criterion) => `wcag${criterion.replace(/\./g, '')}`)],
      nodes: found.map((issue) => ({
        target: [issue.element?.match(/^<([\w-]+)/)?.[1] ?? 'html'],
        html: issue.element ?? '',
        failureSummary: issue.message,
        ...(issue.line !== undefined && { line: issue.line }),
      })),
    };
  });
}

/**
 * AMP validation problems as report entries: errors are violations, warnings
 * (deprecations; house rules on pages presswork did not render) need review.
 * The accessibility rules among them (`amp-img-alt`, `amp-iframe-title`…)
 * cover what axe cannot see without the AMP runtime: the `img`/`iframe` those
 * components become.
 */
export function ampStaticChecks(html: string, options: AmpValidationOptions = {}): { violations: A11yResult[]; incomplete: A11yResult[] } {
  const issues = validateAmp(html, options);
  return { violations: asResults(issues.filter((issue) => issue.severity === 'error')), incomplete: asResults(issues.filter((issue) => issue.severity === 'warning')) };
}

/**
 * The AMP document as axe should see it: without the boilerplate CSS that
 * hides the body until the AMP runtime (not loaded in a checker) shows it.
 * The style elements stay, empty, so that every element keeps its place and
 * axe's selectors match the document as published.
 */
export function ampForAxe(html: string): string {
  return html.replace(/(<style amp-boilerplate[^>]*>)[\s\S]*?(<\/style>)/g, '$1$2');
}
