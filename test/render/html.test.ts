import { visit } from 'unist-util-visit';
import type { Element, Root } from 'hast';
import { toText } from 'hast-util-to-text';
import { describe, expect, it } from 'vitest';
import { renderAmp, renderHtml, renderText, toHast, type BlockHandler } from '../../src/index.js';
import { articleWith, sampleBlocks } from '../helpers/articles.js';
import { elementsOf } from '../helpers/html.js';
import { contentArticles } from '../helpers/content.js';

describe('renderHtml', () => {
  describe.each(Object.entries(sampleBlocks))('the %s block', (name, block) => {
    it('should render as reviewed', () => {
      expect(renderHtml(articleWith([block]), { fragment: true, jsonLd: false })).toMatchSnapshot();
    });
  });

  it('should render a full document with language, title, viewport, canonical and amphtml links', () => {
    const html = renderHtml(articleWith([sampleBlocks.paragraph], { language: 'ar', ampUrl: 'https://news.example.com/amp/x' }), { site: { name: 'Riverton Herald' } });
    expect(html.startsWith('<!doctype html><html lang="ar" dir="rtl">')).toBe(true);
    expect(html).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
    expect(html).not.toMatch(/user-scalable|maximum-scale/);
    expect(html).toContain('<title>A test headline – Riverton Herald</title>');
    expect(html).toContain('<link rel="canonical" href="https://news.example.com/test-article">');
    expect(html).toContain('<link rel="amphtml" href="https://news.example.com/amp/x">');
    expect(html).toMatch(/<main id="main"><article class="pw-article">/);
  });

  it('should return just the article, carrying its own lang and dir, as a fragment', () => {
    const html = renderHtml(articleWith([sampleBlocks.paragraph], { language: 'he' }), { fragment: true });
    expect(html).toMatch(/^<article class="pw-article" lang="he" dir="rtl">[\s\S]*<\/article>$/);
  });

  it('should have exactly one h1, the headline, and body headings with unique ids', () => {
    const article = articleWith([sampleBlocks.heading, sampleBlocks.heading, { type: 'heading', level: 2, children: [{ type: 'text', value: 'innerHTML' }] }]);
    const all = elementsOf(renderHtml(article));
    expect(all.filter((element) => element.tagName === 'h1').map((element) => toText(element))).toEqual([article.headline]);
    const ids = all.filter((element) => element.tagName === 'h2').map((element) => element.properties.id);
    expect(ids).toEqual(['what-happened-next', 'what-happened-next-2', 'pw-innerhtml']);
  });

  it('should always give images their size, load the lead eagerly and the rest lazily', () => {
    const article = articleWith([sampleBlocks.image], { lead: sampleBlocks.image });
    const images = elementsOf(renderHtml(article)).filter((element) => element.tagName === 'img');
    expect(images).toHaveLength(2);
    for (const image of images) expect(image.properties).toMatchObject({ width: 1200, height: 800, decoding: 'async' });
    expect(images[0]!.properties.loading).toBeUndefined();
    expect(images[1]!.properties.loading).toBe('lazy');
    expect(images[1]!.properties.srcSet).toBe('https://media.example.com/heron-600.jpg 600w');
  });

  it('should give header cells scope, hide pull quotes from assistive technology, and mark language changes', () => {
    const article = articleWith([
      sampleBlocks.table,
      sampleBlocks.pullquote,
      {
        type: 'paragraph',
        children: [
          { type: 'span', lang: 'fr', children: [{ type: 'text', value: 'bonjour' }] },
          { type: 'abbr', title: 'European Union', children: [{ type: 'text', value: 'EU' }] },
        ],
      },
    ]);
    const all = elementsOf(renderHtml(article));
    expect(all.filter((element) => element.tagName === 'th').map((element) => element.properties.scope)).toEqual(['col', 'col', 'row', 'row']);
    expect(all.find((element) => element.properties.className?.toString().includes('pw-pullquote'))!.properties.ariaHidden).toBe('true');
    expect(all.find((element) => element.tagName === 'span' && element.properties.lang === 'fr')).toBeDefined();
    expect(all.find((element) => element.tagName === 'abbr')!.properties.title).toBe('European Union');
  });

  it('should leave no focusable link inside a hidden pull quote, however deep', () => {
    const link = { type: 'link', url: '/x', children: [{ type: 'text', value: 'deep link' }] };
    const html = renderHtml(
      articleWith([
        {
          type: 'pullquote',
          children: [
            { type: 'text', value: 'Said ' },
            { type: 'emphasis', children: [{ type: 'quote', children: [link] }] },
          ],
          attribution: [{ type: 'strong', children: [link] }],
        },
      ]),
      { fragment: true },
    );
    const aside = /<aside class="pw-pullquote"[^>]*>(.*?)<\/aside>/.exec(html)![1]!;
    expect(aside).toContain('deep link');
    expect(aside).not.toContain('<a ');
  });

  it('should mark English labels with lang="en" in an article in another language', () => {
    const html = renderHtml(articleWith([sampleBlocks.relatedLink], { language: 'ar' }), { fragment: true });
    expect(html).toContain('<span lang="en" dir="ltr">Published</span>');
    expect(html).toContain('<span class="pw-related-label" lang="en" dir="ltr">Read more</span>');
    const custom = renderHtml(articleWith([sampleBlocks.relatedLink], { language: 'ar' }), { fragment: true, labels: { published: 'نُشر', readMore: 'اقرأ المزيد' } });
    expect(custom).toContain('نُشر <time');
    expect(custom).not.toContain('lang="en"');
  });

  it('should write every URL as a valid URL: quotes, brackets and non-ASCII percent-encoded', () => {
    const link = (url: string) => ({ type: 'paragraph', children: [{ type: 'link', url, children: [{ type: 'text', value: 'Search' }] }] });
    const article = articleWith([link('https://news.example.com/search?q="flood"<1>&r={x}|é'), link('/archive/é"x<y>'), link('./a%zz')]);
    const html = renderHtml(article, { fragment: true });
    expect(html).toContain('href="https://news.example.com/search?q=%22flood%22%3C1%3E&#x26;r=%7Bx%7D%7C%C3%A9"');
    expect(html).toContain('href="/archive/%C3%A9%22x%3Cy%3E"');
    expect(html).toContain('href="./a%25zz"');
    expect(renderText(article)).toContain('<https://news.example.com/archive/%C3%A9%22x%3Cy%3E>');
  });

  it('should take every word it adds from labels, so a site can translate all of them', () => {
    const video = {
      type: 'video',
      title: 'Crue',
      width: 640,
      height: 360,
      sources: [{ src: 'https://m.example.com/v.mp4', type: 'video/mp4' }],
      duration: 'PT1H2M3S',
      transcript: { text: 'Texte.' },
      audioDescription: 'https://m.example.com/v-ad.mp4',
    };
    const article = articleWith([video], { language: 'fr', rights: { license: 'https://creativecommons.org/licenses/by/4.0/' } });
    const labels = { license: 'Licence', audioDescribed: 'audiodécrite', hours: 'h', minutes: 'mn', seconds: 's' };
    const html = renderHtml(article, { labels });
    expect(html).toContain('>Licence</a>');
    expect(html).toContain('Crue (audiodécrite)');
    expect(html).toContain('(1 h 2 mn 3 s)');
    expect(html).not.toMatch(/License|audio described|\bmin\b/);
    const text = renderText(article, { labels });
    expect(text).toContain('Crue (audiodécrite)');
    expect(text).toContain('(1 h 2 mn 3 s)');
  });

  it('should name a table’s region after its whole caption, marked up or not', () => {
    const article = articleWith([
      {
        type: 'table',
        caption: [
          { type: 'emphasis', children: [{ type: 'text', value: 'Costs' }] },
          { type: 'text', value: ' by phase' },
        ],
        head: [[[{ type: 'text', value: 'Phase' }]]],
        body: [[[{ type: 'text', value: 'One' }]]],
      },
    ]);
    expect(renderHtml(article, { fragment: true })).toContain('aria-labelledby="table-costs-by-phase" tabindex="0"><table><caption id="table-costs-by-phase"><em>Costs</em> by phase</caption>');
  });

  it('should keep embeds in their own origin unless the site widens the sandbox', () => {
    const article = articleWith([{ type: 'embed', provider: 'Maps', url: 'https://maps.example.org/x', title: 'Map', fallback: [{ type: 'text', value: 'Open the map' }] }]);
    for (const output of [renderHtml(article), renderAmp(article)]) {
      const [, sandbox] = /sandbox="([^"]*)"/.exec(output)!;
      // allow-scripts with allow-same-origin would let the frame remove its own sandbox.
      expect(sandbox!.split(' ')).toContain('allow-scripts');
      expect(sandbox!.split(' ')).not.toContain('allow-same-origin');
    }
    expect(renderHtml(article, { embedSandbox: 'allow-scripts allow-same-origin' })).toContain('sandbox="allow-scripts allow-same-origin"');
    expect(renderAmp(article, { embedSandbox: 'allow-scripts allow-same-origin' })).toContain('sandbox="allow-scripts allow-same-origin"');
  });

  it('should use YouTube’s privacy-enhanced domain with a titled frame', () => {
    const html = renderHtml(articleWith([sampleBlocks.youtube]), { fragment: true });
    expect(html).toContain('<iframe src="https://www.youtube-nocookie.com/embed/aBcDeFgHiJk" title="Route explained"');
  });

  it('should tell onWarning exactly what the sanitizer removed from raw HTML and embeds', () => {
    const warnings: string[] = [];
    const raw = { type: 'html', value: '<p onclick="x()">Text <a href="vbscript:msgbox(1)">link</a></p><iframe src="https://x.example.com/"></iframe><style>p{}</style><script>x()</script>' };
    renderHtml(articleWith([raw]), { onWarning: (message) => warnings.push(message) });
    expect(warnings).toEqual(['Removed from a raw HTML block: `onclick` on `<p>`, `href` on `<a>`, `<iframe>`, `<style>`, `<script>`']);
  });

  it('should list every non-decorative image in JSON-LD, and credit photographers when no one else is', () => {
    const jsonLd = (html: string) => JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/.exec(html)![1]!);
    const gallery = {
      type: 'gallery',
      images: [
        { ...(sampleBlocks.image as object), src: '/g1.jpg' },
        { ...(sampleBlocks.image as object), src: '/g2.jpg' },
      ],
    };
    const decorative = { type: 'image', src: '/rule.png', alt: '', decorative: true, width: 10, height: 1 };
    const article = articleWith([sampleBlocks.paragraph, gallery, decorative], { lead: sampleBlocks.image, bylines: [{ name: 'Priya Shah', role: 'photographer', url: '/people/priya-shah' }] });
    const data = jsonLd(renderHtml(article));
    expect(data.image).toEqual(['https://media.example.com/heron.jpg', 'https://news.example.com/g1.jpg', 'https://news.example.com/g2.jpg']);
    expect(data.author).toEqual([{ '@type': 'Person', name: 'Priya Shah', url: 'https://news.example.com/people/priya-shah' }]);
  });

  it('should add JSON-LD NewsArticle with the publisher from options', () => {
    const html = renderHtml(articleWith([sampleBlocks.paragraph], { lead: sampleBlocks.image, modified: '2026-01-03T00:00:00Z' }), {
      site: { name: 'Riverton Herald', url: 'https://news.example.com', logo: { src: '/logo.png', width: 600, height: 60 } },
    });
    const json = /<script type="application\/ld\+json">(.*?)<\/script>/.exec(html)![1]!;
    const data = JSON.parse(json);
    expect(data).toMatchObject({
      '@type': 'NewsArticle',
      headline: 'A test headline',
      datePublished: '2026-01-02T03:04:05Z',
      dateModified: '2026-01-03T00:00:00Z',
      author: [{ '@type': 'Person', name: 'Sam Writer' }],
      publisher: { name: 'Riverton Herald', logo: { url: 'https://news.example.com/logo.png' } },
      image: ['https://media.example.com/heron.jpg'],
      mainEntityOfPage: { '@id': 'https://news.example.com/test-article' },
      inLanguage: 'en',
    });
  });

  describe('untrusted content', () => {
    const hostile = '</script><script>alert(1)</script>"\'><img src=x onerror=alert(2)><!--';
    it('should never turn hostile strings into markup, in any field', () => {
      const article = articleWith(
        [
          {
            type: 'paragraph',
            children: [
              { type: 'text', value: hostile },
              { type: 'link', url: '/a', title: hostile, children: [{ type: 'text', value: hostile }] },
            ],
          },
          { type: 'image', src: 'https://m.example.com/a.jpg?"onerror="alert(3)', alt: hostile, width: 10, height: 10, credit: hostile, caption: [{ type: 'text', value: hostile }] },
          { type: 'relatedLink', url: '/b', headline: hostile, label: hostile },
          { type: 'factbox', title: hostile, children: [{ type: 'paragraph', children: [{ type: 'text', value: 'x' }] }] },
        ],
        { headline: hostile, kicker: hostile, dateline: hostile, tags: [hostile], bylines: [{ name: hostile, role: 'reporter', affiliation: hostile }] },
      );
      const html = renderHtml(article, { site: { name: hostile } });
      const all = elementsOf(html);
      // Only the JSON-LD script exists, and no element carries an event handler.
      expect(all.filter((element) => element.tagName === 'script').map((element) => element.properties.type)).toEqual(['application/ld+json']);
      expect(all.filter((element) => element.tagName === 'img')).toHaveLength(1);
      expect(all.some((element) => Object.keys(element.properties).some((key) => /^on/i.test(key)))).toBe(false);
      // The JSON-LD still parses and holds the headline verbatim.
      const json = /<script type="application\/ld\+json">(.*?)<\/script>/s.exec(html)![1]!;
      expect(json).not.toMatch(/<|>/);
      expect(JSON.parse(json).headline).toBe(hostile);
    });

    it('should sanitize raw HTML: scripts, event handlers and javascript: URLs removed, text kept', () => {
      const warnings: string[] = [];
      const html = renderHtml(
        articleWith([
          {
            type: 'html',
            value: '<p onclick="x()">Hi <a href="javascript:alert(1)">there</a><svg><script>alert(1)</script></svg><iframe src="https://evil.example"></iframe><style>body{}</style></p>',
          },
        ]),
        {
          fragment: true,
          onWarning: (message) => warnings.push(message),
        },
      );
      const body = /<div class="pw-html">(.*?)<\/div>/s.exec(html)![1]!;
      expect(body).toBe('<p>Hi <a>there</a></p>');
      expect(warnings).toHaveLength(1);
    });

    it('should sanitize embed HTML and keep the fallback link', () => {
      const html = renderHtml(articleWith([{ ...(sampleBlocks.embed as object), html: '<blockquote><p>Post</p></blockquote><script src="https://x.example/w.js"></script>' }]), { fragment: true });
      expect(html).toContain('<div class="pw-embed-content"><blockquote><p>Post</p></blockquote></div>');
      expect(html).not.toContain('<script');
      expect(html).toContain('<a href="https://maps.example.org/x">Open the map</a>');
    });
  });

  describe('customisation', () => {
    it('should use a handler override for its block type and the defaults for the rest', () => {
      const image: BlockHandler<'image'> = (state, node) => ({ type: 'element', tagName: 'my-image', properties: { src: node.src, alt: node.alt }, children: state.inline(node.caption ?? []) });
      const html = renderHtml(articleWith([sampleBlocks.image, sampleBlocks.paragraph]), { fragment: true, handlers: { image } });
      expect(html).toContain('<my-image src="https://media.example.com/heron.jpg" alt="A grey heron on a post">A heron at dawn.</my-image>');
      expect(html).toContain('<p>Plain, <em>stressed</em>');
    });

    it('should override inline handlers separately from block handlers', () => {
      const html = renderHtml(articleWith([sampleBlocks.paragraph]), {
        fragment: true,
        inlineHandlers: { emphasis: (state, node) => ({ type: 'element', tagName: 'i', properties: {}, children: state.inline(node.children) }) },
      });
      expect(html).toContain('<i>stressed</i>');
    });

    it('should run rehype plugins on the tree before serialization', () => {
      const addRel = () => (tree: Root) => {
        visit(tree, 'element', (node: Element) => {
          if (node.tagName === 'a' && String(node.properties.href).startsWith('http')) node.properties.rel = ['noopener'];
        });
      };
      const html = renderHtml(articleWith([{ type: 'paragraph', children: [{ type: 'link', url: 'https://a.example.com', children: [{ type: 'text', value: 'x' }] }] }]), {
        fragment: true,
        rehypePlugins: [addRel],
      });
      expect(html).toContain('<a href="https://a.example.com/" rel="noopener">x</a>');
      // toHast runs them too: the tree a site works on has the plugin's change.
      const tree = toHast(articleWith([{ type: 'paragraph', children: [{ type: 'link', url: 'https://a.example.com', children: [{ type: 'text', value: 'x' }] }] }]), {
        fragment: true,
        rehypePlugins: [addRel],
      });
      const links: Element[] = [];
      visit(tree, 'element', (node: Element) => {
        if (node.tagName === 'a') links.push(node);
      });
      expect(links.map((link) => link.properties.rel)).toEqual([['noopener']]);
    });

    it('should resolve site-relative URLs against site.baseUrl when given', () => {
      const html = renderHtml(articleWith([sampleBlocks.relatedLink]), { fragment: true, site: { baseUrl: 'https://news.example.com' } });
      expect(html).toContain('href="https://news.example.com/other"');
    });
  });

  it('should render every article in content/', async () => {
    for (const { article } of await contentArticles()) {
      // Every block of the body is in the page, in order, each as one element of the body.
      const all = elementsOf(renderHtml(article));
      const body = all.find((element) => String(element.properties.className) === 'pw-body')!;
      expect(body.children.filter((child) => child.type === 'element')).toHaveLength(article.body.length);
      expect(all.filter((element) => element.tagName === 'h1').map((element) => toText(element))).toEqual([article.headline]);
      expect(all.find((element) => element.tagName === 'html')!.properties.lang).toBe(article.language);
    }
  });
});
