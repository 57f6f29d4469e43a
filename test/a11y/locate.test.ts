import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { describe, expect, it } from 'vitest';
import { pageLocator, renderLocated } from '../../src/a11y/locate.js';
import { articleWith, sampleBlocks } from '../helpers/articles.js';

const blocks = Object.values(sampleBlocks);
const article = articleWith(blocks, {
  dek: [{ type: 'text', value: 'A short dek.' }],
  tags: ['rivers'],
  lead: { type: 'image', src: 'https://media.example.com/lead.jpg', alt: 'The river at dawn', width: 1200, height: 800 },
});

/** A selector that names one element by its place, as axe's do: `html > body > … > p:nth-child(2)`. */
function selectorOf(tree: Root, target: Element): string {
  const parents = new Map<Element, Element>();
  for (const element of selectAll('*', tree)) for (const child of element.children) if (child.type === 'element') parents.set(child, element);
  const parts: string[] = [];
  for (let current: Element | undefined = target; current; current = parents.get(current)) {
    const parent = parents.get(current);
    const index = parent ? parent.children.filter((child) => child.type === 'element').indexOf(current) + 1 : 1;
    parts.unshift(parent ? `${current.tagName}:nth-child(${index})` : current.tagName);
  }
  return parts.join(' > ');
}

describe('tracing a flagged element back to the article', () => {
  for (const format of ['html', 'amp'] as const) {
    it(`should name the body block of every element inside it in ${format}`, () => {
      const { output, locate } = renderLocated(article, format, { width: 78 });
      const tree = fromHtml(output);
      const body = selectAll('.pw-body', tree)[0]!;
      const tops = body.children.filter((child): child is Element => child.type === 'element');
      // Every block renders one top-level element (the pull quote's aside, the table's figure…).
      expect(tops).toHaveLength(blocks.length);
      tops.forEach((top, index) => {
        for (const element of [top, ...selectAll('*', top)]) {
          // The innermost part noted: the block itself, or a part of it (an inline link, a gallery's image).
          expect(locate({ target: [selectorOf(tree, element)], html: '' })?.slice(0, 2), `${format} ${element.tagName} in body[${index}]`).toEqual(['body', index]);
        }
      });
    });

    it(`should name the header fields, the lead and the page's language in ${format}`, () => {
      const { output, locate } = renderLocated(article, format, { width: 78 });
      const tree = fromHtml(output);
      const at = (selector: string) => locate({ target: [selectorOf(tree, selectAll(selector, tree)[0]!)], html: '' });
      expect(at('h1')).toEqual(['headline']);
      expect(at('.pw-dek')).toEqual(['dek']);
      expect(at('.pw-byline')).toEqual(['bylines']);
      expect(at('.pw-lead > *')).toEqual(['lead']);
      expect(at('.pw-tags li')).toEqual(['tags', 0]);
      expect(at('title')).toEqual(['headline']);
      expect(at('html')).toEqual(['language']);
    });
  }

  it('should name the block of every line of the plain text body', () => {
    const { output, locate } = renderLocated(article, 'text', { width: 60 });
    const lines = output.split('\n');
    expect(locate({ target: ['pre'], html: '', line: 1 })).toEqual(['headline']);
    const first = lines.findIndex((line) => line.startsWith('Plain, stressed')) + 1;
    expect(locate({ target: ['pre'], html: '', line: first })).toEqual(['body', 0]);
    const code = lines.findIndex((line) => line.includes('town: riverton')) + 1;
    expect(locate({ target: ['pre'], html: '', line: code })).toEqual(['body', blocks.indexOf(sampleBlocks.code)]);
    expect(locate({ target: ['html'], html: '' })).toEqual(['language']);
  });

  it('should place an element of a built page at its opening tag, and nothing when the selector finds nothing', () => {
    const place = pageLocator('<!doctype html>\n<html lang="en">\n<body>\n  <main><img\n    src="a.jpg"></main>\n</body></html>');
    expect(place({ target: ['img'], html: '<img src="a.jpg">' })).toEqual({ line: 4, column: 9, endLine: 5, endColumn: 17 });
    expect(place({ target: ['video'], html: '' })).toBeUndefined();
    expect(place({ target: ['::bad('], html: '' })).toBeUndefined();
  });
});
