import { writeFile } from 'node:fs/promises';
import { extname, resolve } from 'node:path';
import { createColors } from 'picocolors';
import { applySafeFixes } from '../../lint/apply-fixes.js';
import { lintSeverities, type LintSeverity } from '../../lint/types.js';
import { describeFault } from '../../load/contain-fault.js';
import { readSource, safeParseArticleSource } from '../../load/files.js';
import { loadExtensions } from '../extensions.js';
import { createIssue } from '../../model/errors.js';
import { applyBaseline, readBaseline } from '../check/baseline.js';
import { ResultCache } from '../check/cache.js';
import { assertLintSettings, lintLoaded } from '../check/lint-file.js';
import { exitCodeOf, prepareRun, saveRunState, summarizeRun, writeReports, type ReporterTarget } from '../check/run-output.js';
import type { FileResult, LintSettings } from '../check/types.js';
import { useColor, type CliIo } from '../io.js';
import { displayPath } from '../paths.js';
import { fileLines } from '../reporters/pretty.js';
import { UsageError } from '../usage-error.js';
import { version } from '../version.js';

export interface LintCommandOptions {
  reporters: ReporterTarget[];
  /** Lowest severity that fails the run (default `warning`). */
  failOn: LintSeverity;
  lint: LintSettings;
  /** Apply the safe fixes to the files. */
  fix?: boolean;
  baseline?: string;
  updateBaseline?: boolean;
  shard?: string;
  cache?: string;
  allowEmpty?: boolean;
  ignore?: string[];
  quiet?: boolean;
}

/** Lint one file, making its safe fixes first with `fix` (and saying how many were made). */
async function lintFile(file: string, settings: LintSettings, fix: boolean): Promise<FileResult & { fixed?: number }> {
  try {
    const read = await readSource(file);
    if (!read.ok) return { file, kind: 'article', issues: [read.issue], reports: [] };
    let { source } = read;
    const extensions = settings.extensions ? await loadExtensions(settings.extensions) : undefined;
    let loaded = safeParseArticleSource(source, file, { extensions });
    if (!loaded.ok) return { file, kind: 'article', issues: loaded.issues, reports: [] };
    let findings = await lintLoaded(loaded.article, loaded.locations, source, settings, extensions);
    let fixed = 0;
    if (fix && findings.some((finding) => finding.fix?.safe)) {
      const applied = applySafeFixes(source, extname(file).toLowerCase() === '.json' ? 'json' : 'markdown', findings, loaded.locations);
      const reloaded = safeParseArticleSource(applied.source, file, { extensions });
      // A fix is kept only when the article still validates: the file is never left broken.
      if (applied.fixed.length > 0 && reloaded.ok) {
        await writeFile(file, applied.source);
        source = applied.source;
        loaded = reloaded;
        fixed = applied.fixed.length;
        findings = await lintLoaded(loaded.article, loaded.locations, source, settings, extensions);
      }
    }
    return { file, kind: 'article', issues: [], reports: [], findings, ...(fixed > 0 && { fixed }) };
  } catch (error) {
    return { file, kind: 'article', issues: [createIssue([], 'check_failed', `presswork could not lint this file: ${describeFault(error)}`, file)], reports: [] };
  }
}

/**
 * `presswork lint <paths…>`: the content lint of every article, with the
 * reporters, baseline, cache, shards and exit codes of `check`; `--fix`
 * makes the safe fixes in the files.
 */
export async function lint(paths: string[], options: LintCommandOptions, io: CliIo): Promise<number> {
  if (!lintSeverities.includes(options.failOn)) throw new UsageError(`Unknown severity \`${options.failOn}\` for --fail-on; expected ${lintSeverities.join(', ')}`);
  await assertLintSettings(options.lint);
  const { files, skipped } = await prepareRun(paths, { ...options, pages: false }, io);

  // The cache is keyed by the lint settings, as check's is by its settings (a fixing run writes files, so it does not use it).
  const cache = options.cache && !options.fix ? await ResultCache.open(resolve(io.cwd, options.cache), version, { formats: [], engine: 'jsdom', width: 0, lint: options.lint }) : undefined;
  const known = options.baseline && !options.updateBaseline ? await readBaseline(resolve(io.cwd, options.baseline)) : undefined;
  const stream = options.reporters.some((target) => target.name === 'pretty' && !target.file) && io.stdout.isTTY !== true;
  const color = createColors(useColor(io, io.stdout));
  const results: FileResult[] = [];
  let cached = 0;
  let fixed = 0;
  for (const file of files) {
    if (io.signal?.aborted) break;
    const hash = await cache?.hashOf(file);
    const hit = cache?.get(file, hash);
    const result = hit ?? (await lintFile(file, options.lint, options.fix === true));
    if (hit) cached++;
    else if (!result.issues.length) cache?.set(file, hash, result);
    if ('fixed' in result && typeof result.fixed === 'number') {
      fixed += result.fixed;
      delete result.fixed;
    }
    result.file = displayPath(io.cwd, result.file);
    for (const issue of result.issues) issue.file = result.file;
    if (known) applyBaseline([result], known);
    results.push(result);
    const lines = fileLines(result, color);
    if (stream && (lines.length > 1 || !options.quiet)) io.stdout.write(`${lines.join('\n')}\n`);
  }
  await saveRunState(results, cache, { ...options, verb: 'lints', problems: 'problem' }, io);
  const summary = {
    ...summarizeRun(results, { failOn: options.failOn, lintFailOn: options.failOn }, io.signal?.aborted ?? false, cached, skipped),
    command: 'lint' as const,
    ...(options.fix && { fixed }),
  };
  const failedWrite = await writeReports(results, summary, { reporters: options.reporters, quiet: options.quiet === true, streamed: stream }, io);
  return exitCodeOf(summary, failedWrite, options.updateBaseline);
}
