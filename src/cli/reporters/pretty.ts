import { createColors } from 'picocolors';
import { nodeIdentity } from '../check/baseline.js';
import { isBaselined, type Reporter } from './context.js';

/** One line per run: how many files, what was wrong. */
export function summaryLine(summary: import('../check/types.js').RunSummary): string {
  const parts = [`${summary.files} file${summary.files === 1 ? '' : 's'} checked`];
  if (summary.cached > 0) parts.push(`${summary.cached} from cache`);
  parts.push(`${summary.invalid} invalid`, `${summary.violations} violation${summary.violations === 1 ? '' : 's'}`);
  if (summary.baselined > 0) parts.push(`${summary.baselined} in baseline`);
  parts.push(`${summary.failing} at or above ${summary.failOn}`);
  return `${summary.interrupted ? 'Interrupted: ' : ''}${parts.join(', ')}`;
}

/** Human-readable output grouped per file; colours only when `context.color`. */
export const pretty: Reporter = (results, context) => {
  const c = createColors(context.color);
  const lines: string[] = [];
  for (const result of results) {
    const problems = result.issues.length + result.reports.reduce((sum, report) => sum + report.violations.length, 0);
    lines.push(`${problems === 0 ? c.green('✔') : c.red('✖')} ${c.bold(result.file)}`);
    for (const issue of result.issues) {
      const place = issue.line ? `${issue.line}:${issue.column ?? 1}` : '';
      lines.push(`    ${c.red('invalid')} ${c.dim(place)} ${issue.message} ${c.dim(`→ ${issue.path}`)}`);
    }
    for (const report of result.reports) {
      if (report.violations.length === 0) continue;
      for (const violation of report.violations) {
        const known = violation.nodes.every((node) => isBaselined(result, report.format, `${violation.id}|${nodeIdentity(node)}`));
        const wcag = violation.wcag.length > 0 ? ` [WCAG ${violation.wcag.join(', ')}]` : '';
        lines.push(`    ${c.cyan(report.format.padEnd(4))} ${known ? c.dim('baseline') : c.red(violation.impact ?? 'error')} ${c.bold(violation.id)}: ${violation.help}${c.dim(wcag)}`);
        for (const node of violation.nodes.slice(0, 5)) lines.push(`           ${c.dim(node.target.join(' '))} ${node.html.slice(0, 120)}`);
        if (violation.nodes.length > 5) lines.push(`           ${c.dim(`…and ${violation.nodes.length - 5} more`)}`);
        lines.push(`           ${c.dim(violation.helpUrl)}`);
      }
    }
  }
  lines.push('', summaryLine(context.summary));
  return `${lines.join('\n')}\n`;
};
