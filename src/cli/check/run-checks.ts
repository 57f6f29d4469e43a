import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import Tinypool from 'tinypool';
import { createChecker } from '../../a11y/checker.js';
import { checkFile } from './check-file.js';
import type { ResultCache } from './cache.js';
import type { CheckSettings, FileResult } from './types.js';

export interface RunChecksOptions {
  /** Worker threads; 1 checks in this thread. */
  jobs: number;
  cache?: ResultCache;
  /** Stop starting new files when aborted; results so far are kept. */
  signal?: AbortSignal;
  /** Called as each file finishes (for progress). */
  onResult?: (result: FileResult, cached: boolean) => void;
}

/**
 * The default `--jobs`: one thread per core, at most 4. On the 2-core machine
 * measured (docs/performance.md) two workers check about 1.5× faster than one.
 */
export function defaultJobs(): number {
  return Math.max(1, Math.min(4, availableParallelism()));
}

/** The worker module, next to this code: the built `worker.js`, or a tsx bootstrap when running from source. */
function workerFile(): string {
  return fileURLToPath(new URL(import.meta.url.endsWith('.ts') ? './worker-source.mjs' : './worker.js', import.meta.url));
}

/**
 * Check files in order of the list, in worker threads when `jobs > 1`.
 * Results come back in the order of `files`; files not reached before an
 * abort are left out.
 */
export async function runChecks(files: readonly string[], settings: CheckSettings, options: RunChecksOptions): Promise<{ results: FileResult[]; cached: number }> {
  const results: Array<FileResult | undefined> = new Array(files.length);
  // Each file is hashed once: the same hash looks the result up and stores it.
  const hashes: Array<string | undefined> = new Array(files.length);
  let cached = 0;
  const pending: number[] = [];
  for (const [index, file] of files.entries()) {
    if (options.cache) hashes[index] = await options.cache.hashOf(file);
    const hit = options.cache?.get(file, hashes[index]);
    if (hit) {
      results[index] = hit;
      cached++;
      options.onResult?.(hit, true);
    } else pending.push(index);
  }
  const finish = (index: number, result: FileResult) => {
    results[index] = result;
    options.cache?.set(files[index]!, hashes[index], result);
    options.onResult?.(result, false);
  };

  // The browser engine stays in this thread: it already runs pages in its own processes.
  if (options.jobs <= 1 || pending.length <= 1 || settings.engine === 'chromium') {
    const checker = createChecker({ engine: settings.engine });
    try {
      for (const index of pending) {
        if (options.signal?.aborted) break;
        finish(index, await checkFile(files[index]!, settings, checker));
      }
    } finally {
      await checker.close();
    }
  } else {
    const pool = new Tinypool({ filename: workerFile(), minThreads: 1, maxThreads: Math.min(options.jobs, pending.length) });
    try {
      await Promise.all(
        pending.map(async (index) => {
          try {
            finish(index, (await pool.run({ file: files[index], settings }, { signal: options.signal })) as FileResult);
          } catch (error) {
            if (!options.signal?.aborted) throw error;
          }
        }),
      );
    } finally {
      await pool.destroy();
    }
  }
  return { results: results.filter((result): result is FileResult => result !== undefined), cached };
}
