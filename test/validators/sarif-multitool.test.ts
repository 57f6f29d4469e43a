import { spawnSync } from 'node:child_process';
import { accessSync, chmodSync, constants } from 'node:fs';
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import AjvDraft04 from 'ajv-draft-04';
import { beforeAll, describe, expect, it } from 'vitest';
import { validArticle } from '../helpers/articles.js';
import { runCli } from '../helpers/cli.js';

/**
 * presswork's SARIF judged by Microsoft's SARIF Multitool (`validate`, the
 * SARIF spec rules and GitHub's ingestion rules: what code scanning needs to
 * accept a result and place it on a line) and by the SARIF 2.1.0 schema.
 */
const require = createRequire(import.meta.url);
function multitool(): string {
  const binary = join(dirname(require.resolve('@microsoft/sarif-multitool-linux/package.json')), 'Sarif.Multitool');
  try {
    accessSync(binary, constants.X_OK);
  } catch {
    // npm skips the package's install script, which only sets this bit.
    chmodSync(binary, 0o755);
  }
  return binary;
}

interface Finding {
  level: string;
  ruleId: string;
  message: string;
}

/** Every error and warning the multitool finds in a SARIF file. */
async function validateSarif(file: string): Promise<Finding[]> {
  const out = `${file}.validation.sarif`;
  const run = spawnSync(multitool(), ['validate', file, '--output', out, '--log', 'ForceOverwrite', '--rule-kind', 'Gh;Sarif'], {
    encoding: 'utf8',
    env: { ...process.env, DOTNET_CLI_TELEMETRY_OPTOUT: '1' },
  });
  expect(run.status, run.stdout + run.stderr).toBe(0);
  const log = JSON.parse(await readFile(out, 'utf8')) as { runs: Array<{ results?: Array<{ level?: string; ruleId: string; message: { text?: string; arguments?: string[] } }> }> };
  return (log.runs[0]!.results ?? [])
    .filter((result) => result.level !== 'note' && result.level !== 'none')
    .map((result) => ({ level: result.level ?? 'warning', ruleId: result.ruleId, message: result.message.text ?? (result.message.arguments ?? []).join(' | ') }));
}

let dir: string;
let sarifFile: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'presswork-sarif-'));
  await mkdir(join(dir, '.git'));
  await mkdir(join(dir, 'content'));
  await mkdir(join(dir, 'site'));
  const text = (value: string) => ({ type: 'text', value });
  // One of each kind of result: a content problem, an article's accessibility problem, a page's, and a file that is not checked.
  await writeFile(join(dir, 'content', 'bad.json'), JSON.stringify({ ...validArticle(), slug: 'Not A Slug' }, null, 2));
  await writeFile(
    join(dir, 'content', 'table.json'),
    JSON.stringify({ ...validArticle(), body: [{ type: 'table', caption: [text('Scores')], head: [[[], [text('B')]]], body: [[[text('1')], [text('2')]]] }] }, null, 2),
  );
  await writeFile(join(dir, 'content', 'empty.md'), '');
  await writeFile(
    join(dir, 'site', 'page.html'),
    '<!doctype html>\n<html lang="en"><head><title>Page</title></head>\n<body><main><h1>Page</h1><img src="a.jpg"><a href="/x"></a></main></body></html>\n',
  );
  sarifFile = join(dir, 'results.sarif');
  // With the review items a person must still judge (review/* results) as well.
  const { code } = await runCli(['check', 'content', 'site', '--require-review', '--reporter', `sarif:${sarifFile}`, '--jobs', '1'], { cwd: dir });
  expect(code).toBe(1);
});

describe('SARIF output under the SARIF Multitool', () => {
  it('should pass validate with GitHub’s rules: no errors, no warnings', async () => {
    const log = JSON.parse(await readFile(sarifFile, 'utf8'));
    const ruleIds: string[] = log.runs[0].results.map((result: { ruleId: string }) => result.ruleId);
    expect(ruleIds.filter((id) => !id.startsWith('review/')).sort()).toEqual(['axe/empty-table-header', 'axe/image-alt', 'axe/link-name', 'content/invalid', 'content/invalid']);
    expect(ruleIds).toEqual(expect.arrayContaining(['review/reading-order', 'review/table-headers']));
    expect(await validateSarif(sarifFile)).toEqual([]);
  });

  it('should be judged, not waved through: a rule without help and a result without a region are reported', async () => {
    const log = JSON.parse(await readFile(sarifFile, 'utf8'));
    delete log.runs[0].tool.driver.rules[0].help;
    delete log.runs[0].results[0].locations[0].physicalLocation.region;
    const broken = join(dir, 'broken.sarif');
    await writeFile(broken, JSON.stringify(log, null, 2));
    const findings = await validateSarif(broken);
    expect(findings.map((finding) => finding.ruleId).sort()).toEqual(['GH2012', 'SARIF2017']);
  });

  it('should validate against the SARIF 2.1.0 schema', async () => {
    const schema = require('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');
    // The schema's `language` pattern is not valid with the `u` flag.
    const ajv = new AjvDraft04.default({ strict: false, allErrors: true, validateFormats: false, unicodeRegExp: false });
    const validate = ajv.compile(schema);
    const log = JSON.parse(await readFile(sarifFile, 'utf8'));
    expect(validate(log) ? [] : validate.errors).toEqual([]);
  });
});
