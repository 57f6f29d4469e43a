import { writeFile } from 'node:fs/promises';
import { isAbsolute, resolve } from 'node:path';
import type { Engine, Impact, OutputFormat } from '../../a11y/report.js';
import { impacts } from '../../a11y/report.js';
import { applyBaseline, nodeIdentity, readBaseline, writeBaseline } from '../check/baseline.js';
import { ResultCache } from '../check/cache.js';
import { collectFiles, shard } from '../check/collect-files.js';
import { runChecks } from '../check/run-checks.js';
import type { CheckSettings, FileResult, RunSummary } from '../check/types.js';
import { exitCodes, useColor, type CliIo } from '../io.js';
import { displayPath, resolvePaths } from '../paths.js';
import { createProgress } from '../progress.js';
import { reporters, summaryLine } from '../reporters/index.js';
import { version } from '../version.js';

export interface CheckCommandOptions {
  formats: OutputFormat[];
  engine: Engine;
  reporter: keyof typeof reporters;
  output?: string;
  failOn: Impact;
  baseline?: string;
  updateBaseline?: boolean;
  jobs: number;
  shard?: string;
  cache?: string;
  width: number;
  /** Seconds one file may take to check (`--timeout`). */
  timeout?: number;
  /** Exit 0 when no article or page is found (default: exit 2). */
  allowEmpty?: boolean;
}

function summarizeRun(results: readonly FileResult[], failOn: Impact, interrupted: boolean, cached: number): RunSummary {
  const threshold = impacts.indexOf(failOn);
  let violations = 0;
  let failing = 0;
  let baselined = 0;
  for (const result of results) {
    for (const report of result.reports) {
      for (const violation of report.violations) {
        for (const node of violation.nodes) {
          violations++;
          if (result.baselined?.[report.format]?.includes(`${violation.id}|${nodeIdentity(node)}`)) baselined++;
          else if (impacts.indexOf(violation.impact ?? 'critical') >= threshold) failing++;
        }
      }
    }
  }
  return { files: results.length, invalid: results.filter((result) => result.issues.length > 0).length, violations, failing, baselined, failOn, interrupted, cached };
}

/**
 * `presswork check <paths…>`: render each article in each format (or take
 * built `.html` pages as they are), check accessibility, report, and exit
 * 1 when content is invalid or a new violation reaches `--fail-on`.
 */
export async function check(paths: string[], options: CheckCommandOptions, io: CliIo): Promise<number> {
  const files = shard(await collectFiles(resolvePaths(io.cwd, paths), { pages: true, shown: paths, allowEmpty: options.allowEmpty === true }), options.shard);
  const done: FileResult[] = [];
  try {
    return await checkFiles(files, options, io, done);
  } catch (error) {
    // A fault of the run itself: what was checked before it is still reported.
    if (done.length > 0) {
      for (const result of done) if (isAbsolute(result.file)) result.file = displayPath(io.cwd, result.file);
      const summary = summarizeRun(done, options.failOn, true, 0);
      io.stdout.write(reporters.pretty(done, { version, color: useColor(io, io.stdout), summary }));
      io.stdout.write(`Stopped after ${done.length} of ${files.length} files by the error below.\n`);
    }
    throw error;
  }
}

async function checkFiles(files: string[], options: CheckCommandOptions, io: CliIo, done: FileResult[]): Promise<number> {
  const settings: CheckSettings = { formats: options.formats, engine: options.engine, width: options.width };
  const cache = options.cache ? await ResultCache.open(resolve(io.cwd, options.cache), version, settings) : undefined;
  const progress = createProgress(io.stderr, files.length);
  const workerErrors: Array<{ file: string; error: unknown }> = [];
  const onResult = (result: FileResult) => {
    done.push(result);
    progress.tick();
  };
  const { results, cached } = await runChecks(files, settings, { jobs: options.jobs, ...(options.timeout !== undefined && { timeoutMs: options.timeout * 1000 }), ...(cache && { cache }), ...(io.signal && { signal: io.signal }), onResult, onWorkerError: (file, error) => workerErrors.push({ file, error }) });
  progress.clear();
  if (workerErrors.length > 0) io.stderr.write(workerErrorNote(io.cwd, workerErrors));
  await cache?.save().catch((error: unknown) => {
    // Losing the cache costs the next run time, never this run's report.
    io.stderr.write(`Warning: could not save the cache to ${options.cache} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}); the next run checks every file again\n`);
  });
  for (const result of results) {
    result.file = displayPath(io.cwd, result.file);
    for (const issue of result.issues) issue.file = result.file;
  }

  if (options.updateBaseline) {
    const path = options.baseline ?? 'presswork-baseline.json';
    const count = await writeBaseline(resolve(io.cwd, path), results);
    io.stderr.write(`Baseline written to ${path}: ${count} known violation${count === 1 ? '' : 's'}\n`);
  } else if (options.baseline) {
    applyBaseline(results, await readBaseline(resolve(io.cwd, options.baseline)));
  }

  const interrupted = io.signal?.aborted ?? false;
  const summary = summarizeRun(results, options.failOn, interrupted, cached);
  const outputStream = options.output ? undefined : io.stdout;
  const report = reporters[options.reporter](results, { version, color: outputStream ? useColor(io, outputStream) : false, summary });
  if (options.output) {
    try {
      await writeFile(resolve(io.cwd, options.output), report);
    } catch (error) {
      // The run is not lost: the report goes to stdout instead.
      io.stdout.write(report);
      io.stderr.write(`presswork: Cannot write the report to ${options.output} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}); it is on stdout above\n`);
      return exitCodes.usage;
    }
  } else io.stdout.write(report);
  // The summary goes to stderr too when stdout carries machine-readable output.
  if (options.output || options.reporter !== 'pretty') io.stderr.write(`${summaryLine(summary)}\n`);

  if (interrupted) return exitCodes.interrupted;
  if (options.updateBaseline) return summary.invalid > 0 ? exitCodes.problems : exitCodes.ok;
  return summary.invalid > 0 || summary.failing > 0 ? exitCodes.problems : exitCodes.ok;
}

/** One line for files a worker thread failed on (they were checked again in the main thread). */
function workerErrorNote(cwd: string, failures: ReadonlyArray<{ file: string; error: unknown }>): string {
  const [first] = failures;
  const reason = first!.error instanceof Error ? first!.error.message : String(first!.error);
  const files = failures.length === 1 ? '1 file' : `${failures.length} files`;
  return `Note: a worker thread failed on ${files} (first: ${displayPath(cwd, first!.file)}: ${reason}); checked them in the main thread instead.\n`;
}
