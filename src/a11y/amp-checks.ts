import { ampRules, type AmpIssue } from '../amp-validator/rules.js';
import { validateAmp } from '../amp-validator/validate.js';
import type { A11yResult } from './report.js';

const helpUrl = 'https://amp.dev/documentation/guides-and-tutorials/learn/spec/amphtml';

/**
 * AMP conformance problems as report entries. The accessibility rules among
 * them (`amp-img-alt`, `amp-iframe-title`…) cover what axe cannot see
 * without the AMP runtime: the `img`/`iframe` those components become.
 */
export function ampStaticChecks(html: string): A11yResult[] {
  const byRule = new Map<string, AmpIssue[]>();
  for (const issue of validateAmp(html)) byRule.set(issue.rule, [...(byRule.get(issue.rule) ?? []), issue]);
  return [...byRule].map(([rule, issues]) => {
    const meta = ampRules[rule as keyof typeof ampRules];
    const wcag: readonly string[] = 'wcag' in meta ? meta.wcag : [];
    return {
      id: rule,
      source: 'amp',
      impact: meta.impact,
      description: meta.description,
      help: issues[0]!.message,
      helpUrl,
      wcag: [...wcag],
      tags: wcag.length > 0 ? ['amp', ...wcag.map((criterion) => `wcag${criterion.replace(/\./g, '')}`)] : ['amp'],
      nodes: issues.map((issue) => ({
        target: [issue.element?.match(/^<([\w-]+)/)?.[1] ?? 'html'],
        html: issue.element ?? '',
        failureSummary: issue.message,
        ...(issue.line !== undefined && { line: issue.line }),
      })),
    };
  });
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
