import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SyntaxValidator } from 'fast-xml-validator';
import { beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';
import { createProgress } from '../../src/cli/progress.js';
import { validArticle } from '../helpers/articles.js';
import { runCli } from '../helpers/cli.js';

let dir: string;
const article = (id: string) => JSON.stringify({ ...validArticle(), id, slug: id });

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'presswork-ci-'));
  await mkdir(join(dir, 'content', 'drafts'), { recursive: true });
  for (const id of ['a', 'b', 'c', 'd']) await writeFile(join(dir, 'content', `${id}.json`), article(id));
  await writeFile(join(dir, 'content', 'bad.json'), JSON.stringify({ ...validArticle(), id: 'bad', slug: 'Bad Slug' }));
  // Files a content folder holds that are not articles.
  await writeFile(join(dir, 'content', 'package.json'), JSON.stringify({ name: 'site', version: '1.0.0' }));
  await writeFile(join(dir, 'content', 'package-lock.json'), JSON.stringify({ name: 'site', lockfileVersion: 3 }));
  await writeFile(join(dir, 'content', 'authors.json'), JSON.stringify([{ name: 'Sam Writer' }]));
  await writeFile(join(dir, 'content', 'known.json'), JSON.stringify({ version: 1, entries: [] }));
  await writeFile(join(dir, 'content', 'drafts', 'draft.json'), JSON.stringify({ ...validArticle(), slug: 'Draft Not Ready' }));
  await mkdir(join(dir, 'tools'));
  await writeFile(join(dir, 'tools', 'package.json'), JSON.stringify({ name: 'tools' }));
});

/** Run the CLI in-process with a stdout that can act on each write. */
async function runWith(argv: string[], onStdout: (chunk: string) => void, signal?: AbortSignal) {
  let stdout = '';
  let stderr = '';
  const code = await run(argv, {
    stdout: {
      write: (chunk: string) => {
        stdout += chunk;
        onStdout(chunk);
      },
      isTTY: false,
    },
    stderr: { write: (chunk: string) => (stderr += chunk), isTTY: false },
    env: {},
    cwd: dir,
    ...(signal && { signal }),
  });
  return { code, stdout, stderr };
}

