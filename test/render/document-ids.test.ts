import { describe, expect, it } from 'vitest';
import { parseArticle, renderAmp, renderHtml, renderText } from '../../src/index.js';
import { createIdFactory, isReservedId } from '../../src/render/shared/ids.js';
import { articleWith, validArticle } from '../helpers/articles.js';

// Document options, heading ids and the plain-text forms of quotes and scripts: small rules each
// output depends on, read case by case.

describe('the HTML document head', () => {
  const article = () => parseArticle(validArticle());

  it('should inline the default stylesheet, link a given one, or leave styles to the site', () => {
    expect(renderHtml(article(), { stylesheet: true })).toMatch(/<style>[^<]*\.pw-article[^<]*<\/style>/);
    const linked = renderHtml(article(), { stylesheet: '/assets/news.css' });
    expect(linked).toContain('<link rel="stylesheet" href="/assets/news.css">');
    expect(linked).not.toContain('<style>');
    const bare = renderHtml(article());
    expect(bare).not.toMatch(/<style>|rel="stylesheet"/);
  });

  it('should carry the JSON-LD unless asked not to', () => {
    expect(renderHtml(article())).toContain('<script type="application/ld+json">');
    expect(renderHtml(article(), { jsonLd: false })).not.toContain('application/ld+json');
  });

  it('should resolve site-relative URLs against site.baseUrl, and leave protocol-relative and absolute ones alone', () => {
    const linked = articleWith([
      {
        type: 'paragraph',
        children: [
          { type: 'link', url: '/local/story', children: [{ type: 'text', value: 'local' }] },
          { type: 'text', value: ' ' },
          { type: 'link', url: 'https://other.example.org/x', children: [{ type: 'text', value: 'other' }] },
        ],
      },
    ]);
    const html = renderHtml(linked, { fragment: true, site: { baseUrl: 'https://www.example.com/news/' } });
    expect(html).toContain('<a href="https://www.example.com/local/story">local</a>');
    expect(html).toContain('<a href="https://other.example.org/x">other</a>');
    expect(renderHtml(linked, { fragment: true })).toContain('<a href="/local/story">local</a>');
  });
});

describe('heading ids', () => {
  it('should slug any script, number repeats, and name an empty slug', () => {
    const id = createIdFactory();
    expect(['Making the plan', 'Making the plan!', 'Making the plan', '— ? —', '', 'مياه الشرب', 'Ünïcode  Straße'].map(id)).toEqual([
      'making-the-plan',
      'making-the-plan-2',
      'making-the-plan-3',
      'section',
      'section-2',
      'مياه-الشرب',
      'ünïcode-straße',
    ]);
  });

  it('should prefix ids that start with a digit or that AMP or the DOM reserve', () => {
    const id = createIdFactory('x-');
    expect(['2026 in review', 'i-amp-sidebar', '__amp_source', '-amp-test', 'amp-ok', 'constructor', 'Top'].map(id)).toEqual([
      'x-2026-in-review',
      'x-i-amp-sidebar',
      // A slug never starts with `_` or `-`: these two are safe once slugged.
      'amp-source',
      'amp-test',
      'amp-ok',
      'x-constructor',
      'x-top',
    ]);
    expect(['__amp_x', 'I-AMP-x', '-amp-x', 'my-i-amp', 'x__amp'].map(isReservedId)).toEqual([true, true, true, false, false]);
  });

  it('should give a heading the same id in HTML and AMP', () => {
    const article = articleWith([{ type: 'heading', level: 2, children: [{ type: 'text', value: 'What comes next' }] }]);
    for (const output of [renderHtml(article, { fragment: true }), renderAmp(article)]) expect(output).toContain('<h2 id="what-comes-next">What comes next</h2>');
  });
});

describe('plain text quotes and scripts', () => {
  const quoted = (language: string) =>
    renderText(
      parseArticle({
        ...validArticle(),
        language,
        body: [
          {
            type: 'paragraph',
            children: [
              { type: 'text', value: 'He said ' },
              { type: 'quote', children: [{ type: 'text', value: 'yes' }] },
            ],
          },
        ],
      }),
    );

  it('should quote inline quotations with the marks of the article’s language', () => {
    expect(quoted('en-GB')).toContain('He said “yes”');
    expect(quoted('fr-CA')).toContain('He said « yes »');
    expect(quoted('DE')).toContain('He said „yes“');
    expect(quoted('ja')).toContain('He said 「yes」');
  });
});
