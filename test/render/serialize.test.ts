import { toHtml } from 'hast-util-to-html';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseArticle, toAmpHast, toHast } from '../../src/index.js';
import { serializeHtml } from '../../src/render/hast/serialize.js';
import { articleWith, sampleBlocks } from '../helpers/articles.js';
import { articleInput } from '../helpers/arbitraries.js';
import { contentArticles } from '../helpers/content.js';
import { seeded } from '../helpers/property.js';

describe('serializeHtml', () => {
  it('should be byte-identical to hast-util-to-html on every content article, HTML and AMP', async () => {
    for (const { name, article } of await contentArticles()) {
      for (const tree of [toHast(article), toHast(article, { fragment: true, stylesheet: true }), toAmpHast(article)]) {
        expect(serializeHtml(tree), name).toBe(toHtml(tree));
      }
    }
  });

  it('should be byte-identical on every block type', () => {
    for (const block of Object.values(sampleBlocks)) {
      const tree = toHast(articleWith([block]));
      expect(serializeHtml(tree)).toBe(toHtml(tree));
    }
  });

  it('should be byte-identical on generated articles', () => {
    fc.assert(
      fc.property(articleInput, (input) => {
        const article = parseArticle(input);
        for (const tree of [toHast(article), toAmpHast(article)]) expect(serializeHtml(tree)).toBe(toHtml(tree));
      }),
      seeded(200),
    );
  });

  it('should be byte-identical on awkward properties, and hand SVG to hast-util-to-html', () => {
    const tree = toHast(articleWith([sampleBlocks.paragraph]), { fragment: true });
    const article = tree.children[0] as import('hast').Element;
    article.properties = {
      ...article.properties,
      title: 'a"b&c\'d`e<f\0',
      hidden: true,
      download: '',
      dataX: 5,
      srcSet: ['a 1w', 'b 2w'],
      rel: ['x', 'y'],
      checked: false,
      value: Number.NaN,
      '⚡': true,
    } as unknown as import('hast').Properties;
    article.children.push({ type: 'element', tagName: 'svg', properties: { viewBox: '0 0 1 1' }, children: [{ type: 'element', tagName: 'path', properties: { d: 'M0 0' }, children: [] }] });
    expect(serializeHtml(tree)).toBe(toHtml(tree));
  });

  it('should be byte-identical on string values of boolean attributes, and hand comments to hast-util-to-html', () => {
    const tree = toHast(articleWith([sampleBlocks.paragraph]), { fragment: true });
    const article = tree.children[0] as import('hast').Element;
    for (const properties of [
      { hidden: 'hidden', download: 'file.pdf', async: 'async', checked: 'no', open: '' },
      { hidden: 'HIDDEN', download: 'download', title: '' },
    ]) {
      article.properties = { ...article.properties, ...properties };
      expect(serializeHtml(tree)).toBe(toHtml(tree));
    }
    article.children.push({ type: 'comment', value: ' a comment ' });
    expect(serializeHtml(tree)).toBe(toHtml(tree));
    expect(serializeHtml(tree)).toContain('<!-- a comment -->');
  });
});

/** Any hast a user's rehype plugin could produce: mixed-case and void elements with children, raw, comments, doctypes, SVG. */
// Loosely typed on purpose: a doctype inside an element is what such trees can hold.
const anyHast = fc.letrec<{ node: unknown }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.string({ unit: fc.constantFrom('a', '<', '&', '"', "'", '`', '\0', ' ', 'é', '>', '\n'), maxLength: 8 }).map((value) => ({ type: 'text' as const, value })),
    fc.constantFrom('a', '-->', '<!--', '').map((value) => ({ type: 'comment' as const, value })),
    fc.constantFrom('<b>raw</b>', '&amp;', '<').map((value) => ({ type: 'raw' as const, value })),
    fc.constant({ type: 'doctype' as const }),
    fc
      .record({
        tagName: fc.constantFrom('p', 'BR', 'br', 'img', 'Img', 'div', 'DIV', 'span', 'svg', 'path', 'template', 'script', 'style', 'textarea', 'pre', 'a', 'math', 'amp-img', 'hr', 'input', 'x-Y'),
        properties: fc.dictionary(
          fc.constantFrom(
            'className',
            'id',
            'title',
            'hidden',
            'download',
            'dataX',
            'ariaLabel',
            'href',
            'src',
            'alt',
            'style',
            'onClick',
            'viewBox',
            'strokeWidth',
            'xLinkHref',
            'checked',
            'value',
            'Weird Name',
            'rel',
          ),
          fc.oneof(fc.string({ maxLength: 5 }), fc.boolean(), fc.integer(), fc.array(fc.string({ maxLength: 3 }), { maxLength: 3 }), fc.constant(null)),
          { maxKeys: 4 },
        ),
        children: fc.array(tie('node'), { maxLength: 3 }),
      })
      .map((element) => ({ type: 'element' as const, ...element })),
  ),
})).node;

describe('serializeHtml on any hast', () => {
  it('should be byte-identical to hast-util-to-html, falling back to it for what it does not cover', () => {
    fc.assert(
      fc.property(fc.array(anyHast, { maxLength: 4 }), (children) => {
        const tree = { type: 'root', children } as import('hast').Root;
        expect(serializeHtml(tree)).toBe(toHtml(tree));
      }),
      seeded(1_000),
    );
  });
});
