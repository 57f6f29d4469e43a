import { setMaxListeners } from 'node:events';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { ResourceLimits } from 'node:worker_threads';
import { Piscina } from 'piscina';
import { createIssue } from '../../model/errors.js';
import type { ResultCache } from './cache.js';
import { isPage } from './collect-files.js';
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
  /** Longest time one file may take, in ms (`--timeout`); a file that takes longer is reported, not waited for. Default 60 s. */
  timeoutMs?: number;
}

/** The default bound on the time one file may take to check. */
export const defaultTimeoutMs = 60_000;

/** The result of a file that was not checked within the time bound. */
function timedOut(file: string, timeoutMs: number): FileResult {
  const seconds = Math.round(timeoutMs / 100) / 10;
  return {
    file,
    kind: isPage(file) ? 'page' : 'article',
    issues: [createIssue([], 'check_timeout', `Not checked: checking took longer than ${seconds} s (raise the bound with --timeout)`, file)],
    reports: [],
  };
}

/** The result of a page whose check needed more than a worker's heap. */
function outOfMemory(file: string): FileResult {
  return { file, kind: 'page', issues: [createIssue([], 'check_out_of_memory', 'Not checked: the page needs more memory to check than a worker thread may use', file)], reports: [] };
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
  const results: Array<FileResult | undefined> = new Array<FileResult | undefined>(files.length);
  // Each file is hashed once: the same hash looks the result up and stores it.
  const hashes: Array<string | undefined> = new Array<string | undefined>(files.length);
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
    // A file that ran out of time is tried again next run, not remembered as a result.
    if (!result.issues.some((issue) => issue.code === 'check_timeout')) options.cache?.set(files[index]!, hashes[index], result);
    options.onResult?.(result, false);
  };

  // The browser engine stays in this thread: it already runs pages in its own processes. jsdom
  // checks run in worker threads, even one file, so the time and heap bounds can stop them.
  const inThisThread = settings.engine === 'chromium' || pending.length === 0 ? pending : await checkInWorkers(pending, files, settings, options, finish);
  if (inThisThread.length > 0) {
    // Loaded only when this thread checks: a fully cached run never parses or renders.
    const [{ createChecker }, { checkFile }] = await Promise.all([import('../../a11y/checker.js'), import('./check-file.js')]);
    // Chromium checks `--jobs` files at once, each in a page of the one browser; files a worker failed on, one at a time.
    const lanes = settings.engine === 'chromium' ? Math.min(options.jobs, inThisThread.length) : 1;
    const open = () => createChecker({ engine: settings.engine, pages: lanes });
    let checker = open();
    const timeoutMs = options.timeoutMs ?? defaultTimeoutMs;
    const queue = [...inThisThread];
    const lane = async () => {
      for (let index = queue.shift(); index !== undefined && !options.signal?.aborted; index = queue.shift()) {
        // A late Chromium check is stopped by closing its page (its work is in the browser). A jsdom check
        // here (a file a worker failed on) yields rarely, so the bound may only be noticed when it ends;
        // the next file then gets a new checker.
        const stop = new AbortController();
        let timer: NodeJS.Timeout | undefined;
        const late = new Promise<undefined>((resolve) => {
          timer = setTimeout(() => resolve(undefined), timeoutMs);
        });
        const result = await Promise.race([checkFile(files[index]!, settings, checker, stop.signal), late]).finally(() => clearTimeout(timer));
        if (result) finish(index, result);
        else {
          stop.abort();
          finish(index, timedOut(files[index]!, timeoutMs));
          if (settings.engine !== 'chromium') {
            void checker.close().catch(() => undefined);
            checker = open();
          }
        }
      }
    };
    try {
      await Promise.all(Array.from({ length: lanes }, lane));
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
async function checkInWorkers(
  pending: readonly number[],
  files: readonly string[],
  settings: CheckSettings,
  options: RunChecksOptions,
  finish: (index: number, result: FileResult) => void,
): Promise<number[]> {
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
  const timeoutMs = options.timeoutMs ?? defaultTimeoutMs;
  /** Check one file in a worker; true when it ran out of time (and so ended its worker). */
  const checkOne = async (index: number): Promise<boolean> => {
    // Tasks are handed out one per free thread, so the clock runs only while a worker has the file.
    const deadline = new AbortController();
    const timer = setTimeout(() => deadline.abort(), timeoutMs);
    try {
      finish(index, (await pool.run({ file: files[index], settings }, { signal: AbortSignal.any([signal, deadline.signal]) })) as FileResult);
    } catch (error) {
      if (options.signal?.aborted) return false;
      if (deadline.signal.aborted && !broken.signal.aborted) {
        // Aborting the task ended its worker (the pool starts another): the file is reported, not re-checked.
        finish(index, timedOut(files[index]!, timeoutMs));
        return true;
      }
      if (!broken.signal.aborted && (error as { code?: string }).code === 'ERR_WORKER_OUT_OF_MEMORY' && isPage(files[index]!)) {
        // A page's size is the author's, not bounded by the article model: past the heap bound it is reported.
        finish(index, outOfMemory(files[index]!));
        return false;
      }
      failed.push(index);
      options.onWorkerError?.(files[index]!, broken.signal.aborted && isAbort(error) ? poolError : error);
    } finally {
      clearTimeout(timer);
    }
    return false;
  };
  // A new worker spends its first second loading jsdom and axe-core: a warm-up task pays that before the clock runs.
  const warmUp = () => pool.run({ warmUp: true }, { signal }).catch(() => undefined);
  let next = 0;
  try {
    await Promise.all(
      Array.from({ length: threads }, async () => {
        await warmUp();
        while (next < pending.length) {
          // A timed-out task ended its worker; its replacement loads before the next file's clock starts.
          if (await checkOne(pending[next++]!)) await warmUp();
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
