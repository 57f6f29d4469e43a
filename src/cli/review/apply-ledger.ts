import { dirname, relative, resolve, sep } from 'node:path';
import { applySignOffs, LedgerError, readLedger, type Ledger, type ReviewStatus, type SignOff } from '../../a11y/review/ledger.js';
import { UsageError } from '../usage-error.js';
import type { FileResult, RunSummary } from '../check/types.js';

export { defaultLedger } from '../check/run-output.js';

/** Where a file's sign-offs are in the ledger: an article by its `id`, a page by its path from the ledger's folder. */
export function ledgerEntry(ledger: Ledger, result: FileResult, place: { cwd: string; ledger: string }): { record: Record<string, SignOff[]>; key: string } {
  if (result.kind === 'article' && result.subject) return { record: ledger.articles, key: result.subject.id };
  return { record: ledger.pages, key: relative(dirname(place.ledger), resolve(place.cwd, result.file)).split(sep).join('/') };
}

/** Judge a file's review items by the ledger (in place). */
export function judgeResult(result: FileResult, ledger: Ledger, place: { cwd: string; ledger: string }): void {
  if (!result.review) return;
  const { record, key } = ledgerEntry(ledger, result, place);
  result.review = applySignOffs(result.review, record[key]);
}

/** The files' review items by status, and the ledger as the user names it. */
export function countReview(results: readonly FileResult[], place: { cwd: string; ledger: string }): NonNullable<RunSummary['review']> {
  const counts: Record<ReviewStatus, number> = { open: 0, reopened: 0, failed: 0, passed: 0 };
  for (const result of results) for (const item of result.review ?? []) counts[item.status]++;
  return { ...counts, ledger: relative(place.cwd, place.ledger) || place.ledger };
}

/** Judge every reviewed file's items by the ledger (in place) and count them by status. */
export function applyLedger(results: readonly FileResult[], ledger: Ledger, place: { cwd: string; ledger: string }): NonNullable<RunSummary['review']> {
  for (const result of results) judgeResult(result, ledger, place);
  return countReview(results, place);
}

/** The ledger at `path`; a broken one is a usage error. */
export async function readLedgerOrUsage(path: string): Promise<Ledger> {
  try {
    return await readLedger(path);
  } catch (error) {
    if (error instanceof LedgerError) throw new UsageError(error.message);
    throw error;
  }
}
