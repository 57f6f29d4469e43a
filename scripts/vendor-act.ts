/**
 * Vendor the W3C ACT Rules test cases that axe-core maps (its rules'
 * `actIds`) from a git clone of w3c/wcag-act-rules:
 *
 *   npx tsx scripts/vendor-act.ts <path to the clone's git dir> <commit>
 *
 * Writes `test/fixtures/act/`: `testcases.json` (the suite's own list, cut to
 * the HTML cases of the mapped rules, with the fields the harness reads),
 * the test pages under `testcases/<rule>/<case>.html`, the licence and a
 * README naming the commit. Media, images and the other test assets are not
 * vendored: the checkers block every request, so pages are judged as they
 * are (bench/act.ts runs them; docs/accessibility.md has the results).
 */
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const [gitDir, commit] = process.argv.slice(2);
if (!gitDir || !commit) throw new Error('usage: vendor-act.ts <git dir> <commit>');
const git = (...args: string[]) => execFileSync('git', ['--git-dir', gitDir, ...args], { encoding: 'utf8', maxBuffer: 1 << 28 });
const root = 'content-assets/wcag-act-rules';
const show = (path: string) => git('show', `${commit}:${root}/${path}`);

interface TestCase {
  ruleId: string;
  ruleName: string;
  expected: 'passed' | 'failed' | 'inapplicable';
  testcaseId: string;
  testcaseTitle: string;
  relativePath: string;
  approved: boolean;
}
const suite = JSON.parse(show('testcases.json')) as { license: string; testcases: TestCase[] };
const axe = createRequire(import.meta.url)('axe-core') as { version: string; getRules(): Array<{ actIds?: string[] }> };
const mapped = new Set(axe.getRules().flatMap((rule) => rule.actIds ?? []));
const cases = suite.testcases.filter((testcase) => mapped.has(testcase.ruleId) && testcase.relativePath.endsWith('.html'));

const out = 'test/fixtures/act';
rmSync(out, { recursive: true, force: true });
for (const testcase of cases) {
  mkdirSync(dirname(join(out, testcase.relativePath)), { recursive: true });
  writeFileSync(join(out, testcase.relativePath), show(testcase.relativePath));
}
writeFileSync(
  join(out, 'testcases.json'),
  `${JSON.stringify(
    {
      source: `https://github.com/w3c/wcag-act-rules/tree/${commit}/${root}`,
      license: suite.license,
      axeCore: axe.version,
      count: cases.length,
      testcases: cases.map(({ ruleId, ruleName, expected, testcaseId, testcaseTitle, relativePath, approved }) => ({ ruleId, ruleName, expected, testcaseId, testcaseTitle, relativePath, approved })),
    },
    null,
    1,
  )}\n`,
);
writeFileSync(join(out, 'LICENSE.md'), git('show', `${commit}:LICENSE.md`));
writeFileSync(
  join(out, 'README.md'),
  `# W3C ACT Rules test cases (vendored subset)

From [w3c/wcag-act-rules](https://github.com/w3c/wcag-act-rules) at commit \`${commit}\`,
\`${root}/\`: the ${cases.length} HTML test cases of the ${mapped.size} ACT rules that axe-core
${axe.version} maps to its own rules (\`actIds\`). Copyright © W3C and the ACT Rules Community
Group contributors, under the [W3C Document License](https://www.w3.org/Consortium/Legal/copyright-documents)
(\`LICENSE.md\`); test pages are unchanged. Media and other test assets are left out.

\`scripts/vendor-act.ts\` refreshes this folder; \`npm run bench:act\` runs the cases through
presswork's engines and raw axe-core and writes the results to \`docs/accessibility.md\`.
Do not edit by hand.
`,
);
console.log(`${cases.length} cases of ${mapped.size} rules written to ${out}`);
