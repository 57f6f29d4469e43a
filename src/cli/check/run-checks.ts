import { setMaxListeners } from 'node:events';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { ResourceLimits } from 'node:worker_threads';
import { Piscina } from 'piscina';
import type { ResultCache } from './cache.js';
import type { CheckSettings, FileResult } from './types.js';

export interface RunChecksOptions {
  /** Worker threads to check in. */
  jobs: number;
  cache?: ResultCache;
  /** Stop starting new files when aborted; results so far are kept. */
  signal?: AbortSignal;
  /** Called as each file finishes (for progress). */
  onResult?: (result: FileResult, cached: boolean) => void;
  /** Called when a worker failed on a file (e.g. ran out of its heap); the file is then checked in this thread. */
  onWorkerError?: (file: string, error: unknown) => void;
  /** V8 heap limits of each worker; {@link workerResourceLimits} unless given. */
  resourceLimits?: ResourceLimits;
}

/**
 * Heap limits of each worker thread. Without them V8 lets a long-running
 * checker's heap grow far past what it keeps alive (about 95 MB); with them
 * a 2,000-article run stays under 400 MB peak RSS, in the same time within
 * measuring noise (docs/performance.md). A file that needs more is
 * re-checked in this thread.
 */
export const workerResourceLimits: ResourceLimits = { maxOldGenerationSizeMb: 256, maxYoungGenerationSizeMb: 8 };

/**
 * The default `--jobs`: one thread per core, at most 4. On the 2-core machine
 * measured (docs/performance.md) two workers beat one at every archive size
 * tried (1.04× on 80 articles, 1.15–1.27× on 2,000).
 */
export function defaultJobs(): number {
  return Math.max(1, Math.min(4, availableParallelism()));
}

/** The worker module, next to this code: the built `worker.js`, or a tsx bootstrap when running from source. */
function workerFile(): string {
  return fileURLToPath(new URL(import.meta.url.endsWith('.ts') ? './worker-source.mjs' : './worker.js', import.meta.url));
}

/**
 * Check files in order of the list, in worker threads unless there is only
 * one file to check or the engine is Chromium. Results come back in the order
 * of `files`; files not reached before an abort are left out.
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
  const inThisThread = pending.length <= 1 || settings.engine === 'chromium' ? pending : await checkInWorkers(pending, files, settings, options, finish);
  if (inThisThread.length > 0) {
    // Loaded only when this thread checks: a fully cached run never parses or renders.
    const [{ createChecker }, { checkFile }] = await Promise.all([import('../../a11y/checker.js'), import('./check-file.js')]);
    const checker = createChecker({ engine: settings.engine });
    try {
      for (const index of inThisThread) {
        if (options.signal?.aborted) break;
        finish(index, await checkFile(files[index]!, settings, checker));
      }
    } finally {
      await checker.close();
    }
  }
  return { results: results.filter((result): result is FileResult => result !== undefined), cached };
}

/**
 * Check `pending` in a pool of workers; returns the files a worker failed on
 * (in list order), to be checked in this thread. checkFile never throws for
 * bad content, so a rejected task means the worker itself failed.
 */
async function checkInWorkers(pending: readonly number[], files: readonly string[], settings: CheckSettings, options: RunChecksOptions, finish: (index: number, result: FileResult) => void): Promise<number[]> {
  const threads = Math.min(options.jobs, pending.length);
  const pool = new Piscina({ filename: workerFile(), minThreads: threads, maxThreads: threads, resourceLimits: options.resourceLimits ?? workerResourceLimits });
  // A worker that fails outside a task (e.g. while starting) is reported on the
  // pool, and the pool stops replacing workers: give up on the pool then.
  const broken = new AbortController();
  let poolError: unknown;
  pool.on('error', (error: unknown) => {
    poolError = error;
    broken.abort();
  });
  const signal = options.signal ? AbortSignal.any([options.signal, broken.signal]) : broken.signal;
  // Every queued task listens to it.
  setMaxListeners(0, signal);
  const failed: number[] = [];
  try {
    await Promise.all(
      pending.map(async (index) => {
        try {
          finish(index, (await pool.run({ file: files[index], settings }, { signal })) as FileResult);
        } catch (error) {
          if (options.signal?.aborted) return;
          failed.push(index);
          options.onWorkerError?.(files[index]!, broken.signal.aborted && isAbort(error) ? poolError : error);
        }
      }),
    );
  } finally {
    await pool.destroy();
  }
  return failed.sort((a, b) => a - b);
}

function isAbort(error: unknown): boolean {
  return error instanceof Error && error.name === 'AbortError';
}
