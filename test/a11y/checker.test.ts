import { describe, expect, it } from 'vitest';
import { checkAccessibility, createChecker, hasViolationsAtLeast, textRules } from '../../src/a11y/index.js';
import { wcagCriteria } from '../../src/a11y/report.js';
import { renderAmp } from '../../src/index.js';
import { articleWith, sampleBlocks } from '../helpers/articles.js';

const page = (body: string, lang = ' lang="en"') => `<!doctype html><html${lang}><head><meta charset="utf-8"><title>Test page</title></head><body><main><h1>Heading</h1>${body}</main></body></html>`;
const ids = (report: { violations: Array<{ id: string }> }) => report.violations.map((violation) => violation.id);

describe('checkAccessibility (jsdom)', () => {
  it('should find no violations in a known-good page', async () => {
    const report = await checkAccessibility(page('<p>Hello <a href="/x">world</a>.</p><img src="/a.jpg" alt="A heron">'), { format: 'html' });
    expect(report.violations).toEqual([]);
    expect(report).toMatchObject({ format: 'html', engine: 'jsdom' });
  });

  it.each([
    ['an image without alt', page('<img src="/a.jpg">'), 'image-alt', ['1.1.1']],
    ['a link with no name', page('<a href="/x"></a>'), 'link-name', ['2.4.4', '4.1.2']],
    ['a page without lang', page('<p>x</p>', ''), 'html-has-lang', ['3.1.1']],
    ['a viewport that disables zoom', page('<p>x</p>').replace('<title>', '<meta name="viewport" content="width=device-width, user-scalable=no"><title>'), 'meta-viewport', ['1.4.4']],
    ['a button with no name', page('<button></button>'), 'button-name', ['4.1.2']],
    ['an invalid lang on a part', page('<p lang="xx-nonsense-123">x</p>'), 'valid-lang', ['3.1.2']],
  ])('should report %s', async (_, html, rule, wcag) => {
    const report = await checkAccessibility(html, { format: 'html' });
    const violation = report.violations.find((candidate) => candidate.id === rule);
    expect(violation, JSON.stringify(ids(report))).toBeDefined();
    expect(violation!.wcag).toEqual(expect.arrayContaining(wcag));
    expect(violation!.nodes[0]!.target.length).toBeGreaterThan(0);
    expect(violation!.helpUrl).toMatch(/^https:\/\/dequeuniversity\.com\//);
    expect(report.counts.violations).toBe(report.violations.length);
  });

  it('should report layout rules as not evaluated, even on a page with unreadable colours', async () => {
    const report = await checkAccessibility(page('<p style="color:#777;background:#888">Low contrast</p>'), { format: 'html' });
    expect(report.notEvaluated).toContain('color-contrast');
    expect(ids(report)).not.toContain('color-contrast');
    expect(report.passes).not.toContain('color-contrast');
  });

  it('should report amp-img without alt, which axe cannot see without the AMP runtime', async () => {
    const amp = renderAmp(articleWith([sampleBlocks.image])).replace(/(<amp-img[^>]*?) alt="[^"]*"/, '$1');
    const report = await checkAccessibility(amp, { format: 'amp' });
    const violation = report.violations.find((candidate) => candidate.id === 'amp-img-alt');
    expect(violation).toMatchObject({ source: 'amp', impact: 'critical', wcag: ['1.1.1'] });
  });

  it('should run axe on AMP with the boilerplate’s hiding removed', async () => {
    const amp = renderAmp(articleWith([{ type: 'paragraph', children: [{ type: 'link', url: '/x', children: [{ type: 'text', value: ' x ' }] }] }])).replace(
      '<a href="/x"> x </a>',
      '<a href="/x"></a>',
    );
    expect(ids(await checkAccessibility(amp, { format: 'amp' }))).toContain('link-name');
  });

  it('should take a URL that is a link’s own text as the label of the link’s address, on one line or wrapped', async () => {
    const text = 'An example: http://example.com/a <http://t.co/1>\n\nfair points here\nhttp://example.com/the-elephant …\n<http://t.co/2>\n\nBare: https://example.com/b\n';
    const report = await checkAccessibility(text, { format: 'text', lang: 'en' });
    expect(report.violations.find((violation) => violation.id === 'text-unlabelled-url')?.nodes.map((node) => node.line)).toEqual([7]);
  });

  it('should report a ===== rule and other text problems in plain text', async () => {
    const text = 'Headline\n========\n\nSee https://example.com/x for more.\n\n𝐁𝐨𝐥𝐝 claims\n\n✅ Done\n\nclick here <https://example.com/y>\n';
    const report = await checkAccessibility(text, { format: 'text', lang: 'en' });
    expect(ids(report)).toEqual(expect.arrayContaining(['text-symbol-run', 'text-unlabelled-url', 'text-fake-styling', 'text-emoji-bullet', 'text-click-here']));
    expect(report.violations.find((violation) => violation.id === 'text-symbol-run')!.nodes[0]).toMatchObject({ line: 2, html: '========' });
  });

  it('should report lines over the width, except unbreakable URLs', () => {
    const long = `${'word '.repeat(20)}end`;
    expect(textRules(long, { width: 78 }).map((result) => result.id)).toEqual(['text-line-width']);
    expect(textRules(`Label <https://example.com/${'x'.repeat(100)}>`, { width: 78 })).toEqual([]);
    expect(textRules(long, { width: 0 })).toEqual([]);
  });

  it('should find no violations in known-good text', async () => {
    const report = await checkAccessibility('Headline\n\nA paragraph with a link <https://example.com/x>.\n', { format: 'text', lang: 'en' });
    expect(report.violations).toEqual([]);
  });

  it('should gate on impact', async () => {
    const report = await checkAccessibility(page('<img src="/a.jpg">'), { format: 'html' });
    expect(hasViolationsAtLeast(report, 'critical')).toBe(true);
    const clean = await checkAccessibility(page('<p>x</p>'), { format: 'html' });
    expect(hasViolationsAtLeast(clean, 'minor')).toBe(false);
  });

  it('should map axe tags to WCAG criteria', () => {
    expect(wcagCriteria(['wcag2a', 'wcag111', 'wcag1412', 'best-practice'])).toEqual(['1.1.1', '1.4.12']);
  });

  it('should reuse one checker across documents and keep results independent', async () => {
    const checker = createChecker();
    try {
      const bad = await checker.check(page('<img src="/a.jpg">'), { format: 'html' });
      const good = await checker.check(page('<p>fine</p>'), { format: 'html' });
      expect(ids(bad)).toContain('image-alt');
      expect(good.violations).toEqual([]);
    } finally {
      await checker.close();
    }
  });
});

describe('text rules on real renderer output', () => {
  it('should accept a URL wrapped onto its own indented line, and slashes inside URLs', () => {
    const text = '- Embedded content: A very long title that wraps. See the map\n  <https://maps.example.org////deep//path>\n';
    expect(textRules(text, { width: 78 })).toEqual([]);
  });
});

describe('the reused jsdom window', () => {
  it('should give each document the same report as a fresh checker, whatever came before', async () => {
    const documents = [
      page('<img src="/a.jpg">'),
      page('<p>clean</p>', ' lang="fr"'),
      '<!doctype html><html><head></head><body><h3>no lang, no main</h3></body></html>',
      page('<p aria-hidden="true"><a href="/y">hidden link</a></p>'),
    ];
    const shared = createChecker();
    try {
      for (const html of [...documents, ...documents.reverse()]) {
        const alone = await checkAccessibility(html, { format: 'html' });
        expect(await shared.check(html, { format: 'html' })).toEqual(alone);
      }
    } finally {
      await shared.close();
    }
  });

  it('should decide landmark, heading and aria-hidden rules that plain jsdom misses', async () => {
    const report = await checkAccessibility('<!doctype html><html lang="en"><head><title>t</title></head><body><div><p aria-hidden="true"><a href="/y">x</a></p></div></body></html>', {
      format: 'html',
    });
    expect(ids(report)).toEqual(expect.arrayContaining(['aria-hidden-focus', 'landmark-one-main', 'page-has-heading-one']));
  });
});
