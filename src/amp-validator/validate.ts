import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { houseFindings } from './house.js';
import { specRuleId, type AmpIssue } from './rules.js';
import { validateSpec } from './spec/engine.js';

/** Which rules `validateAmp` applies. */
export interface AmpValidationOptions {
  /**
   * `spec`: AMP validity as the official validator defines it, nothing more.
   * `presswork` (default): spec plus the house rules presswork's own output keeps.
   */
  profile?: 'spec' | 'presswork';
  /** Report house rules as `warning` instead of `error` (for pages presswork did not render). Default `error`. */
  houseSeverity?: 'error' | 'warning';
}

/** The opening tag at a 1-based line and 0-based column, when one starts there. */
function openingTagAt(html: string, line: number, column: number): string | undefined {
  let offset = 0;
  for (let current = 1; current < line; current++) {
    offset = html.indexOf('\n', offset) + 1;
    if (offset === 0) return undefined;
  }
  const tag = /^<[a-zA-Z!][^>]*>/.exec(html.slice(offset + column, offset + column + 1000))?.[0];
  return tag?.slice(0, 200);
}

function openingTag(element: Element): string {
  return toHtml({ ...element, children: [] })
    .replace(/<\/[^>]+>$/, '')
    .slice(0, 200);
}

/**
 * Check an AMP document: the official validator's rules (generated from its
 * rule files, `vendor/amphtml`; its engine cannot run offline) and, in the
 * `presswork` profile, the house rules. Returns every problem in document
 * order; no `error` means the document is valid AMP.
 * Portable: no Node-only API.
 */
export function validateAmp(html: string, options: AmpValidationOptions = {}): AmpIssue[] {
  const issues: AmpIssue[] = validateSpec(html).map((error) => {
    const element = openingTagAt(html, error.line, error.column);
    return {
      rule: specRuleId(error.code),
      source: 'spec',
      severity: error.severity,
      code: error.code,
      message: error.message,
      line: error.line,
      column: error.column + 1,
      ...(element && { element }),
    };
  });
  if ((options.profile ?? 'presswork') === 'presswork') {
    for (const finding of houseFindings(fromHtml(html))) {
      const start = finding.element?.position?.start;
      issues.push({
        rule: finding.rule,
        source: 'house',
        severity: options.houseSeverity ?? 'error',
        message: finding.message,
        ...(start && { line: start.line, column: start.column }),
        ...(finding.element && { element: openingTag(finding.element) }),
      });
    }
  }
  return issues.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
}
