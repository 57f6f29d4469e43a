import type { Reporter } from './context.js';
import { isQuiet, placeText, problemsOf, reviewMessage, severity, type Problem } from './problems.js';

/** Control characters XML 1.0 cannot hold at all, even escaped. */
// eslint-disable-next-line no-control-regex
const notInXml = /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g;

const escapeXml = (value: string) => value.replace(notInXml, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

interface Case {
  name: string;
  failure?: { message: string; body: string; line?: number };
}

/** One failure line: the clickable place first, as the pretty reporter prints it. */
function line(problem: Problem): string {
  const place = placeText(problem.file, problem.place);
  if (problem.kind === 'content') return `${place} ${problem.issue.message} (at ${problem.issue.path})`;
  if (problem.kind === 'lint') return `${place} ${problem.finding.ruleId} (${problem.finding.severity}): ${problem.finding.message} at ${problem.finding.path}`;
  if (problem.kind === 'review') return `${place} ${reviewMessage(problem.item)}`;
  return `${place} ${problem.rule.id} (${severity(problem)}): ${problem.rule.help}${problem.node.path ? ` at ${problem.node.path}` : ''} ${problem.node.target.join(' ')}`;
}

/** JUnit XML: one test case per file and format (and one for content validity), for CI dashboards. */
export const junit: Reporter = (results, context) => {
  const suites = results.map((result) => {
    const problems = problemsOf(result);
    const cases: Case[] = [];
    const failure = (failing: Problem[], what: string) =>
      failing.length > 0 ? { failure: { message: `${failing.length} ${what}`, body: failing.map(line).join('\n'), ...(failing[0]!.place && { line: failing[0]!.place.line }) } } : {};
    if (result.kind === 'article')
      cases.push({
        name: 'valid content',
        ...failure(
          problems.filter((problem) => problem.kind === 'content'),
          'content problem(s)',
        ),
      });
    else if (result.issues.length > 0)
      cases.push({
        name: 'checked',
        ...failure(
          problems.filter((problem) => problem.kind === 'content'),
          'problem(s)',
        ),
      });
    if (result.findings)
      cases.push({
        name: 'content lint',
        ...failure(
          problems.filter((problem) => problem.kind === 'lint' && !isQuiet(problem)),
          'lint finding(s)',
        ),
      });
    for (const report of result.reports) {
      const failing = problems.filter((problem) => problem.kind === 'accessibility' && !problem.baselined && problem.formats.includes(report.format));
      cases.push({ name: `accessibility (${report.format})`, ...failure(failing, 'accessibility violation(s)') });
    }
    if (result.review)
      cases.push({
        name: 'review',
        ...failure(
          problems.filter((problem) => problem.kind === 'review'),
          'review item(s) not signed off',
        ),
      });
    return { name: result.file, cases };
  });
  const count = (filter: (item: Case) => boolean) => suites.reduce((sum, suite) => sum + suite.cases.filter(filter).length, 0);
  const out = [`<?xml version="1.0" encoding="UTF-8"?>`, `<testsuites name="presswork ${escapeXml(context.version)}" tests="${count(() => true)}" failures="${count((item) => !!item.failure)}">`];
  for (const suite of suites) {
    out.push(`  <testsuite name="${escapeXml(suite.name)}" tests="${suite.cases.length}" failures="${suite.cases.filter((item) => item.failure).length}">`);
    for (const item of suite.cases) {
      const attributes = `classname="${escapeXml(suite.name)}" name="${escapeXml(item.name)}" file="${escapeXml(suite.name)}"${item.failure?.line ? ` line="${item.failure.line}"` : ''}`;
      if (!item.failure) out.push(`    <testcase ${attributes}/>`);
      else out.push(`    <testcase ${attributes}>`, `      <failure message="${escapeXml(item.failure.message)}">${escapeXml(item.failure.body)}</failure>`, `    </testcase>`);
    }
    out.push('  </testsuite>');
  }
  out.push('</testsuites>');
  return `${out.join('\n')}\n`;
};
