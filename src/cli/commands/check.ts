import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { createColors } from 'picocolors';
import type { Engine, Impact, OutputFormat } from '../../a11y/report.js';
import { RuleSelectionError, selectRules, type Level } from '../../a11y/rule-selection.js';
import { applyBaseline, readBaseline } from '../check/baseline.js';
import { defaultLedger, exitCodeOf, lintThreshold, prepareRun, saveRunState, summarizeRun, writeReports, type ReporterTarget } from '../check/run-output.js';
import { ResultCache } from '../check/cache.js';
import { runChecks } from '../check/run-checks.js';
import type { CheckSettings, FileResult, LintSettings, RunSummary } from '../check/types.js';
import { useColor, type CliIo } from '../io.js';
import { displayPath } from '../paths.js';
import { createProgress } from '../progress.js';
import { fileLines } from '../reporters/pretty.js';
import { reporters } from '../reporters/index.js';
import { UsageError } from '../usage-error.js';
import { version } from '../version.js';

export type { ReporterTarget } from '../check/run-output.js';

export interface CheckCommandOptions {
  formats: OutputFormat[];
  /** `--transcripts <dir>`: write what a screen-reader user hears of each HTML and AMP output there. */
  transcripts?: string;
  /** The project's `presswork.config.*` (extension types). */
  extensions?: string | undefined;
  engine: Engine;
  /** WCAG level (`--level`). Default AA. */
  level?: Level;
  /** `--no-best-practice` sets this false. */
  bestPractice?: boolean;
  /** axe tags instead of the level (`--tags`). */
  tags?: string[];
  /** Only these axe rules (`--rules`). */
  rules?: string[];
  /** `--load-timeout`, in ms. */
  loadTimeout?: number;
  /** Reports to write; default pretty to stdout. */
  reporters: ReporterTarget[];
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
  /** Globs of files under the given folders to leave out. */
  ignore?: string[];
  /** Pretty output lists only files with problems. */
  quiet?: boolean;
  /** The content lint's settings; `false` with `--no-lint`. */
  lint?: LintSettings | false;
  /** Fail while review items are not signed off in the ledger. */
  requireReview?: boolean;
  /** The review ledger (default `presswork-review.json`). */
  ledger?: string;
}

/**
 * `presswork check <paths…>`: render each article in each format (or take
 * built `.html` pages as they are), check accessibility, report, and exit
 * 1 when content is invalid or a new violation reaches `--fail-on`.
 */
export async function check(paths: string[], options: CheckCommandOptions, io: CliIo): Promise<number> {
  const { files, skipped } = await prepareRun(paths, { ...options, pages: true }, io);
  const done: FileResult[] = [];
  try {
    return await checkFiles(files, skipped, options, io, done);
  } catch (error) {
    // A fault of the run itself: what was checked before it is still reported.
    if (done.length > 0) {
      for (const result of done) if (isAbsolute(result.file)) result.file = displayPath(io.cwd, result.file);
      const summary = summarizeRun(done, { failOn: options.failOn, lintFailOn: lintThreshold(options.failOn), engine: options.engine }, true, 0, skipped);
      io.stdout.write(reporters.pretty(done, { version, color: useColor(io, io.stdout), summary }));
      io.stdout.write(`Stopped after ${done.length} of ${files.length} files by the error below.\n`);
    }
    throw error;
  }
}

