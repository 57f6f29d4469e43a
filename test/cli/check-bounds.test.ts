import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { maxPageLength } from '../../src/cli/check/check-file.js';
import { runChecks } from '../../src/cli/check/run-checks.js';
import type { CheckSettings } from '../../src/cli/check/types.js';
import { runCli } from '../helpers/cli.js';

const settings: CheckSettings = { formats: ['html', 'amp', 'text'], engine: 'jsdom', width: 78 };
const page = (body: string) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Page</title></head><body><main><h1>Page</h1>${body}</main></body></html>`;
let dir: string;
let slow: string;
let quick: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'presswork-bounds-'));
  slow = join(dir, 'slow.html');
  quick = join(dir, 'quick.html');
  // Twenty thousand links: seconds of axe-core work, far past a 300 ms bound.
  await writeFile(slow, page(Array.from({ length: 20_000 }, (_, index) => `<p><a href="/a${index}">Link ${index}</a></p>`).join('')));
  await writeFile(quick, page('<p>Short.</p>'));
});

describe('the per-file time bound', () => {
  it.each([
    [2, 'two workers'],
    [1, 'one worker'],
  ])(
    'should report a file that takes too long and still check the others (%i job: %s)',
    async (jobs) => {
      const files = jobs === 1 ? [slow] : [slow, quick];
      const { results } = await runChecks(files, settings, { jobs, timeoutMs: 300 });
      expect(results[0]).toMatchObject({
        file: slow,
        kind: 'page',
        reports: [],
        issues: [{ code: 'check_timeout', message: 'Not checked: checking took longer than 0.3 s (raise the bound with --timeout)' }],
      });
      if (jobs === 2) expect(results[1]).toMatchObject({ file: quick, issues: [], reports: [{ format: 'html', violations: [] }] });
    },
    60_000,
  );

  it('should take --timeout in seconds and reject a bound that is not above 0', async () => {
    const { code, stdout } = await runCli(['check', 'slow.html', 'quick.html', '--timeout', '0.3', '--jobs', '2'], { cwd: dir });
    expect(code).toBe(1);
    expect(stdout).toContain('Not checked: checking took longer than 0.3 s');
    const bad = await runCli(['check', 'quick.html', '--timeout', '0'], { cwd: dir });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('Expected a number of seconds above 0 for --timeout; got `0`.');
  }, 60_000);
});

describe('the page size bound', () => {
  it('should report a page larger than presswork checks, without loading it into a DOM', async () => {
    const huge = join(dir, 'huge.html');
    await writeFile(huge, page(`<p>${'x'.repeat(maxPageLength)}</p>`));
    const { results } = await runChecks([huge], settings, { jobs: 1 });
    expect(results[0]!.issues).toMatchObject([{ code: 'page_too_large' }]);
  }, 60_000);
});

describe('the per-file memory bound', () => {
  it('should report a page whose check outgrows a worker’s heap, and check the others', async () => {
    const big = join(dir, 'big.html');
    // Six hundred thousand elements: hundreds of MB as a DOM, past a 160 MB heap.
    await writeFile(big, page(`<div>${'<span>x</span>'.repeat(600_000)}</div>`));
    const { results } = await runChecks([big, quick], settings, { jobs: 2, resourceLimits: { maxOldGenerationSizeMb: 160, maxYoungGenerationSizeMb: 8 } });
    expect(results[0]).toMatchObject({ file: big, issues: [{ code: 'check_out_of_memory' }] });
    expect(results[1]).toMatchObject({ file: quick, issues: [], reports: [{ violations: [] }] });
  }, 120_000);
});
