import type { Element, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import fc from 'fast-check';
import stringWidth from 'string-width';
import { afterAll, describe, expect, it } from 'vitest';
import { createChecker, checkArticle } from '../../src/a11y/index.js';
import { isSafeUrl, parseArticle, safeParseArticle, renderAmp, renderHtml, renderText, toAmpHast, toHast, validateAmp, type Article } from '../../src/index.js';
import { walk } from '../helpers/content.js';
import { articleInput, rawHtml } from '../helpers/arbitraries.js';
import { validArticle } from '../helpers/articles.js';
import { elementsOf } from '../helpers/html.js';
import { seeded } from '../helpers/property.js';

const article = articleInput.map((input) => parseArticle(input));
const runs = seeded(150);

/** Elements in document order, as `tag[attr,attr]`. */
function shape(root: Root | Element): string[] {
  const out: string[] = [];
  const visit = (nodes: RootContent[]) => {
    for (const node of nodes) {
      if (node.type !== 'element') continue;
      out.push(`${node.tagName}[${Object.keys(node.properties).sort().join(',')}]`);
      visit(node.children);
    }
  };
  visit(root.children);
  return out;
}

/** Elements the HTML renderer may emit; anything else came from content (it must not). */
const allowedElements = new Set(
  'html head body main meta title link style script article header footer section aside div p span a em strong code pre br q abbr sub sup time h1 h2 h3 h4 ul ol li figure figcaption img video source track audio iframe blockquote table caption thead tbody tr th td hr details summary small b i u s del ins mark kbd samp var cite dfn dl dt dd noscript amp-img amp-video amp-youtube amp-audio amp-iframe'.split(
    ' ',
  ),
);

function assertSafe(html: string): void {
  for (const element of elementsOf(html)) {
    expect(allowedElements.has(element.tagName), element.tagName).toBe(true);
    if (element.tagName === 'script') expect(element.properties.type === 'application/ld+json' || String(element.properties.src).startsWith('https://cdn.ampproject.org/')).toBe(true);
    for (const [key, value] of Object.entries(element.properties)) {
      expect(key.toLowerCase().startsWith('on'), key).toBe(false);
      if (key === 'href' || key === 'src') expect(isSafeUrl(String(value), new Set(['http:', 'https:', 'mailto:', 'tel:'])), `${key}=${String(value)}`).toBe(true);
    }
  }
}

/** The words of every text node in paragraphs (a link's URL may follow any node, so nodes are compared one by one). */
function paragraphWords(value: Article): string[] {
  const words: string[] = [];
  walk(value, (node) => {
    if (node.type !== 'paragraph') return;
    interface Node {
      type: string;
      value?: string;
      children?: Node[];
    }
    const collect = (nodes: Node[]) => {
      for (const child of nodes) {
        if (child.type === 'text' || child.type === 'code') words.push(...child.value!.normalize('NFKC').split(/\s+/).filter(Boolean));
        if (child.children) collect(child.children);
      }
    };
    collect((node as unknown as { children: never }).children);
  });
  return words;
}

describe('any valid article', () => {
  it('should render deterministically in all three formats', () => {
    fc.assert(
      fc.property(article, (value) => {
        expect(renderHtml(value)).toBe(renderHtml(value));
        expect(renderAmp(value)).toBe(renderAmp(value));
        expect(renderText(value)).toBe(renderText(value));
      }),
      runs,
    );
  });

  it('should produce HTML and AMP that parse back to the tree it built (no invalid nesting)', () => {
    fc.assert(
      fc.property(article, (value) => {
        // What a browser's parser builds from our markup is the tree we built: a figure in a <p> or a
        // block in a <span> would be moved by the parser and the shapes would differ.
        const cases: Array<[string, Root, boolean]> = [
          [renderHtml(value, { fragment: true }), toHast(value, { fragment: true }), true],
          [renderHtml(value), toHast(value), false],
          [renderAmp(value), toAmpHast(value), false],
        ];
        for (const [html, built, fragment] of cases) expect(shape(fromHtml(html, { fragment }))).toEqual(shape(built));
      }),
      runs,
    );
  });

  it('should never emit an element, script, event handler or URL the content did not ask for', () => {
    fc.assert(
      fc.property(article, (value) => {
        assertSafe(renderHtml(value));
        assertSafe(renderAmp(value));
      }),
      runs,
    );
  });

  it('should keep every paragraph’s words in plain text', () => {
    fc.assert(
      fc.property(article, fc.constantFrom(0, 40, 78), (value, width) => {
        const text = renderText(value, { width }).normalize('NFKC').replace(/\s+/g, ' ');
        for (const word of paragraphWords(value)) expect(text).toContain(word);
      }),
      runs,
    );
  });

  it('should wrap plain text within the width, except a single word too long for any line', () => {
    fc.assert(
      fc.property(article, fc.constantFrom(20, 40, 78), (value, width) => {
        // Code blocks are written verbatim, never wrapped.
        const code: string[] = [];
        walk(value, (node) => {
          if (node.type === 'code')
            code.push(
              ...String(node.value)
                .normalize('NFC')
                .split('\n')
                .map((line) => line.trimEnd())
                .filter(Boolean),
            );
        });
        for (const line of renderText(value, { width }).split('\n')) {
          if (code.some((codeLine) => line.endsWith(codeLine))) continue;
          // Indented lines keep at least 20 columns for their text, so deep nesting may pass the width.
          const prefix = /^(?:\s*(?:[-•>]|\d+\.|\[\d+\])\s)*\s*/.exec(line)![0];
          const words = line.slice(prefix.length).split(' ');
          if (words.length > 1) expect(stringWidth(line), JSON.stringify(line)).toBeLessThanOrEqual(Math.max(width, stringWidth(prefix) + 20));
        }
      }),
      runs,
    );
  });

  it('should always pass the AMP conformance module', () => {
    fc.assert(
      fc.property(article, (value) => {
        expect(validateAmp(renderAmp(value))).toEqual([]);
      }),
      runs,
    );
  });

  describe('a smaller sample', () => {
    const checker = createChecker();
    afterAll(() => checker.close());
    it('should pass axe with zero violations in every format', async () => {
      await fc.assert(
        fc.asyncProperty(article, async (value) => {
          for (const report of await checkArticle(value, { checker })) {
            expect(report.violations.map((violation) => `${report.format} ${violation.id}: ${violation.nodes[0]?.html}`)).toEqual([]);
          }
        }),
        // Each run renders and checks three documents; stop at the first failure rather than shrink for minutes.
        seeded(12, { endOnFailure: true }),
      );
    }, 300_000);
  });
});

describe('raw HTML blocks', () => {
  const checker = createChecker();
  afterAll(() => checker.close());
  it('should be rejected by validation, or render with zero axe violations in every format', async () => {
    await fc.assert(
      fc.asyncProperty(rawHtml, async (value) => {
        const result = safeParseArticle({
          ...validArticle(),
          body: [
            { type: 'heading', level: 2, children: [{ type: 'text', value: 'Section' }] },
            { type: 'html', value },
          ],
        });
        if (!result.success) {
          expect(
            result.issues.every((issue) => issue.path === 'body[1].value'),
            JSON.stringify(result.issues),
          ).toBe(true);
          return;
        }
        for (const report of await checkArticle(result.article, { checker })) {
          expect(
            report.violations.map((violation) => `${report.format} ${violation.id}: ${violation.nodes[0]?.html}`),
            value,
          ).toEqual([]);
        }
      }),
      seeded(30, { endOnFailure: true }),
    );
  }, 300_000);
});
