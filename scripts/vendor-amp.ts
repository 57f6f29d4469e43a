/**
 * Vendor the official AMP validator rules and test data from a git clone of
 * ampproject/amphtml (or a fork at the same tree):
 *
 *   npx tsx scripts/vendor-amp.ts <path to the clone's git dir> <commit>
 *
 * Writes `vendor/amphtml/` (the rule files, validator.proto, LICENSE and a
 * README naming the commit) and `test/fixtures/amp-validator/` (every AMP-format
 * test document, not AMP4ADS or AMP4EMAIL, with `expected.json`: the status and
 * errors from its `.out` file, without the echoed document). Then run
 * `npm run amp:rules` to regenerate the rule tables.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const [gitDir, commit] = process.argv.slice(2);
if (!gitDir || !commit) throw new Error('usage: vendor-amp.ts <git dir> <commit>');
const git = (...args: string[]) => execFileSync('git', ['--git-dir', gitDir, ...args], { encoding: 'utf8', maxBuffer: 1 << 28 });
const show = (path: string) => git('show', `${commit}:${path}`);
const files = git('ls-tree', '-r', '--name-only', commit).split('\n');

const vendor = 'vendor/amphtml';
rmSync(vendor, { recursive: true, force: true });
const rules = files.filter((path) => /^validator\/validator-(main|css|svg)\.protoascii$/.test(path) || /^extensions\/[^/]+\/validator-[^/]+\.protoascii$/.test(path));
for (const path of ['LICENSE', 'validator/validator.proto', ...rules]) {
  mkdirSync(dirname(join(vendor, path)), { recursive: true });
  writeFileSync(join(vendor, path), show(path));
}
writeFileSync(
  join(vendor, 'README.md'),
  `# AMP validator rules (vendored)

From [ampproject/amphtml](https://github.com/ampproject/amphtml) at commit \`${commit}\`
(read from the fork milindmore22/amphtml, which holds the same tree), under the Apache License 2.0
(\`LICENSE\`). \`scripts/amp-rules.ts\` generates \`src/amp-validator/spec/rules.ts\` from these
files; \`scripts/vendor-amp.ts\` refreshes them. Do not edit by hand.
`,
);

// Test documents: the validator's feature tests and every extension's validator tests.
const fixtures = 'test/fixtures/amp-validator';
rmSync(fixtures, { recursive: true, force: true });
const tests = files.filter(
  (path) => /^validator\/testdata\/(feature_tests|transformed_feature_tests)\/[^/]+\.html$/.test(path) || /^extensions\/[^/]+\/[^/]+\/test\/validator-[^/]+\.html$/.test(path),
);
const expected: Record<string, { status: 'PASS' | 'FAIL'; errors: { line: number; column: number; message: string }[] }> = {};
for (const path of tests) {
  const out = path.replace(/\.html$/, '.out');
  if (!files.includes(out)) continue;
  const html = show(path);
  const root = /<html\b[^>]*>/i.exec(html)?.[0] ?? '';
  if (/⚡4(ads|email)|\bamp4(ads|email)\b/i.test(root)) continue;
  const lines = show(out).split('\n');
  const status = lines[0]!.trim();
  if (status !== 'PASS' && status !== 'FAIL') throw new Error(`${out}: unexpected status ${status}`);
  const errors = lines
    .map((line) => /^[^|>\s][^:]*\.html:(\d+):(\d+) (.*)$/.exec(line))
    .filter((match) => match !== null)
    .map((match) => ({ line: Number(match[1]), column: Number(match[2]), message: match[3]! }));
  const name = path.replace(/^validator\/testdata\//, '').replace(/^extensions\//, '');
  mkdirSync(dirname(join(fixtures, name)), { recursive: true });
  writeFileSync(join(fixtures, name), html);
  expected[name] = { status, errors };
}
writeFileSync(join(fixtures, 'expected.json'), JSON.stringify(expected, null, 1) + '\n');
writeFileSync(
  join(fixtures, 'README.md'),
  `# AMP validator test documents (vendored)

The AMP-format test documents of the official AMP validator (\`validator/testdata/feature_tests\`,
\`validator/testdata/transformed_feature_tests\`, \`extensions/*/*/test/validator-*.html\`) from
[ampproject/amphtml](https://github.com/ampproject/amphtml) at commit \`${commit}\`, Apache License 2.0
(\`vendor/amphtml/LICENSE\`). \`expected.json\` holds each document's status and errors from its
\`.out\` file. AMP4ADS and AMP4EMAIL documents are left out. Refresh with \`scripts/vendor-amp.ts\`.
`,
);
console.log(`${rules.length} rule files, ${Object.keys(expected).length} test documents`);
