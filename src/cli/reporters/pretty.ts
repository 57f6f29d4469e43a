import { createColors } from 'picocolors';
import type { RunSummary } from '../check/types.js';
import type { Reporter } from './context.js';
import { isQuiet, placeText, problemsOf, reviewMessage, severity, type Problem } from './problems.js';

/** The summary line of a review: counts by status and the ledger. */
export function reviewSummaryLine(review: NonNullable<RunSummary['review']>): string {
  const total = review.open + review.reopened + review.failed + review.passed;
  return `Review (${review.ledger}): ${total} item${total === 1 ? '' : 's'}: ${review.open} open, ${review.reopened} reopened, ${review.failed} failed, ${review.passed} passed`;
}

/** The run in one line, and what it did not check. */
export function summaryLine(summary: RunSummary): string {
  const lint = summary.command === 'lint';
  const parts = [`${summary.files} file${summary.files === 1 ? '' : 's'} ${lint ? 'linted' : 'checked'}`];
  if (summary.cached > 0) parts.push(`${summary.cached} from cache`);
  parts.push(`${summary.invalid} invalid`);
  if (!lint) parts.push(`${summary.violations} violation${summary.violations === 1 ? '' : 's'}`);
  if (summary.fixed !== undefined) parts.push(`${summary.fixed} fixed`);
  if (summary.findings !== undefined) parts.push(`${summary.findings} lint finding${summary.findings === 1 ? '' : 's'}${summary.fixed !== undefined ? ' left' : ''}`);
  if (summary.baselined > 0) parts.push(`${summary.baselined} in baseline`);
  parts.push(`${summary.failing} at or above ${summary.failOn}`);
  const lines = [`${summary.interrupted ? 'Interrupted: ' : ''}${parts.join(', ')}`];
  if (summary.skipped.length > 0) {
    const reasons = new Map<string, number>();
    for (const { reason } of summary.skipped) reasons.set(reason, (reasons.get(reason) ?? 0) + 1);
    lines.push(`Skipped ${summary.skipped.length} file${summary.skipped.length === 1 ? '' : 's'}: ${[...reasons].map(([reason, count]) => `${count} ${reason}`).join(', ')}`);
  }
  if (summary.review) lines.push(reviewSummaryLine(summary.review));
  if (summary.notEvaluated.length > 0) {
    lines.push(`Not evaluated by the ${summary.engine} engine (no layout): ${summary.notEvaluated.join(', ')}; run with --engine chromium to check them`);
  }
  return lines.join('\n');
}

/** One problem: its clickable place first, then what it is, then details indented. */
function problemLines(problem: Problem, c: ReturnType<typeof createColors>): string[] {
  const place = c.bold(placeText(problem.file, problem.place));
  if (problem.kind === 'content') {
    const label = problem.ruleId === 'presswork/not-checked' ? c.yellow('not checked') : c.red('invalid');
    return [`  ${place}  ${label}  ${problem.issue.message}`, `      ${c.dim(`→ ${problem.issue.path}`)}`];
  }
  if (problem.kind === 'lint') {
    const { finding } = problem;
    const level = problem.baselined ? c.dim('baseline') : finding.severity === 'info' ? c.dim('info') : finding.severity === 'warning' ? c.yellow('warning') : c.red('error');
    const wcag = finding.wcag.length > 0 ? c.dim(` [WCAG ${finding.wcag.join(', ')}]`) : '';
    const fix = finding.fix ? c.dim(`  fix${finding.fix.safe ? ' (--fix)' : ''}: ${finding.fix.description}`) : '';
    return [`  ${place}  ${level}  ${c.bold(finding.ruleId)}  ${finding.message}${wcag}`, `      ${c.dim(`→ ${finding.path}`)}${fix}`];
  }
  if (problem.kind === 'review') {
    const { item } = problem;
    const status = item.status === 'failed' ? c.red('failed') : c.yellow(item.status);
    const wcag = item.wcag.length > 0 ? c.dim(` [WCAG ${item.wcag.join(', ')}]`) : '';
    return [`  ${place}  ${status}  ${c.bold(problem.ruleId)}  ${reviewMessage(item)}${wcag}`, `      ${c.dim(`→ ${[item.format, item.path || 'the whole article'].filter(Boolean).join(' · ')}`)}`];
  }
  const { rule, node } = problem;
  const impact = problem.baselined ? c.dim('baseline') : c.red(severity(problem));
  const wcag = rule.wcag.length > 0 ? c.dim(` [WCAG ${rule.wcag.join(', ')}]`) : '';
  const where = [problem.formats.join(', '), node.path, node.line !== undefined ? `line ${node.line} of the output` : node.target.join(' ')].filter(Boolean).join(' · ');
  return [`  ${place}  ${impact}  ${c.bold(rule.id)}  ${rule.help}${wcag}`, `      ${c.dim(where)}  ${node.html.replace(/\s+/g, ' ').slice(0, 120)}`, `      ${c.dim(rule.helpUrl)}`];
}

/** Human-readable output grouped per file; colours only when `context.color`. */
export const pretty: Reporter = (results, context) => {
  const c = createColors(context.color);
  const lines: string[] = [];
  for (const result of results) {
    const entry = fileLines(result, c);
    if (entry.length > 1 || !context.quiet) lines.push(...entry);
  }
  lines.push('', summaryLine(context.summary));
  return `${lines.join('\n')}\n`;
};

/** One file's result: a line when clean, every problem otherwise. */
export function fileLines(result: import('../check/types.js').FileResult, c: ReturnType<typeof createColors>): string[] {
  const problems = problemsOf(result);
  const clean = problems.every(isQuiet);
  const notices = (result.notices ?? []).map((notice) => `  ${notice.line ? `${notice.line}:${notice.column ?? 1}` : ''}  ${c.dim('notice')}  ${notice.message}`);
  return [`${clean ? c.green('✔') : c.red('✖')} ${c.bold(result.file)}`, ...problems.flatMap((problem) => problemLines(problem, c)), ...notices];
}

/** A file's content problems for `validate` and `render`: the same lines as `check` prints. */
export function issueReport(file: string, issues: import('../../model/errors.js').ArticleIssue[], color: boolean): string {
  return `${fileLines({ file, kind: 'article', issues, reports: [] }, createColors(color)).join('\n')}\n`;
}

/** Notices of a file that loaded (an upgraded `schemaVersion`, an unknown extension type kept): one line each, or nothing. */
export function noticeLines(file: string, notices: ReadonlyArray<{ message: string; line?: number; column?: number }>): string {
  return notices.map((notice) => `${file}${notice.line ? `:${notice.line}:${notice.column ?? 1}` : ''}: notice: ${notice.message}\n`).join('');
}
