import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { z } from 'zod';
import type { ReviewItem } from './items.js';

/** A person's judgement of one review item. */
export interface SignOff {
  /** The item's id when it was signed off (for people reading the ledger). */
  item: string;
  check: string;
  /** The item's content hash when it was signed off: the sign-off holds while the item's hash is the same. */
  hash: string;
  outcome: 'passed' | 'failed';
  /** Who reviewed it. */
  by: string;
  /** When, as an ISO 8601 date-time. */
  at: string;
  note?: string;
}

/** Sign-offs by article `id` (articles) and by page path relative to the ledger file (built pages). */
export interface Ledger {
  version: 1;
  articles: Record<string, SignOff[]>;
  pages: Record<string, SignOff[]>;
}

/** Where a reviewed item stands: no sign-off, signed off for content that has since changed, or judged. */
export type ReviewStatus = 'open' | 'reopened' | 'passed' | 'failed';

/** A review item with what the ledger says of it. */
export interface ReviewedItem extends ReviewItem {
  status: ReviewStatus;
  /** The sign-off that decides `passed` or `failed`. */
  signOff?: SignOff;
  /** `reopened`: the sign-off for the earlier content. */
  previous?: SignOff;
}

/** A ledger file that cannot be read as one. */
export class LedgerError extends Error {
  override name = 'LedgerError';
}

const signOffSchema = z.strictObject({
  item: z.string().min(1),
  check: z.string().min(1),
  hash: z.string().regex(/^sha256:[0-9a-f]+$/),
  outcome: z.enum(['passed', 'failed']),
  by: z.string().trim().min(1),
  at: z.iso.datetime({ offset: true }),
  note: z.string().optional(),
});
const ledgerSchema = z.strictObject({
  version: z.literal(1),
  articles: z.record(z.string(), z.array(signOffSchema)),
  pages: z.record(z.string(), z.array(signOffSchema)),
});

/** A ledger with no sign-offs. */
export const emptyLedger = (): Ledger => ({ version: 1, articles: {}, pages: {} });

/** Read a ledger file; a file that does not exist is an empty ledger. */
export async function readLedger(path: string): Promise<Ledger> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return emptyLedger();
    throw new LedgerError(`Cannot read the review ledger ${path}: ${(error as Error).message}`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new LedgerError(`The review ledger ${path} is not JSON: ${(error as Error).message}`);
  }
  const parsed = ledgerSchema.safeParse(data);
  if (!parsed.success) {
    const [issue] = parsed.error.issues;
    throw new LedgerError(`The review ledger ${path} is not valid at ${issue!.path.join('.') || '(root)'}: ${issue!.message}`);
  }
  return parsed.data;
}

/** Write a ledger (keys sorted, so its diff in a pull request shows only what changed), replacing the file in one step. */
export async function writeLedger(path: string, ledger: Ledger): Promise<void> {
  const sorted = (record: Record<string, SignOff[]>) =>
    Object.fromEntries(
      Object.keys(record)
        .sort()
        .filter((key) => record[key]!.length > 0)
        .map((key) => [key, record[key]]),
    );
  await mkdir(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}.tmp`;
  await writeFile(temporary, `${JSON.stringify({ version: 1, articles: sorted(ledger.articles), pages: sorted(ledger.pages) }, null, 2)}\n`);
  await rename(temporary, path);
}

/** What the sign-offs say of each item: the latest sign-off with the item's check and hash decides it. */
export function applySignOffs(items: readonly ReviewItem[], signOffs: readonly SignOff[] = []): ReviewedItem[] {
  return items.map((reviewed) => {
    // Judged afresh: a status an item carries from an earlier ledger (a cached result) is dropped.
    const { status: _status, signOff: _signOff, previous: _previous, ...item } = reviewed as ReviewedItem;
    const current = signOffs.findLast((entry) => entry.check === item.check && entry.hash === item.hash);
    if (current) return { ...item, status: current.outcome, signOff: current };
    const previous = signOffs.findLast((entry) => entry.item === item.id);
    return previous ? { ...item, status: 'reopened', previous } : { ...item, status: 'open' };
  });
}

/**
 * Record a judgement of `items` in a subject's sign-offs: it replaces any
 * earlier sign-off of the same item (for the same or for older content).
 */
export function recordSignOffs(signOffs: readonly SignOff[], items: readonly ReviewItem[], judgement: Pick<SignOff, 'outcome' | 'by' | 'at' | 'note'>): SignOff[] {
  const replaced = new Set(items.map((item) => item.id));
  const hashes = new Set(items.map((item) => `${item.check}\0${item.hash}`));
  const kept = signOffs.filter((entry) => !replaced.has(entry.item) && !hashes.has(`${entry.check}\0${entry.hash}`));
  return [
    ...kept,
    ...items.map((item) => ({
      item: item.id,
      check: item.check,
      hash: item.hash,
      outcome: judgement.outcome,
      by: judgement.by,
      at: judgement.at,
      ...(judgement.note !== undefined && { note: judgement.note }),
    })),
  ];
}

/** Sign-offs that match none of the items (content removed or changed): what `--prune` drops. */
export function staleSignOffs(signOffs: readonly SignOff[], items: readonly ReviewItem[]): SignOff[] {
  const current = new Set(items.map((item) => `${item.check}\0${item.hash}`));
  return signOffs.filter((entry) => !current.has(`${entry.check}\0${entry.hash}`));
}
