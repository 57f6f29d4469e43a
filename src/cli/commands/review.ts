import { spawnSync } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { createColors } from 'picocolors';
import { earlReport, type EarlSubject } from '../../a11y/review/earl.js';
import { recordSignOffs, staleSignOffs, writeLedger, type ReviewedItem, type SignOff } from '../../a11y/review/ledger.js';
import type { Engine } from '../../a11y/report.js';
import { ResultCache } from '../check/cache.js';
import { runChecks } from '../check/run-checks.js';
import { prepareRun } from '../check/run-output.js';
import type { CheckSettings, FileResult } from '../check/types.js';
import { exitCodes, useColor, type CliIo } from '../io.js';
import { displayPath } from '../paths.js';
import { fileLines, reviewSummaryLine } from '../reporters/pretty.js';
import { applyLedger, defaultLedger, ledgerEntry, readLedgerOrUsage } from '../review/apply-ledger.js';
import { UsageError } from '../usage-error.js';
import { version } from '../version.js';

export interface ReviewCommandOptions {
  /** The ledger file (default `presswork-review.json`). */
  ledger?: string;
  /** Items to sign off as passed (`all`: every item not yet passed). */
  sign?: string[];
  /** Items to record as failed. */
  fail?: string[];
  /** Who signs (default: git's `user.name`). */
  by?: string;
  note?: string;
  /** Drop the given files' sign-offs that match no current item. */
  prune?: boolean;
  /** Write an EARL/JSON-LD conformance summary of the given files here. */
  earl?: string;
  level?: 'A' | 'AA';
  engine?: Engine;
  jobs: number;
  cache?: string;
  /** Print the items as JSON. */
  json?: boolean;
  allowEmpty?: boolean;
  ignore?: string[];
  /** The project's `presswork.config.*` (extension types). */
  extensions?: string | undefined;
}

/** git's `user.name` in the working folder, if git and the setting exist. */
function gitUserName(io: CliIo): string | undefined {
  const result = spawnSync('git', ['config', 'user.name'], { cwd: io.cwd, encoding: 'utf8', env: { ...process.env, ...io.env } });
  return result.status === 0 ? result.stdout.trim() || undefined : undefined;
}

/**
 * `presswork review <paths…>`: list what a person must judge in each article
 * (manual WCAG checks, results axe could not decide) with what the review
 * ledger says of each; record sign-offs (`--sign`, `--fail`), drop stale
 * ones (`--prune`), and export a conformance summary (`--earl`).
 */