describe('what a CI log shows', () => {
  it('should print each file’s result as it finishes, not all at the end', async () => {
    // Interrupting at the first line printed stops the run early only if that line came before the run ended.
    const controller = new AbortController();
    const writes: string[] = [];
    const { code, stdout } = await runWith(
      ['check', 'content/a.json', 'content/b.json', 'content/c.json', 'content/d.json', '--jobs', '1'],
      (chunk) => {
        writes.push(chunk);
        controller.abort();
      },
      controller.signal,
    );
    expect(code).toBe(130);
    expect(writes[0]).toBe('✔ content/a.json\n');
    expect(stdout).toMatch(/Interrupted: [1-3] files? checked/);
  });

  it('should print failures in full and clean files as one line, or with --quiet not at all', async () => {
    const loud = await runCli(['check', 'content/a.json', 'content/bad.json', '--jobs', '1'], { cwd: dir });
    expect(loud.stdout).toContain('✔ content/a.json\n');
    expect(loud.stdout).toMatch(/✖ content\/bad\.json\n {2}content\/bad\.json:1:\d+ {2}invalid {2}Expected a slug/);
    const quiet = await runCli(['check', 'content/a.json', 'content/bad.json', '--jobs', '1', '--quiet'], { cwd: dir });
    expect(quiet.stdout).not.toContain('content/a.json');
    expect(quiet.stdout).toContain('✖ content/bad.json');
    expect(quiet.stdout).toContain('2 files checked, 1 invalid');
  });

  it('should say which rules the jsdom engine did not evaluate, and how to run them', async () => {
    const { stdout } = await runCli(['check', 'content/a.json', '--jobs', '1'], { cwd: dir });
    expect(stdout).toMatch(/Not evaluated by the jsdom engine \(no layout\): [^\n]*color-contrast[^\n]*target-size[^\n]*; run with --engine chromium to check them/);
    const text = await runCli(['check', 'content/a.json', '--format', 'text', '--reporter', 'json', '--jobs', '1'], { cwd: dir });
    expect(JSON.parse(text.stdout).summary).toMatchObject({ engine: 'jsdom', notEvaluated: expect.arrayContaining(['color-contrast']) });
  });

  it('should write several reports in one run with --reporter name:file', async () => {
    // The folder for the reports does not exist yet: refused before any work.
    const refused = await runCli(['check', 'content/a.json', '--reporter', 'pretty', '--reporter', 'sarif:out/results.sarif', '--jobs', '1'], { cwd: dir });
    expect(refused).toMatchObject({ code: 2, stdout: '' });
    expect(refused.stderr).toBe('presswork: Cannot write the sarif report to `out/results.sarif`: its folder does not exist\n');
    await mkdir(join(dir, 'out'), { recursive: true });
    const ok = await runCli(['check', 'content/a.json', 'content/bad.json', '--reporter', 'pretty', '--reporter', 'sarif:out/results.sarif', '--reporter', 'junit:out/junit.xml', '--jobs', '1'], {
      cwd: dir,
    });
    expect(ok.code).toBe(1);
    expect(ok.stdout).toContain('✖ content/bad.json');
    expect(JSON.parse(await readFile(join(dir, 'out', 'results.sarif'), 'utf8')).runs[0].results).toHaveLength(1);
    const junitXml = await readFile(join(dir, 'out', 'junit.xml'), 'utf8');
    expect(() => SyntaxValidator.validate(junitXml)).not.toThrow();
    const twoToStdout = await runCli(['check', 'content/a.json', '--reporter', 'json', '--reporter', 'sarif', '--jobs', '1'], { cwd: dir });
    expect(twoToStdout).toMatchObject({ code: 2, stdout: '' });
    expect(twoToStdout.stderr).toContain('Only one report can go to stdout; give the others a file: `--reporter sarif:file`');
  });

  it('should read only articles from folders, and say what it skipped and why', async () => {
    const { stdout } = await runCli(['check', 'content', '--jobs', '1', '--reporter', 'json', '--ignore', 'content/drafts/**', '--baseline', 'content/known.json'], { cwd: dir });
    const report = JSON.parse(stdout);
    expect(report.results.map((result: { file: string }) => result.file)).toEqual(['content/a.json', 'content/b.json', 'content/bad.json', 'content/c.json', 'content/d.json']);
    expect(report.summary.skipped).toEqual([
      { file: 'content/authors.json', reason: 'JSON files without `schemaVersion`, `headline` or `body` (not articles)' },
      { file: 'content/drafts/draft.json', reason: 'matched --ignore' },
      { file: 'content/known.json', reason: "presswork's baseline or cache" },
      { file: 'content/package-lock.json', reason: 'tool files (package.json, README.md…)' },
      { file: 'content/package.json', reason: 'tool files (package.json, README.md…)' },
    ]);
    const pretty = await runCli(['check', 'content', '--jobs', '1', '--ignore', 'content/drafts/**', '--baseline', 'content/known.json'], { cwd: dir });
    expect(pretty.stdout).toContain(
      "Skipped 5 files: 1 JSON files without `schemaVersion`, `headline` or `body` (not articles), 1 matched --ignore, 1 presswork's baseline or cache, 2 tool files (package.json, README.md…)\n",
    );
    // A file named on the command line is always read.
    expect((await runCli(['check', 'content/authors.json', '--jobs', '1'], { cwd: dir })).stdout).toContain('✖ content/authors.json');
    // A folder of nothing but tool files is a folder with nothing to check.
    const tools = await runCli(['check', 'tools', '--jobs', '1'], { cwd: dir });
    expect(tools.code).toBe(2);
    expect(tools.stderr).toContain('skipped 1 file that is not articles');
  });

  it('should take ignore globs from package.json', async () => {
    await writeFile(join(dir, 'package.json'), JSON.stringify({ name: 'newsroom', presswork: { ignore: ['content/drafts/**'] } }));
    try {
      const { stdout } = await runCli(['validate', 'content', '--reporter', 'json'], { cwd: dir });
      expect(JSON.parse(stdout).map((result: { file: string }) => result.file)).not.toContain('content/drafts/draft.json');
      await writeFile(join(dir, 'package.json'), JSON.stringify({ name: 'newsroom', presswork: { ignore: 'drafts' } }));
      const bad = await runCli(['validate', 'content'], { cwd: dir });
      expect(bad.code).toBe(2);
      expect(bad.stderr).toContain('The `presswork` field of package.json must be an object like');
    } finally {
      await rm(join(dir, 'package.json'));
    }
  });
});

