import { beforeAll, describe, expect, it, vi } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { makeWorkspace } from './fixtures.js';

// The CLI's own runChecks, with worker heaps too small to start jsdom: every
// worker fails, as one would on an article that needs more than its cap.
vi.mock('../../src/cli/check/run-checks.js', async (importActual) => {
  const actual = await importActual<typeof import('../../src/cli/check/run-checks.js')>();
  return {
    ...actual,
    runChecks: (...[files, settings, options]: Parameters<typeof actual.runChecks>) => actual.runChecks(files, settings, { ...options, resourceLimits: { maxOldGenerationSizeMb: 4 } }),
  };
});

let dir: string;
beforeAll(async () => {
  dir = await makeWorkspace();
});

describe('presswork check when worker threads fail', () => {
  it('should still report every file, and say that the main thread checked them', async () => {
    const { code, stdout, stderr } = await runCli(['check', 'content', 'site', '--reporter', 'json', '--jobs', '2'], { cwd: dir });
    expect(code).toBe(1);
    const report = JSON.parse(stdout);
    expect(report.results.map((result: { file: string }) => result.file).sort()).toEqual(['content/bad.md', 'content/good.json', 'content/second.json', 'site/page.html']);
    expect(report.summary).toMatchObject({ files: 4, invalid: 1 });
    expect(report.summary.violations).toBeGreaterThan(0);
    expect(stderr).toMatch(/^Note: a worker thread failed on 4 files \(first: (content|site)\/[\w.]+: .*memory.*\); checked them in the main thread instead\.$/m);
  });
});
