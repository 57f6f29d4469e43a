import { describe, expect, it } from 'vitest';
import { baseStylesheet, renderAmp, validateAmp } from '../../src/index.js';
import { articleWith, sampleBlocks } from '../helpers/articles.js';
import { contentArticles } from '../helpers/content.js';

const extensionScripts = (html: string) => [...html.matchAll(/custom-element="([\w-]+)"/g)].map((match) => match[1]).sort();

describe('renderAmp', () => {
  it('should render every article in content/ with zero conformance problems', async () => {
    for (const { name, article } of await contentArticles()) expect(validateAmp(renderAmp(article)), name).toEqual([]);
  });

  it.each([
    ['image', ['image'], []],
    ['video', ['video'], ['amp-video']],
    ['youtube', ['youtube'], ['amp-youtube']],
    ['audio', ['audio'], ['amp-audio']],
    ['embed', ['embed'], ['amp-iframe']],
    ['gallery', ['gallery'], []],
  ])('should render the %s block as reviewed, with exactly the extension scripts it needs', (name, blocks, scripts) => {
    const html = renderAmp(articleWith(blocks.map((block) => sampleBlocks[block])), { jsonLd: false });
    expect(validateAmp(html)).toEqual([]);
    expect(extensionScripts(html)).toEqual(scripts);
    expect(/<body>(.*)<\/body>/s.exec(html)![1]).toMatchSnapshot();
  });

  it('should load each extension script once however many components use it', () => {
    const html = renderAmp(articleWith([sampleBlocks.video, sampleBlocks.video, sampleBlocks.embed]));
    expect(extensionScripts(html)).toEqual(['amp-iframe', 'amp-video']);
  });

  it('should never pass raw HTML into AMP, only its text', () => {
    const html = renderAmp(articleWith([sampleBlocks.html, { ...(sampleBlocks.embed as object), html: '<div onclick="x()">Post</div><script>alert(1)</script>' }]));
    expect(validateAmp(html)).toEqual([]);
    expect(html).toContain('<div class="pw-html"><p>Widget status warnings</p></div>');
    expect(html).not.toMatch(/onclick|alert\(1\)|<div>Post/);
    expect(html).toContain('<a href="https://maps.example.org/x">Open the map</a>');
  });

  it('should sanitise ids made from content against AMP’s reserved names', () => {
    const headings = ['AMP', '__amp_source_origin', 'innerHTML', 'textContent', 'className'].map((value) => ({ type: 'heading', level: 2, children: [{ type: 'text', value }] }));
    const html = renderAmp(articleWith(headings));
    expect(validateAmp(html)).toEqual([]);
    expect([...html.matchAll(/<h2 id="([^"]+)"/g)].map((match) => match[1])).toEqual(['pw-amp', 'amp-source-origin', 'pw-innerhtml', 'pw-textcontent', 'pw-classname']);
  });

  it('should point the canonical link at the article and add dir for right-to-left languages', () => {
    const html = renderAmp(articleWith([sampleBlocks.paragraph], { language: 'ar' }));
    expect(html).toContain('<html ⚡ lang="ar" dir="rtl">');
    expect(html).toContain('<link rel="canonical" href="https://news.example.com/test-article">');
  });

  it('should keep its custom CSS AMP-safe and under 75,000 bytes', () => {
    const bytes = new TextEncoder().encode(baseStylesheet).length;
    expect(bytes).toBeLessThan(75_000);
    expect(baseStylesheet).not.toMatch(/!important|@import/);
  });

  it('should include JSON-LD with `<` escaped', () => {
    const html = renderAmp(articleWith([sampleBlocks.paragraph], { headline: 'A </script> headline' }));
    expect(validateAmp(html)).toEqual([]);
    expect(html).toContain('"headline":"A \\u003c/script\\u003e headline"');
  });
});
