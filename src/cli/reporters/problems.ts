import type { A11yNode, A11yResult, Impact, OutputFormat } from '../../a11y/report.js';
import type { ArticleIssue } from '../../model/errors.js';
import type { LintFinding } from '../../lint/types.js';
import { baselineKey, lintBaselineKey } from '../check/baseline.js';
import type { FileResult } from '../check/types.js';
import type { ReviewedItem } from '../../a11y/review/ledger.js';
import { isBaselined } from './context.js';

/** Where a problem is in its file: 1-based, end column exclusive. */
export interface Place {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** Why a file could not be checked: reported apart from content problems. */
const notCheckedCodes = new Set(['check_failed', 'check_timeout', 'check_out_of_memory', 'page_too_large']);

/** One thing to fix, as every reporter shows it. */
export type Problem =
  | { kind: 'content'; file: string; ruleId: 'content/invalid' | 'presswork/not-checked'; issue: ArticleIssue; place: Place | undefined }
  | {
      kind: 'accessibility';
      file: string;
      ruleId: string;
      rule: A11yResult;
      node: A11yNode;
      /** The outputs that share it: a block's problem in HTML is usually in AMP too. */
      formats: OutputFormat[];
      place: Place | undefined;
      /** Known in the baseline (in every format it appears in). */
      baselined: boolean;
    }
  | {
      kind: 'lint';
      file: string;
      /** `lint/<rule>`. */
      ruleId: string;
      finding: LintFinding;
      place: Place | undefined;
      baselined: boolean;
    }
  | {
      /** A review item not signed off as passed (`check --require-review`). */
      kind: 'review';
      file: string;
      /** `review/<check>`. */
      ruleId: string;
      item: ReviewedItem;
      place: Place | undefined;
    };

const issuePlace = (issue: ArticleIssue): Place | undefined =>
  issue.line === undefined ? undefined : { line: issue.line, column: issue.column ?? 1, endLine: issue.line, endColumn: issue.column ?? 1 };

/**
 * A file's problems in order: content first, then accessibility by rule.
 * The same rule on the same part of the source in several outputs is one
 * problem naming each output.
 */
export function problemsOf(result: FileResult): Problem[] {
  const out: Problem[] = result.issues.map((issue) => ({
    kind: 'content',
    file: result.file,
    ruleId: notCheckedCodes.has(issue.code) ? 'presswork/not-checked' : 'content/invalid',
    issue,
    place: issuePlace(issue),
  }));
  const merged = new Map<string, Extract<Problem, { kind: 'accessibility' }>>();
  for (const report of result.reports) {
    for (const rule of report.violations) {
      for (const node of rule.nodes) {
        const baselined = isBaselined(result, report.format, baselineKey(rule.id, node));
        // HTML and AMP differ in markup (amp-img for img), not in selectors: the element and its source place name the problem.
        const key = `${rule.source}/${rule.id}\u0000${node.target.join(' ')}\u0000${node.line ?? ''}\u0000${node.path ?? ''}`;
        const earlier = merged.get(key);
        if (earlier) {
          if (!earlier.formats.includes(report.format)) earlier.formats.push(report.format);
          earlier.baselined &&= baselined;
          continue;
        }
        const problem = { kind: 'accessibility' as const, file: result.file, ruleId: `${rule.source}/${rule.id}`, rule, node, formats: [report.format], place: node.location, baselined };
        merged.set(key, problem);
        out.push(problem);
      }
    }
  }
  for (const finding of result.findings ?? []) {
    out.push({
      kind: 'lint',
      file: result.file,
      ruleId: `lint/${finding.ruleId}`,
      finding,
      place: finding.location,
      baselined: isBaselined(result, 'lint', lintBaselineKey(finding)),
    });
  }
  for (const item of result.review ?? []) {
    if (item.status !== 'passed') out.push({ kind: 'review', file: result.file, ruleId: `review/${item.check}`, item, place: item.location });
  }
  // In file order, as an editor lists them; problems without a place (the whole file) first.
  return out.sort((a, b) => (a.place?.line ?? 0) - (b.place?.line ?? 0) || (a.place?.column ?? 0) - (b.place?.column ?? 0));
}

/** `file:line:column`, the form terminals and editors turn into a link; the file alone when the line is not known. */
export function placeText(file: string, place: Place | undefined): string {
  return place ? `${file}:${place.line}:${place.column}` : file;
}

/** The impact shown for a problem: content problems and unresolved review items are errors, lint findings show their severity. */
export function severity(problem: Problem): Impact | 'error' | 'warning' | 'info' {
  if (problem.kind === 'content' || problem.kind === 'review') return 'error';
  if (problem.kind === 'lint') return problem.finding.severity;
  return problem.rule.impact ?? 'critical';
}

/** Whether a problem is only known (baselined) or advice (a lint `info`): it does not mark its file as failing. */
export function isQuiet(problem: Problem): boolean {
  if (problem.kind === 'content' || problem.kind === 'review') return false;
  return problem.baselined || (problem.kind === 'lint' && problem.finding.severity === 'info');
}

/** What a review problem says: the item, its status, what to judge, and who judged it when it was failed or its content changed since. */
export function reviewMessage(item: ReviewedItem): string {
  const status = { open: 'awaits review', reopened: 'is reopened', failed: 'failed review', passed: 'passed review' }[item.status];
  const judged = item.signOff ?? item.previous;
  const history = judged
    ? item.status === 'reopened'
      ? ` (the content changed since ${judged.by} signed it off on ${judged.at.slice(0, 10)})`
      : ` (${judged.by}, ${judged.at.slice(0, 10)}${judged.note ? `: ${judged.note}` : ''})`
    : '';
  return `${item.id} ${status}${history}: ${item.question}`;
}
