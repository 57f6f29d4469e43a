import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import type { A11yNode, A11yResult } from '../../a11y/report.js';
import type { LintFinding } from '../../lint/types.js';
import { UsageError } from '../usage-error.js';
import type { FileResult } from './types.js';

/** A known violation: rule, file, format and a stable identity of the element. */
export interface BaselineEntry {
  file: string;
  format: string;
  rule: string;
  node: string;
}

/**
 * A node's identity that survives unrelated edits: its selector and a short
 * hash of its markup with white space folded. Text rules use the line text.
 */
export function nodeIdentity(node: A11yNode): string {
  const markup = node.html.replace(/\s+/g, ' ').trim();
  const hash = createHash('sha256').update(markup).digest('hex').slice(0, 12);
  return node.line !== undefined ? `text:${hash}` : `${node.target.join(' ')}#${hash}`;
}

/** How a result's `baselined` lists a known violation: `rule|node`. */
export const baselineKey = (rule: string, node: A11yNode) => `${rule}|${nodeIdentity(node)}`;

/**
 * A lint finding's identity: its message names the words, so it survives
 * edits elsewhere in the file (its path and line do not).
 */
export function lintIdentity(finding: LintFinding): string {
  return `lint:${createHash('sha256').update(finding.message).digest('hex').slice(0, 12)}`;
}

/** How a result's `baselined` lists a known lint finding (format `lint`): `rule|identity`. */
export const lintBaselineKey = (finding: LintFinding) => `${finding.ruleId}|${lintIdentity(finding)}`;

const key = (entry: BaselineEntry) => `${entry.file}\u0000${entry.format}\u0000${entry.rule}\u0000${entry.node}`;

/** Every violation and lint finding (but advice, `info`) of a run as baseline entries. */
export function baselineEntries(results: readonly FileResult[]): BaselineEntry[] {
  return results.flatMap((result) => [
    ...result.reports.flatMap((report) =>
      report.violations.flatMap((violation: A11yResult) => violation.nodes.map((node) => ({ file: result.file, format: report.format, rule: violation.id, node: nodeIdentity(node) }))),
    ),
    ...(result.findings ?? []).filter((finding) => finding.severity !== 'info').map((finding) => ({ file: result.file, format: 'lint', rule: finding.ruleId, node: lintIdentity(finding) })),
  ]);
}

export async function readBaseline(path: string): Promise<Set<string>> {
  let data: { version?: number; entries?: BaselineEntry[] };
  try {
    data = JSON.parse(await readFile(path, 'utf8')) as typeof data;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new UsageError(`No baseline file at \`${path}\`; create one with \`--update-baseline\``);
    throw new UsageError(`The baseline \`${path}\` is not valid JSON`);
  }
  if (data.version !== 1 || !Array.isArray(data.entries)) throw new UsageError(`The baseline \`${path}\` is not a presswork baseline (version 1)`);
  return new Set(data.entries.map(key));
}

/** Write the run's violations and findings as the baseline; entries of files this run did not look at (`keep`) stay. */
export async function writeBaseline(path: string, results: readonly FileResult[]): Promise<number> {
  const entries = baselineEntries(results).sort((a, b) => key(a).localeCompare(key(b)));
  await writeFile(path, `${JSON.stringify({ version: 1, entries }, null, 2)}\n`);
  return entries.length;
}

/**
 * Mark violations that are in the baseline: each result gets `baselined`, the
 * `rule|node` keys of its known violations per format.
 */
export function applyBaseline(results: FileResult[], known: Set<string>): void {
  for (const result of results) {
    const baselined: Record<string, string[]> = {};
    for (const report of result.reports) {
      for (const violation of report.violations) {
        for (const node of violation.nodes) {
          const entry = { file: result.file, format: report.format, rule: violation.id, node: nodeIdentity(node) };
          if (known.has(key(entry))) (baselined[report.format] ??= []).push(baselineKey(violation.id, node));
        }
      }
    }
    const lint = (result.findings ?? []).filter((finding) => known.has(key({ file: result.file, format: 'lint', rule: finding.ruleId, node: lintIdentity(finding) })));
    if (lint.length > 0) baselined.lint = lint.map(lintBaselineKey);
    if (Object.keys(baselined).length > 0) result.baselined = baselined;
  }
}