describe('the cache file', () => {
  it('should need a file name, and refuse an unwritable one before any work', async () => {
    const bare = await runCli(['check', 'content/a.json', '--jobs', '1', '--cache'], { cwd: dir });
    expect(bare.code).toBe(2);
    expect(bare.stderr).toContain("option '--cache <file>' argument missing");
    for (const [path, reason] of [
      ['no-such-folder/cache.json', 'its folder does not exist'],
      ['content', 'it is a folder'],
    ] as const) {
      const refused = await runCli(['check', 'content/a.json', '--cache', path, '--jobs', '1'], { cwd: dir });
      expect(refused).toMatchObject({ code: 2, stdout: '' });
      expect(refused.stderr).toBe(`presswork: Cannot write the cache to \`${path}\`: ${reason}\n`);
    }
  });

  it('should still print the whole report, with one warning, when saving fails at the end', async () => {
    const folder = join(dir, 'cache-folder');
    await mkdir(folder, { recursive: true });
    // The cache's folder disappears while the run is under way.
    const { code, stdout, stderr } = await runWith(
      ['check', 'content/a.json', 'content/bad.json', '--jobs', '1', '--cache', 'cache-folder/cache.json'],
      () => void rm(folder, { recursive: true, force: true }),
    );
    expect(code).toBe(1);
    expect(stdout).toContain('✔ content/a.json');
    expect(stdout).toContain('✖ content/bad.json');
    expect(stdout).toContain('2 files checked, 1 invalid');
    // One warning, nothing else (on a loaded runner a file may take over 10 s: progress lines may come too).
    expect(stderr.split('\n').filter((line) => line !== '' && !line.startsWith('Progress: '))).toEqual([
      'Warning: could not save the cache to cache-folder/cache.json (ENOENT); the next run checks every file again',
    ]);
  });
});

describe('progress', () => {
  it('should print a line about every 10 s without a terminal: done/total, elapsed, time left and problems', () => {
    let now = 0;
    let out = '';
    const progress = createProgress({ write: (chunk: string) => (out += chunk), isTTY: false }, 10, { now: () => now });
    now = 4_000;
    progress.tick();
    expect(out).toBe('');
    now = 10_000;
    progress.tick(true);
    expect(out).toBe('Progress: 2/10 files, 10 s elapsed, about 40 s left, 1 with problems\n');
    now = 12_000;
    progress.tick();
    expect(out.split('\n')).toHaveLength(2);
  });

  it('should draw a bar with elapsed time, time left and problems on a terminal', () => {
    let now = 0;
    let out = '';
    const progress = createProgress({ write: (chunk: string) => (out += chunk), isTTY: true }, 4, { now: () => now });
    now = 3_000;
    progress.tick(true);
    expect(out).toBe('\r\u001B[K[######                  ] 1/4 files, 3 s elapsed, about 9 s left, 1 with problems');
    progress.clear();
    expect(out.endsWith('\r\u001B[K')).toBe(true);
  });
});
