import { describe, expect, it, vi } from 'vitest';
import { toHtml } from 'hast-util-to-html';
import { buildAmpTree } from '../../src/render/amp/render-amp.js';
import { serializeHtml } from '../../src/render/hast/serialize.js';
import { buildHtmlTree } from '../../src/render/html/to-hast.js';
import { articleWith, sampleBlocks } from '../helpers/articles.js';
import { contentArticles } from '../helpers/content.js';

// serializeHtml is hast-util-to-html's output at a fraction of its cost (docs/performance.md) only
// if presswork's own trees take its fast path: the tests in serialize.test.ts hold the bytes equal,
// which the library would also give; this one holds that the library is not what wrote them.
vi.mock('hast-util-to-html', async (importOriginal) => {
  const library = await importOriginal<typeof import('hast-util-to-html')>();
  return { ...library, toHtml: vi.fn(library.toHtml) };
});

const articles = await contentArticles();

describe('serializeHtml’s fast path', () => {
  it('should write every content article and every block type itself, in HTML, fragment and AMP', () => {
    const trees = [...articles.map(({ article }) => article), articleWith(Object.values(sampleBlocks))].flatMap((article) => [
      buildHtmlTree(article, { fragment: false, stylesheet: true }),
      buildHtmlTree(article, { fragment: true, stylesheet: false }),
      buildAmpTree(article, {}),
    ]);
    // The library itself, not the spy: calling it here must not count.
    const library = vi.mocked(toHtml).getMockImplementation()!;
    vi.mocked(toHtml).mockClear();
    for (const tree of trees) expect(serializeHtml(tree)).toBe(library(tree));
    expect(vi.mocked(toHtml)).not.toHaveBeenCalled();
  });

  it('should hand what it does not cover to hast-util-to-html', () => {
    const element = (tagName: string, properties = {}, children: never[] = []) => ({ type: 'element' as const, tagName, properties, children });
    const uncovered = [
      element('svg'),
      element('math'),
      element('template'),
      element('P'),
      { type: 'element' as const, tagName: 'br', properties: {}, children: [{ type: 'text' as const, value: 'x' }] },
      { type: 'comment' as const, value: 'c' },
      { type: 'raw' as const, value: '<b>' },
    ];
    for (const tree of uncovered) {
      vi.mocked(toHtml).mockClear();
      serializeHtml(tree);
      expect(vi.mocked(toHtml), JSON.stringify(tree)).toHaveBeenCalledTimes(1);
    }
  });
});
