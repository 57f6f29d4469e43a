import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ArticleValidationError, parseJsonArticle, parseMarkdownArticle, safeParseJsonArticle, safeParseMarkdownArticle } from '../../src/index.js';
import { loadArticle } from '../../src/node.js';
import { hostileJson, hostileMarkdown } from '../helpers/hostile.js';
import { seeded } from '../helpers/property.js';

/**
 * Time a loader may take: five seconds plus a millisecond per 100 characters. Generous, so a busy
 * machine never fails it; what it catches is a hang or blow-up (an alias bomb expands 9⁹ times).
 */
const timeBound = (source: string) => 5_000 + source.length / 100;
/** Heap a loader may grow by while reading one input. */
const heapBound = (source: string) => 256 * 2 ** 20 + source.length * 50;

/** Run `load`; it must return, or throw ArticleValidationError with issues, within the bounds. */
function expectContained(source: string, load: () => unknown): void {
  const heapBefore = process.memoryUsage().heapUsed;
  const started = performance.now();
  try {
    load();
  } catch (error) {
    expect(error, String(error)).toBeInstanceOf(ArticleValidationError);
    expect((error as ArticleValidationError).issues.length).toBeGreaterThan(0);
  }
  expect(performance.now() - started, `took too long on ${source.length} characters`).toBeLessThan(timeBound(source));
  expect(process.memoryUsage().heapUsed - heapBefore).toBeLessThan(heapBound(source));
}

describe('loaders given hostile files', () => {
  it('should return an article or validation issues for hostile Markdown, never another exception', () => {
    fc.assert(
      fc.property(hostileMarkdown, (source) => {
        const result = safeParseMarkdownArticle(source, { file: 'hostile.md' });
        expect(typeof result.ok).toBe('boolean');
        if (!result.ok) for (const issue of result.issues) expect(issue.message, JSON.stringify(issue)).not.toMatch(/\n\s+at /);
        expectContained(source, () => parseMarkdownArticle(source, { file: 'hostile.md' }));
      }),
      seeded(100),
    );
  }, 300_000);

  it('should return an article or validation issues for hostile JSON, never another exception', () => {
    fc.assert(
      fc.property(hostileJson, (source) => {
        expect(typeof safeParseJsonArticle(source).ok).toBe('boolean');
        expectContained(source, () => parseJsonArticle(source));
      }),
      seeded(100),
    );
  }, 300_000);

  describe('from files', () => {
    let dir: string;
    beforeAll(async () => {
      dir = await mkdtemp(join(tmpdir(), 'presswork-hostile-'));
    });
    afterAll(() => rm(dir, { recursive: true, force: true }));

    it('should load hostile bytes (invalid UTF-8 included) as an article or validation issues', async () => {
      const bytes = fc.oneof(
        hostileMarkdown.map((text) => ({ name: 'a.md', data: Buffer.from(text) })),
        hostileJson.map((text) => ({ name: 'a.json', data: Buffer.from(text) })),
        fc.uint8Array({ maxLength: 2_000 }).map((data) => ({ name: 'b.md', data: Buffer.from(data) })),
      );
      await fc.assert(
        fc.asyncProperty(bytes, async ({ name, data }) => {
          const path = join(dir, name);
          await writeFile(path, data);
          await loadArticle(path).catch((error: unknown) => {
            expect(error, String(error)).toBeInstanceOf(ArticleValidationError);
          });
        }),
        seeded(60),
      );
    }, 300_000);
  });
});
