import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createChecker } from '../../src/a11y/checker.js';
import { checkFile } from '../../src/cli/check/check-file.js';
import { runChecks } from '../../src/cli/check/run-checks.js';
import type { CheckSettings, FileResult } from '../../src/cli/check/types.js';

const settings: CheckSettings = { formats: ['html', 'amp', 'text'], engine: 'jsdom', width: 72 };

async function contentFiles(): Promise<string[]> {
  const dir = join(import.meta.dirname, '../../content');
  return (await readdir(dir)).sort().map((name) => join(dir, name));
}

/** What checking each file in this thread finds: the reference for the worker runs. */
async function inThisThread(files: readonly string[]): Promise<FileResult[]> {
  const checker = createChecker();
  try {
    const results = [];
    for (const file of files) results.push(await checkFile(file, settings, checker));
    return results;
  } finally {
    await checker.close();
  }
}

describe('runChecks', () => {
  it('should find in heap-limited worker threads what one thread finds, in file order', async () => {
    const files = await contentFiles();
    const workerErrors: string[] = [];
    const { results } = await runChecks(files, settings, { jobs: 2, onWorkerError: (file) => workerErrors.push(file) });
    expect(workerErrors).toEqual([]);
    expect(results).toEqual(await inThisThread(files));
  });

  it('should check in this thread every file whose worker ran out of memory, losing none', async () => {
    const files = await contentFiles();
    const workerErrors: Array<{ file: string; code: unknown }> = [];
    // 4 MB of heap: workers die on their first task or while starting, so both
    // the rejected-task and the broken-pool paths are taken.
    const { results } = await runChecks(files, settings, {
      jobs: 2,
      resourceLimits: { maxOldGenerationSizeMb: 4 },
      onWorkerError: (file, error) => workerErrors.push({ file, code: (error as NodeJS.ErrnoException).code }),
    });
    expect(results).toEqual(await inThisThread(files));
    expect(workerErrors.map(({ file }) => file).sort()).toEqual(files);
    expect(new Set(workerErrors.map(({ code }) => code))).toEqual(new Set(['ERR_WORKER_OUT_OF_MEMORY']));
  });
});
