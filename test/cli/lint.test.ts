import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validArticle } from '../helpers/articles.js';
import { runCli } from '../helpers/cli.js';

const wire = resolve(import.meta.dirname, '../fixtures/wire/source-story.md');

/** A fresh folder per test: the raw wire story, and a JSON article with a repeated word and an advertisement line. */
async function workspace(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'presswork-lint-'));
  await cp(wire, join(dir, 'wire.md'));
  const json = {
    ...validArticle(),
    body: [
      { type: 'paragraph', children: [{ type: 'text', value: 'The council met on on Tuesday.' }] },
      { type: 'paragraph', children: [{ type: 'text', value: 'Advertisement' }] },
      {
        type: 'paragraph',
        children: [
          { type: 'text', value: 'Read the minutes ' },
          { type: 'link', url: 'https://news.example.com/minutes', children: [{ type: 'text', value: 'here' }] },
          { type: 'text', value: '.' },
        ],
      },
    ],
  };
  // Hand-formatted, as a CMS export might be: --fix must keep this layout.
  await writeFile(join(dir, 'story.json'), JSON.stringify(json, null, 4).replace(/\{\n\s+"type": "text",\n\s+"value": ("[^"]*")\n\s+\}/g, '{ "type": "text", "value": $1 }'));
  return dir;
}

const parse = (stdout: string) =>
  JSON.parse(stdout) as {
    summary: { findings: number; failing: number; command: string };
    results: Array<{ file: string; findings: Array<{ ruleId: string; severity: string; location?: { line: number } }> }>;
  };

describe('presswork lint', () => {
  it('should list each finding at its file:line:column, fail at --fail-on, and take rule settings', async () => {
    const dir = await workspace();
    const { code, stdout } = await runCli(['lint', '.'], { cwd: dir });
    expect(code).toBe(1);
    expect(stdout).toContain('wire.md:14:26  warning  sensory-language  “player above”');
    expect(stdout).toContain('wire.md:34:1  warning  name-consistency  “Healy” (once) looks like a misspelling of “Healey” (3 times)');
    expect(stdout).toContain('story.json:19:61  warning  repeated-words  “on on” repeats a word: delete one “on”');
    expect(stdout).toMatch(/2 files linted, 0 invalid, \d+ lint findings, 9 at or above warning/);
    const errorsOnly = await runCli(['lint', '.', '--fail-on', 'error', '--rule', 'boilerplate-residue=off'], { cwd: dir });
    expect(errorsOnly.code).toBe(0);
    expect(errorsOnly.stdout).not.toContain('boilerplate-residue');
    const unknown = await runCli(['lint', '.', '--rule', 'link-txt=off'], { cwd: dir });
    expect([unknown.code, unknown.stderr]).toEqual([2, expect.stringContaining('Unknown lint rule `link-txt`')]);
    expect((await runCli(['lint', '.', '--rule', 'link-text'], { cwd: dir })).code).toBe(2);
  });

  it('should make only the safe fixes with --fix, keep each file’s formatting, and report what is left', async () => {
    const dir = await workspace();
    const before = await readFile(join(dir, 'story.json'), 'utf8');
    const { code, stdout } = await runCli(['lint', '.', '--fix', '--reporter', 'json'], { cwd: dir });
    expect(stdout).toContain('"fixed": 4');
    const after = await readFile(join(dir, 'story.json'), 'utf8');
    // Only the two changes: the repeat dropped, the advertisement paragraph removed; the 4-space layout and one-line text nodes stay.
    expect(after).toBe(
      before.replace('met on on Tuesday', 'met on Tuesday').replace(/\n\s+\{\n\s+"type": "paragraph",\n\s+"children": \[\n\s+\{ "type": "text", "value": "Advertisement" \}\n\s+\]\n\s+\},/, ''),
    );
    const markdown = await readFile(join(dir, 'wire.md'), 'utf8');
    expect(markdown).not.toMatch(/LEAVE A REPLY|Please enter/);
    // Unsafe suggestions are left for a person: the misspelt name, the quoted repeat, the READ MORE line.
    expect(markdown).toContain('Healy told Hegseth');
    expect(markdown).toContain('we we have');
    expect(markdown).toContain('READ MORE:');
    expect(markdown.endsWith('needed.\n')).toBe(true);
    const left = parse(stdout).results.flatMap((result) => result.findings.filter((finding) => finding.severity !== 'info').map((finding) => finding.ruleId));
    expect(left.sort()).toEqual(['boilerplate-residue', 'link-text', 'name-consistency', 'repeated-words', 'sensory-language']);
    expect(code).toBe(1);
    // A second run has nothing left to fix.
    expect((await runCli(['lint', '.', '--fix'], { cwd: dir })).stdout).toContain('2 files linted, 0 invalid, 0 fixed, 9 lint findings left, 5 at or above warning');
  });

  it('should accept known findings in a baseline, and fail on a new one', async () => {
    const dir = await workspace();
    await runCli(['lint', '.', '--update-baseline', '--baseline', 'known.json'], { cwd: dir });
    const known = await runCli(['lint', '.', '--baseline', 'known.json'], { cwd: dir });
    expect(known.code).toBe(0);
    expect(known.stdout).toMatch(/in baseline, 0 at or above warning/);
    // Lines moved above a known finding: still known. A new one: fails.
    const source = await readFile(join(dir, 'wire.md'), 'utf8');
    await writeFile(join(dir, 'wire.md'), source.replace('Watch the meeting', 'A new paragraph.\n\nWatch the meeting').replace('Zelenskyy welcomed', 'See the red line. Zelenskyy welcomed'));
    const changed = await runCli(['lint', '.', '--baseline', 'known.json'], { cwd: dir });
    expect(changed.code).toBe(1);
    expect(changed.stdout).toMatch(/wire\.md:\d+:\d+ {2}warning {2}sensory-language {2}“See the red line”/);
    expect(changed.stdout).toContain('1 at or above warning');
  });

  it('should reuse cached results for unchanged files, and lint its shard only', async () => {
    const dir = await workspace();
    const first = await runCli(['lint', '.', '--cache', 'cache.json', '--reporter', 'json'], { cwd: dir });
    const second = await runCli(['lint', '.', '--cache', 'cache.json', '--reporter', 'json'], { cwd: dir });
    expect(second.stderr).toContain('2 from cache');
    expect(parse(second.stdout).results).toEqual(parse(first.stdout).results);
    const shards = await Promise.all(
      ['1/2', '2/2'].map(async (slice) => parse((await runCli(['lint', '.', '--shard', slice, '--reporter', 'json'], { cwd: dir })).stdout).results.map((result) => result.file)),
    );
    expect(shards.flat().sort()).toEqual(['story.json', 'wire.md']);
    expect(shards.every((files) => files.length === 1)).toBe(true);
  });

  it('should write SARIF whose lint results point at the words', async () => {
    const dir = await workspace();
    const log = JSON.parse((await runCli(['lint', 'wire.md', '--reporter', 'sarif'], { cwd: dir })).stdout);
    const [run] = log.runs;
    const sensory = run.results.find((result: { ruleId: string }) => result.ruleId === 'lint/sensory-language');
    expect(sensory.locations[0].physicalLocation).toEqual({ artifactLocation: { uri: 'wire.md', uriBaseId: '%SRCROOT%' }, region: { startLine: 14, startColumn: 26, endLine: 14, endColumn: 38 } });
    expect(sensory.level).toBe('warning');
    const rule = run.tool.driver.rules.find((candidate: { id: string }) => candidate.id === 'lint/sensory-language');
    expect(rule.helpUri).toMatch(/docs\/lint\.md#sensory-language$/);
    expect(rule.properties.tags).toContain('WCAG 1.3.3');
    expect(run.results.every((result: { locations: Array<{ physicalLocation: { region: { startLine: number } } }> }) => result.locations[0]!.physicalLocation.region.startLine > 1)).toBe(true);
  });
});

describe('presswork check runs the lint', () => {
  it('should report findings with the accessibility results, load the site’s rules from package.json, and leave them out with --no-lint', async () => {
    const dir = await workspace();
    await writeFile(
      join(dir, 'rules.mjs'),
      `export const rules = [{ id: 'acme/no-tuesday', severity: 'error', description: 'No weekdays.', help: 'Give the date.', check(context) { for (const unit of context.units) { const at = unit.text.indexOf('Tuesday'); if (at !== -1) context.report({ unit, start: at, end: at + 7, message: 'A weekday' }); } } }];\n`,
    );
    await writeFile(join(dir, 'package.json'), JSON.stringify({ name: 'site', presswork: { lint: { rules: { 'link-text': 'off' }, custom: ['./rules.mjs'] } } }));
    const checked = await runCli(['check', 'story.json', '--jobs', '1', '--format', 'html', '--reporter', 'json'], { cwd: dir });
    expect(checked.code).toBe(1);
    const [result] = parse(checked.stdout).results;
    expect(result!.findings.map((finding) => finding.ruleId).sort()).toEqual(['acme/no-tuesday', 'boilerplate-residue', 'repeated-words']);
    // Warnings fail check at its default --fail-on minor; at serious only lint errors do.
    const serious = await runCli(['check', 'story.json', '--jobs', '1', '--format', 'html', '--fail-on', 'serious', '--reporter', 'json'], { cwd: dir });
    expect(parse(serious.stdout).summary.failing).toBe(2);
    const without = await runCli(['check', 'story.json', '--jobs', '1', '--format', 'html', '--no-lint', '--reporter', 'json'], { cwd: dir });
    expect(without.code).toBe(0);
    expect(parse(without.stdout).results[0]!.findings).toBeUndefined();
    // A site rule that throws is reported on the file; its accessibility results are kept.
    await writeFile(join(dir, 'rules.mjs'), `export const rules = [{ id: 'acme/broken', severity: 'error', description: 'x', help: 'x', check() { throw new Error('rule bug'); } }];\n`);
    const broken = await runCli(['check', 'story.json', '--jobs', '1', '--format', 'html', '--reporter', 'json'], { cwd: dir });
    const [file] = JSON.parse(broken.stdout).results as Array<{ issues: Array<{ code: string; message: string }>; reports: unknown[] }>;
    expect(file!.issues.map((issue) => issue.code)).toEqual(['lint_failed']);
    expect(file!.issues[0]!.message).toContain('rule bug');
    expect(file!.reports).toHaveLength(1);
    // A setting for a rule that does not exist stops the run before any work, as in lint.
    await writeFile(join(dir, 'package.json'), JSON.stringify({ name: 'site', presswork: { lint: { rules: { 'link-txt': 'off' } } } }));
    const typo = await runCli(['check', 'story.json', '--jobs', '1'], { cwd: dir });
    expect([typo.code, typo.stderr]).toEqual([2, expect.stringContaining('Unknown lint rule `link-txt`')]);
  });
});