export async function review(paths: string[], options: ReviewCommandOptions, io: CliIo): Promise<number> {
  const ledgerPath = resolve(io.cwd, options.ledger ?? defaultLedger);
  const judging = [...(options.sign ?? []), ...(options.fail ?? [])];
  const by = judging.length > 0 ? (options.by?.trim() ?? gitUserName(io)) : undefined;
  if (judging.length > 0 && !by) throw new UsageError('Say who reviewed the items with `--by "Your Name"` (git has no user.name here)');
  if (options.fail?.includes('all')) throw new UsageError('`--fail all` is not allowed: name each item that fails');
  const ledger = await readLedgerOrUsage(ledgerPath);

  const { files } = await prepareRun(
    paths,
    {
      pages: true,
      reporters: [],
      ledger: ledgerPath,
      ...(options.allowEmpty && { allowEmpty: true }),
      ...(options.ignore && { ignore: options.ignore }),
      ...(options.cache && { cache: options.cache }),
    },
    io,
  );
  const settings: CheckSettings = {
    formats: ['html', 'amp', 'text'],
    engine: options.engine ?? 'jsdom',
    width: 78,
    selection: { level: options.level ?? 'AA', bestPractice: true },
    lint: false,
    review: true,
    ...(options.extensions && { extensions: options.extensions }),
  };
  const cache = options.cache ? await ResultCache.open(resolve(io.cwd, options.cache), version, settings) : undefined;
  const { results } = await runChecks(files, settings, { jobs: options.jobs, ...(cache && { cache }), ...(io.signal && { signal: io.signal }) });
  await cache?.save().catch(() => undefined);
  for (const result of results) result.file = displayPath(io.cwd, result.file);
  const place = { cwd: io.cwd, ledger: ledgerPath };
  applyLedger(results, ledger, place);

  let changed = false;
  if (judging.length > 0) {
    // Every named item must exist before anything is recorded.
    const matches = (id: string) => results.flatMap((result) => (result.review ?? []).filter((item) => (id === 'all' ? item.status !== 'passed' : item.id === id)).map((item) => ({ result, item })));
    const missing = judging.filter((id) => id !== 'all' && matches(id).length === 0);
    if (missing.length > 0) throw new UsageError(`No review item ${missing.map((id) => `\`${id}\``).join(', ')} in the given files; \`presswork review ${paths.join(' ')}\` lists them`);
    const at = new Date().toISOString();
    for (const [outcome, ids] of [
      ['passed', options.sign ?? []],
      ['failed', options.fail ?? []],
    ] as const) {
      const byResult = new Map<FileResult, ReviewedItem[]>();
      for (const id of ids) for (const { result, item } of matches(id)) byResult.set(result, [...(byResult.get(result) ?? []), item]);
      for (const [result, items] of byResult) {
        const { record, key } = ledgerEntry(ledger, result, place);
        record[key] = recordSignOffs(record[key] ?? [], items, { outcome, by: by!, at, ...(options.note !== undefined && { note: options.note }) });
        io.stderr.write(`${result.file}: ${outcome === 'passed' ? 'signed off' : 'failed'} ${items.map((item) => item.id).join(', ')}\n`);
      }
    }
    changed = true;
  }
  if (options.prune) {
    let dropped = 0;
    for (const result of results) {
      if (!result.review) continue;
      const { record, key } = ledgerEntry(ledger, result, place);
      const stale = new Set<SignOff>(staleSignOffs(record[key] ?? [], result.review));
      dropped += stale.size;
      if (stale.size > 0) record[key] = record[key]!.filter((entry) => !stale.has(entry));
    }
    io.stderr.write(`Pruned ${dropped} stale sign-off${dropped === 1 ? '' : 's'}\n`);
    changed ||= dropped > 0;
  }
  if (changed) await writeLedger(ledgerPath, ledger);
  const counts = applyLedger(results, ledger, place);

  if (options.earl) {
    const subjects: EarlSubject[] = results.map((result) => ({
      id: result.subject?.id ?? result.file,
      kind: result.kind,
      title: result.subject?.title ?? result.file,
      source: result.file,
      ...(result.subject?.url !== undefined && { url: result.subject.url }),
      reports: result.reports,
      items: result.review ?? [],
      ...(result.issues.length > 0 && { invalid: result.issues.map((issue) => issue.message).join('; ') }),
    }));
    const path = resolve(io.cwd, options.earl);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, `${JSON.stringify(earlReport(subjects, { level: options.level ?? 'AA', version }), null, 2)}\n`);
    io.stderr.write(`Conformance summary (EARL, JSON-LD) written to ${displayPath(io.cwd, path)}\n`);
  }

  const invalid = results.filter((result) => result.issues.length > 0);
  if (options.json) {
    io.stdout.write(
      `${JSON.stringify({ tool: 'presswork', version, summary: counts, files: results.map(({ file, kind, subject, issues, review }) => ({ file, kind, ...(subject && { subject }), issues, items: review ?? [] })) }, null, 2)}\n`,
    );
  } else {
    const c = createColors(useColor(io, io.stdout));
    const out: string[] = [];
    for (const result of results) {
      if (result.issues.length > 0) {
        out.push(...fileLines(result, c), '');
        continue;
      }
      const items = result.review ?? [];
      out.push(`${c.bold(result.file)}${result.subject ? c.dim(` — ${result.subject.title} (${result.subject.id})`) : ''}`);
      const width = Math.max(0, ...items.map((item) => item.id.length));
      for (const item of items) out.push(...itemLines(item, c, width));
      out.push('');
    }
    out.push(reviewSummaryLine(counts));
    if (counts.open + counts.reopened > 0) out.push(c.dim(`Sign off what you reviewed: presswork review ${paths.join(' ')} --sign <item> [--sign <item>…] [--note "…"]`));
    io.stdout.write(`${out.join('\n')}\n`);
  }
  return invalid.length > 0 ? exitCodes.problems : exitCodes.ok;
}

/** One item as a line, with what to judge below it while it is not passed. */
function itemLines(item: ReviewedItem, c: ReturnType<typeof createColors>, width: number): string[] {
  const label = { open: c.yellow('open    '), reopened: c.yellow('reopened'), failed: c.red('failed  '), passed: c.green('passed  ') }[item.status];
  const wcag = c.dim(`[WCAG ${item.wcag.join(', ') || '–'}]`);
  let detail = '';
  if (item.signOff) detail = `${item.signOff.by}, ${item.signOff.at.slice(0, 10)}${item.signOff.note ? `: ${item.signOff.note}` : ''}`;
  else if (item.previous) detail = `the content changed since ${item.previous.by} ${item.previous.outcome === 'passed' ? 'signed it off' : 'failed it'} on ${item.previous.at.slice(0, 10)}`;
  else if (item.subject !== undefined) detail = item.kind === 'manual' ? `“${item.subject.replace(/\s+/g, ' ').slice(0, 80)}”` : item.subject.replace(/\s+/g, ' ').slice(0, 80);
  const lines = [`  ${label}  ${c.bold(item.id.padEnd(width))}  ${wcag}  ${detail}`.trimEnd()];
  if (item.status !== 'passed') lines.push(`            ${c.dim(item.question)}`);
  return lines;
}