async function checkFiles(files: string[], skipped: RunSummary['skipped'], options: CheckCommandOptions, io: CliIo, done: FileResult[]): Promise<number> {
  const selection = { level: options.level ?? 'AA', bestPractice: options.bestPractice ?? true, ...(options.tags && { tags: options.tags }), ...(options.rules && { only: options.rules }) };
  try {
    selectRules(selection);
  } catch (error) {
    if (error instanceof RuleSelectionError) throw new UsageError(error.message);
    throw error;
  }
  // Loaded only when there are settings to check: a cached run loads no lint rule (nor their text parsers).
  if (options.lint && (options.lint.rules || options.lint.custom)) await (await import('../check/lint-file.js')).assertLintSettings(options.lint);
  const settings: CheckSettings = {
    formats: options.formats,
    engine: options.engine,
    width: options.width,
    selection,
    ...(options.loadTimeout !== undefined && { loadTimeout: options.loadTimeout }),
    ...(options.lint !== undefined && { lint: options.lint }),
    ...(options.extensions && { extensions: options.extensions }),
    ...(options.transcripts !== undefined && { transcripts: true }),
    ...(options.requireReview && { review: true }),
    // The HTML report shows each violation on the page: Chromium can take the picture.
    ...(options.engine === 'chromium' && options.reporters.some((target) => target.name === 'html') && { screenshots: true }),
  };
  // The ledger is read before any work (a broken one stops the run at once), and its code loaded only then.
  const review = options.requireReview ? await import('../review/apply-ledger.js') : undefined;
  const ledgerPath = resolve(io.cwd, options.ledger ?? defaultLedger);
  const ledger = review && { path: ledgerPath, ledger: await review.readLedgerOrUsage(ledgerPath) };
  const cache = options.cache ? await ResultCache.open(resolve(io.cwd, options.cache), version, settings) : undefined;
  const known = options.baseline && !options.updateBaseline ? await readBaseline(resolve(io.cwd, options.baseline)) : undefined;
  // Without a terminal (a CI log), pretty output to stdout streams: each file as it finishes.
  const stream = options.reporters.some((target) => target.name === 'pretty' && !target.file) && io.stdout.isTTY !== true;
  const color = createColors(useColor(io, io.stdout));
  const progress = createProgress(io.stderr, files.length);
  const workerErrors: Array<{ file: string; error: unknown }> = [];
  const onResult = (result: FileResult) => {
    result.file = displayPath(io.cwd, result.file);
    // Judged as each file arrives, so the streamed report shows what is still to review.
    if (review && ledger) review.judgeResult(result, ledger.ledger, { cwd: io.cwd, ledger: ledger.path });
    for (const issue of result.issues) issue.file = result.file;
    if (known) applyBaseline([result], known);
    done.push(result);
    const lines = fileLines(result, color);
    progress.tick(lines.length > 1);
    if (stream && (lines.length > 1 || !options.quiet)) io.stdout.write(`${lines.join('\n')}\n`);
  };
  const { results, cached } = await runChecks(files, settings, {
    jobs: options.jobs,
    ...(options.timeout !== undefined && { timeoutMs: options.timeout * 1000 }),
    ...(cache && { cache }),
    ...(io.signal && { signal: io.signal }),
    onResult,
    onWorkerError: (file, error) => workerErrors.push({ file, error }),
  });
  progress.clear();
  if (workerErrors.length > 0) io.stderr.write(workerErrorNote(io.cwd, workerErrors));
  await saveRunState(results, cache, { ...options, verb: 'checks', problems: 'violation' }, io);
  if (options.transcripts !== undefined) await writeTranscripts(results, resolve(io.cwd, options.transcripts));

  const interrupted = io.signal?.aborted ?? false;
  const summary = summarizeRun(results, { failOn: options.failOn, lintFailOn: lintThreshold(options.failOn), engine: options.engine }, interrupted, cached, skipped);
  if (review && ledger) summary.review = review.countReview(results, { cwd: io.cwd, ledger: ledger.path });
  const failedWrite = await writeReports(results, summary, { reporters: options.reporters, quiet: options.quiet === true, streamed: stream }, io);
  return exitCodeOf(summary, failedWrite, options.updateBaseline);
}

/** One line for files a worker thread failed on (they were checked again in the main thread). */
function workerErrorNote(cwd: string, failures: ReadonlyArray<{ file: string; error: unknown }>): string {
  const [first] = failures;
  const reason = first!.error instanceof Error ? first!.error.message : String(first!.error);
  const files = failures.length === 1 ? '1 file' : `${failures.length} files`;
  return `Note: a worker thread failed on ${files} (first: ${displayPath(cwd, first!.file)}: ${reason}); checked them in the main thread instead.\n`;
}

/**
 * `--transcripts <dir>`: one file per checked output, named after its source
 * (`content/bridge.md` → `<dir>/content/bridge.md.html.txt`), so a pull
 * request shows how the spoken article changed.
 */
async function writeTranscripts(results: readonly FileResult[], dir: string): Promise<void> {
  for (const result of results) {
    for (const [format, lines] of Object.entries(result.transcripts ?? {})) {
      const name = join(dir, `${result.file.replace(/^(?:\.\.\/)+/, '')}.${format}.txt`);
      await mkdir(dirname(name), { recursive: true });
      await writeFile(name, `${lines.join('\n')}\n`);
    }
  }
}
