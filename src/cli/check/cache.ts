import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import type { CheckSettings, FileResult } from './types.js';

/** Cached results by file, each with the hash of what produced it. */
interface CacheData {
  /** The shape of results: 2 since results carry source locations. */
  version: 2;
  entries: Record<string, { hash: string; result: FileResult }>;
}

/**
 * A content-hash cache of check results. The hash covers the file's bytes,
 * the presswork version and the settings, so any change to one of them
 * re-checks the file.
 */
export class ResultCache {
  private data: CacheData = { version: 2, entries: {} };
  private dirty = false;

  constructor(
    private readonly path: string,
    private readonly salt: string,
  ) {}

  static async open(path: string, version: string, settings: CheckSettings): Promise<ResultCache> {
    const cache = new ResultCache(path, `${version}\u0000${JSON.stringify(settings)}`);
    try {
      // Anything may be in the file: check the shape before trusting it.
      const data = JSON.parse(await readFile(path, 'utf8')) as Partial<CacheData> | null;
      if (data?.version === 2 && typeof data.entries === 'object') cache.data = data as CacheData;
    } catch {
      // A missing or corrupt cache only means starting over.
    }
    return cache;
  }

  async hashOf(file: string): Promise<string | undefined> {
    try {
      return createHash('sha256')
        .update(this.salt)
        .update('\u0000')
        .update(await readFile(file))
        .digest('hex');
    } catch {
      return undefined;
    }
  }

  get(file: string, hash: string | undefined): FileResult | undefined {
    const entry = this.data.entries[file];
    return hash !== undefined && entry?.hash === hash ? structuredClone(entry.result) : undefined;
  }

  set(file: string, hash: string | undefined, result: FileResult): void {
    if (hash === undefined) return;
    const { baselined: _baselined, ...clean } = result;
    this.data.entries[file] = { hash, result: clean };
    this.dirty = true;
  }

  async save(): Promise<void> {
    if (this.dirty) await writeFile(this.path, JSON.stringify(this.data));
  }
}
