import { access, constants, stat, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import type { Engine, Impact } from '../../a11y/report.js';
import { impacts } from '../../a11y/report.js';
import { lintSeverities, type LintSeverity } from '../../lint/types.js';
import { exitCodes, useColor, type CliIo } from '../io.js';
import { projectRoot } from '../project-root.js';
import { isBaselined } from '../reporters/context.js';
import { reporterOf, summaryLine, type ReporterName } from '../reporters/index.js';
import { UsageError } from '../usage-error.js';
import { version } from '../version.js';
import { baselineKey, lintBaselineKey, writeBaseline } from './baseline.js';
import type { ResultCache } from './cache.js';
import { collectFiles, shard } from './collect-files.js';
import { displayPath, resolvePaths } from '../paths.js';
import type { FileResult, RunSummary } from './types.js';

/** The review ledger `check --require-review` and `presswork review` use unless told another. */
export const defaultLedger = 'presswork-review.json';

/** A reporter and where its report goes: a file, or stdout. */
export interface ReporterTarget {
  name: ReporterName;
  file?: string;
}

/**
 * The lint severity that fails a `check` run at its `--fail-on` impact:
 * warnings fail it at minor or moderate, only errors at serious or critical.
 * Advice (`info`) never fails `check`.
 */
export function lintThreshold(failOn: Impact): LintSeverity {
  return impacts.indexOf(failOn) >= impacts.indexOf('serious') ? 'error' : 'warning';
}

/** What fails a run: violations at or above an impact, lint findings at or above a severity. */
export interface Thresholds {
  failOn: Impact | LintSeverity;
  /** Lint findings at or above this fail the run. */
  lintFailOn: LintSeverity;
  /** The engine of a `check` run. */
  engine?: Engine;
}

/** The outcome of a run in numbers: what the summary line and the exit code say. */
export function summarizeRun(results: readonly FileResult[], thresholds: Thresholds, interrupted: boolean, cached: number, skipped: RunSummary['skipped']): RunSummary {
  // A lint run's `--fail-on` is a severity; it has no violations to compare with it.
  const threshold = impacts.indexOf(thresholds.failOn as Impact);
  const lintThresholdIndex = lintSeverities.indexOf(thresholds.lintFailOn);
  let violations = 0;
  let failing = 0;
  let baselined = 0;
  let findings = 0;
  let linted = false;
  const notEvaluated = new Set<string>();
  for (const result of results) {
    for (const report of result.reports) {
      for (const id of report.notEvaluated) notEvaluated.add(id);
      for (const violation of report.violations) {
        for (const node of violation.nodes) {
          violations++;
          if (isBaselined(result, report.format, baselineKey(violation.id, node))) baselined++;
          else if (impacts.indexOf(violation.impact ?? 'critical') >= threshold) failing++;
        }
      }
    }
    if (result.findings) linted = true;
    for (const finding of result.findings ?? []) {
      if (isBaselined(result, 'lint', lintBaselineKey(finding))) baselined++;
      else {
        findings++;
        if (lintSeverities.indexOf(finding.severity) >= lintThresholdIndex) failing++;
      }
    }
  }
  return {
    files: results.length,
    invalid: results.filter((result) => result.issues.length > 0).length,
    violations,
    failing,
    baselined,
    ...(linted && { findings }),
    failOn: thresholds.failOn,
    interrupted,
    cached,
    engine: thresholds.engine ?? 'jsdom',
    notEvaluated: [...notEvaluated].sort(),
    skipped,
  };
}

/**
 * The files a run works on (its shard of what the paths hold) and what it
 * skipped, after making sure before any work that the cache and every
 * report file can be written.
 */
export async function prepareRun(
  paths: string[],
  options: { pages: boolean; allowEmpty?: boolean; ignore?: string[]; baseline?: string; cache?: string; ledger?: string; shard?: string; reporters: readonly ReporterTarget[] },
  io: CliIo,
): Promise<{ files: string[]; skipped: RunSummary['skipped'] }> {
  // presswork's own files (baseline, cache, review ledger) are JSON but not articles.
  const own = [options.baseline ?? 'presswork-baseline.json', options.ledger ?? defaultLedger, options.cache].filter((file): file is string => file !== undefined).map((file) => resolve(io.cwd, file));
  const collected = await collectFiles(resolvePaths(io.cwd, paths), { pages: options.pages, shown: paths, allowEmpty: options.allowEmpty === true, ignore: options.ignore ?? [], cwd: io.cwd, own });
  const files = shard(collected.files, options.shard);
  const skipped = collected.skipped.map((entry) => ({ ...entry, file: displayPath(io.cwd, entry.file) }));
  if (options.cache) await assertWritable(resolve(io.cwd, options.cache), options.cache, 'cache');
  for (const target of options.reporters) if (target.file) await assertWritable(resolve(io.cwd, target.file), target.file, `${target.name} report`);
  return { files, skipped };
}

/** Fail before any work when a file the run must write cannot be written: a folder, a missing folder, no permission. */
async function assertWritable(path: string, shown: string, what: string): Promise<void> {
  const reason = await stat(path).then(
    (info) =>
      info.isDirectory()
        ? 'it is a folder'
        : access(path, constants.W_OK).then(
            () => undefined,
            (error: unknown) => (error as NodeJS.ErrnoException).code ?? 'not writable',
          ),
    () =>
      access(dirname(path), constants.W_OK).then(
        () => undefined,
        (error: unknown) => ((error as NodeJS.ErrnoException).code === 'ENOENT' ? 'its folder does not exist' : 'its folder is not writable'),
      ),
  );
  if (reason) throw new UsageError(`Cannot write the ${what} to \`${shown}\`: ${reason}`);
}

/**
 * Write every requested report: to its file, or to stdout (pretty output
 * already streamed file by file gets only the summary). Returns whether a
 * report could not be written (it then goes to stdout).
 */
export async function writeReports(
  results: readonly FileResult[],
  summary: RunSummary,
  options: { reporters: readonly ReporterTarget[]; quiet: boolean; streamed: boolean },
  io: CliIo,
): Promise<boolean> {
  const place = { cwd: io.cwd, root: await projectRoot(io.cwd) };
  let failedWrite = false;
  for (const target of options.reporters) {
    if (!target.file) {
      const report =
        options.streamed && target.name === 'pretty'
          ? `\n${summaryLine(summary)}\n`
          : (await reporterOf(target.name))(results, { version, color: useColor(io, io.stdout), summary, quiet: options.quiet, ...place });
      io.stdout.write(report);
      continue;
    }
    const report = (await reporterOf(target.name))(results, { version, color: false, summary, quiet: options.quiet, ...place });
    try {
      await writeFile(resolve(io.cwd, target.file), report);
    } catch (error) {
      // The run is not lost: the report goes to stdout instead.
      io.stdout.write(report);
      io.stderr.write(`presswork: Cannot write the report to ${target.file} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}); it is on stdout above\n`);
      failedWrite = true;
    }
  }
  // The summary goes to stderr too when stdout carries no pretty report.
  if (!options.reporters.some((target) => target.name === 'pretty' && !target.file)) io.stderr.write(`${summaryLine(summary)}\n`);
  return failedWrite;
}

/**
 * What a finished run keeps for the next one: the cache (losing it costs the
 * next run time, never this run's report) and, with `--update-baseline`, the
 * baseline of every current problem.
 */
export async function saveRunState(
  results: readonly FileResult[],
  cache: ResultCache | undefined,
  options: { cache?: string; baseline?: string; updateBaseline?: boolean; verb: 'checks' | 'lints'; problems: string },
  io: CliIo,
): Promise<void> {
  await cache?.save().catch((error: unknown) => {
    io.stderr.write(`Warning: could not save the cache to ${options.cache} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}); the next run ${options.verb} every file again\n`);
  });
  if (options.updateBaseline) {
    const path = options.baseline ?? 'presswork-baseline.json';
    const count = await writeBaseline(resolve(io.cwd, path), results);
    io.stderr.write(`Baseline written to ${path}: ${count} known ${options.problems}${count === 1 ? '' : 's'}\n`);
  }
}

/** The exit code of a finished run. */
export function exitCodeOf(summary: RunSummary, failedWrite: boolean, updateBaseline: boolean | undefined): number {
  if (failedWrite) return exitCodes.usage;
  if (summary.interrupted) return exitCodes.interrupted;
  if (updateBaseline) return summary.invalid > 0 ? exitCodes.problems : exitCodes.ok;
  const review = summary.review ? summary.review.open + summary.review.reopened + summary.review.failed : 0;
  return summary.invalid > 0 || summary.failing > 0 || review > 0 ? exitCodes.problems : exitCodes.ok;
}
