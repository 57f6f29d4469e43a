import { cp, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkFile } from '../../src/cli/check/check-file.js';
import { runCli } from '../helpers/cli.js';

const root = resolve(import.meta.dirname, '../..');
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'presswork-hostile-'));
  // Nine levels of nine aliases: "billion laughs" in YAML front matter.
  await cp(join(root, 'test/fixtures/hostile/yaml-alias-bomb.md'), join(dir, 'bomb.md'));
  await cp(join(root, 'content/minimal-brief.md'), join(dir, 'minimal-brief.md'));
});

describe('a hostile file beside a good one', () => {
  it.each([['validate'], ['check', '--jobs', '1'], ['render', '--out-dir', 'out']])(
    'should report both with `%s`, exit 1, and print no stack trace',
    async (command, ...flags) => {
      const { code, stdout, stderr } = await runCli([command, 'bomb.md', 'minimal-brief.md', ...flags], { cwd: dir });
      const output = stdout + stderr;
      expect(code).toBe(1);
      expect(output).toContain('bomb.md');
      expect(output).toContain('Front matter repeats YAML aliases (`*name`) so often that it would expand without bound');
      expect(output).not.toMatch(/internal error|\n\s+at /);
      if (command === 'validate') expect(stdout).toContain('2 files validated, 1 invalid');
      if (command === 'check') expect(stdout).toMatch(/✔ minimal-brief\.md/);
      if (command === 'render') expect(stderr).toContain('4 files written to out, 1 invalid article');
    },
    60_000,
  );
});

describe('checkFile', () => {
  it('should turn a fault while checking into a problem of that file, never an exception', async () => {
    const file = join(dir, 'page.html');
    await writeFile(file, '<!doctype html><html lang="en"><title>x</title><main><h1>x</h1></main></html>');
    const failing = { check: () => Promise.reject(new TypeError('engine crashed')), transcript: () => Promise.resolve([]), close: () => Promise.resolve() };
    const result = await checkFile(file, { formats: ['html', 'amp', 'text'], engine: 'jsdom', width: 78 }, failing);
    expect(result).toMatchObject({ kind: 'page', reports: [], issues: [{ code: 'check_failed', message: 'presswork could not check this file: TypeError: engine crashed' }] });
  });
});

describe('a fault of the run itself', () => {
  it('should refuse a report or cache path it cannot write before doing any work, and exit 2', async () => {
    const report = await runCli(['check', 'minimal-brief.md', '--output', '.'], { cwd: dir });
    expect(report).toMatchObject({ code: 2, stdout: '' });
    expect(report.stderr).toBe('presswork: Cannot write the pretty report to `.`: it is a folder\n');
    const cache = await runCli(['check', 'minimal-brief.md', '--cache', '.'], { cwd: dir });
    expect(cache).toMatchObject({ code: 2, stdout: '' });
    expect(cache.stderr).toBe('presswork: Cannot write the cache to `.`: it is a folder\n');
  }, 60_000);

  it('should print what it had checked before an internal error', async () => {
    const { reporters } = await import('../../src/cli/reporters/index.js');
    const json = reporters.json;
    reporters.json = () => {
      throw new Error('reporter bug');
    };
    try {
      const { code, stdout, stderr } = await runCli(['check', 'minimal-brief.md', 'bomb.md', '--reporter', 'json'], { cwd: dir });
      expect(code).toBe(2);
      expect(stdout).toContain('✔ minimal-brief.md');
      expect(stdout).toContain('bomb.md');
      expect(stdout).toContain('Stopped after 2 of 2 files by the error below.');
      expect(stderr).toContain('presswork: internal error: Error: reporter bug');
    } finally {
      reporters.json = json;
    }
  }, 60_000);
});
