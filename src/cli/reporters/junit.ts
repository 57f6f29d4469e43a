import type { Reporter } from './context.js';
import { isBaselined } from './context.js';
import { nodeIdentity } from '../check/baseline.js';

const escapeXml = (value: string) =>
  // eslint-disable-next-line no-control-regex
  value.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

interface Case {
  name: string;
  failure?: { message: string; body: string };
}

/** JUnit XML: one test case per file and format (and one for content validity), for CI dashboards. */
export const junit: Reporter = (results, context) => {
  const suites = results.map((result) => {
    const cases: Case[] = [];
    if (result.kind === 'article') {
      cases.push({
        name: 'valid content',
        ...(result.issues.length > 0 && { failure: { message: `${result.issues.length} content problem(s)`, body: result.issues.map((issue) => `${issue.path}${issue.line ? ` (line ${issue.line})` : ''}: ${issue.message}`).join('\n') } }),
      });
    }
    for (const report of result.reports) {
      const failing = report.violations.filter((violation) => violation.nodes.some((node) => !isBaselined(result, report.format, `${violation.id}|${nodeIdentity(node)}`)));
      cases.push({
        name: `accessibility (${report.format})`,
        ...(failing.length > 0 && {
          failure: { message: `${failing.length} accessibility violation(s)`, body: failing.map((violation) => `${violation.id} (${violation.impact}): ${violation.help}\n  ${violation.nodes.map((node) => node.target.join(' ')).join('\n  ')}`).join('\n') },
        }),
      });
    }
    return { name: result.file, cases };
  });
  const count = (filter: (item: Case) => boolean) => suites.reduce((sum, suite) => sum + suite.cases.filter(filter).length, 0);
  const out = [`<?xml version="1.0" encoding="UTF-8"?>`, `<testsuites name="presswork ${escapeXml(context.version)}" tests="${count(() => true)}" failures="${count((item) => !!item.failure)}">`];
  for (const suite of suites) {
    out.push(`  <testsuite name="${escapeXml(suite.name)}" tests="${suite.cases.length}" failures="${suite.cases.filter((item) => item.failure).length}">`);
    for (const item of suite.cases) {
      if (!item.failure) out.push(`    <testcase classname="${escapeXml(suite.name)}" name="${escapeXml(item.name)}"/>`);
      else out.push(`    <testcase classname="${escapeXml(suite.name)}" name="${escapeXml(item.name)}">`, `      <failure message="${escapeXml(item.failure.message)}">${escapeXml(item.failure.body)}</failure>`, `    </testcase>`);
    }
    out.push('  </testsuite>');
  }
  out.push('</testsuites>');
  return `${out.join('\n')}\n`;
};
