import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createPresswork, validateAmp } from '../../src/index.js';
import { fallbackPieces } from '../../src/render/shared/fallback.js';
import { acme } from '../../examples/acme-extensions/src/index.js';
import { validArticle } from '../helpers/articles.js';

// What readers get for a node no output can show as designed: an unregistered extension type
// kept by `unknown: 'warn'`, and a registered block whose AMP form is 'omit-with-fallback'.
// Nothing may silently disappear, so each fallback is read here whole.

describe('fallbackPieces', () => {
  it('should list the words and whole-string http(s) URLs of a node in field order, nested values included', () => {
    const node = {
      type: 'acme:poll',
      question: '  Raise the budget?  ',
      options: [
        { id: 'yes', label: 'Yes' },
        { id: 'no', label: ['No', { more: 'never' }] },
      ],
      blank: ' ',
      count: 3,
      results: 'HTTP://polls.example.com/budget',
      secure: 'https://polls.example.com/secure',
      prose: 'see https://polls.example.com/later',
      path: '/relative/url',
    };
    expect(fallbackPieces(node)).toEqual([
      { text: 'Raise the budget?' },
      { text: 'yes' },
      { text: 'Yes' },
      { text: 'no' },
      { text: 'No' },
      { text: 'never' },
      { url: 'HTTP://polls.example.com/budget' },
      { url: 'https://polls.example.com/secure' },
      { text: 'see https://polls.example.com/later' },
      { text: '/relative/url' },
    ]);
  });
});

describe('an unregistered inline node (unknown: warn)', () => {
  const lenient = createPresswork({ unknown: 'warn' });
  const ticker = { type: 'acme:ticker', symbol: 'RVTN', quote: 'https://quotes.example.com/RVTN' };
  const article = () => {
    const result = lenient.safeParseArticle({ ...validArticle(), body: [{ type: 'paragraph', children: [{ type: 'text', value: 'Shares of ' }, ticker, { type: 'text', value: ' rose.' }] }] });
    if (!result.success) throw new Error(JSON.stringify(result.issues));
    return result.article;
  };

  it('should render its words and links in a marked span in HTML and AMP, and warn', () => {
    const warnings: string[] = [];
    const html = lenient.renderHtml(article(), { fragment: true, onWarning: (message) => warnings.push(message) });
    const span = '<span class="pw-fallback" data-type="acme:ticker">RVTN <a href="https://quotes.example.com/RVTN">https://quotes.example.com/RVTN</a></span>';
    expect(html).toContain(`<p>Shares of ${span} rose.</p>`);
    expect(warnings).toEqual(['No handler for extension inline node `acme:ticker`: rendered its text as a fallback']);
    const amp = lenient.renderAmp(article());
    expect(amp).toContain(`<p>Shares of ${span} rose.</p>`);
    expect(validateAmp(amp)).toEqual([]);
  });

  it('should keep its words and link in plain text', () => {
    expect(lenient.renderText(article())).toContain('Shares of RVTN <https://quotes.example.com/RVTN> rose.');
  });
});

describe("a registered block whose AMP form is 'omit-with-fallback'", () => {
  const presswork = createPresswork(acme);
  const article = () => presswork.parseMarkdownArticle(readFileSync(resolve(import.meta.dirname, '../fixtures/extend/budget-poll.md'), 'utf8'), { file: 'budget-poll.md' });

  it('should show the words of its HTML, one paragraph a line, its links as a list, and a link to the full article', () => {
    const amp = presswork.renderAmp(article());
    const fallback = /<div class="pw-fallback" data-type="acme:poll">.*?<\/div>/s.exec(amp)?.[0];
    expect(fallback).toBe(
      [
        '<div class="pw-fallback" data-type="acme:poll">',
        '<p>Should the council raise the levee budget by 4 per cent?</p>',
        '<p>Yes, raise it</p>',
        '<p>No, keep it as it is</p>',
        // The form's button and its results link: lines of their own.
        '<p>Vote</p>',
        '<p>See the results</p>',
        '<ul><li><a href="https://polls.example.com/levee-budget">See the results</a></li></ul>',
        '<p><a href="https://news.example.com/local/2026/11/20/levee-budget-poll">Poll: See it in the full article</a></p>',
        '</div>',
      ].join(''),
    );
    expect(validateAmp(amp)).toEqual([]);
  });
});
