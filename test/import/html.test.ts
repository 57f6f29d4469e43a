import { describe, expect, it } from 'vitest';
import { safeParseArticle } from '../../src/index.js';
import { ImportError, importHtml, importLimits, type ImportIssue } from '../../src/import/index.js';

/** A page with the metadata a news site gives, around `body`. */
function page(body: string, head = ''): string {
  return `<!doctype html>
<html lang="en-GB">
<head>
<title>Bridge reopens after repairs | The Riverton Post</title>
<link rel="canonical" href="https://news.example.com/local/bridge-reopens">
<meta property="og:site_name" content="The Riverton Post">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Bridge reopens after repairs","datePublished":"2026-11-02T09:00:00+00:00","dateModified":"2026-11-02T10:30:00Z","author":[{"@type":"Person","name":"Amara Okafor","url":"https://news.example.com/people/amara"}],"articleSection":"Local","keywords":["Roads","Riverton"],"description":"The town bridge is open again, two weeks early."}</script>
${head}
</head>
<body>
<nav class="site-nav"><a href="/">Home</a> <a href="/local">Local</a></nav>
<div class="ad-slot" id="ad-top">Advertisement</div>
<article>
<h1>Bridge reopens after repairs</h1>
${body}
</article>
<form action="/comments"><textarea></textarea><button>Post</button></form>
<div class="share-tools"><a href="https://twitter.com/share">Share</a></div>
</body>
</html>`;
}

const filler =
  '<p>The town bridge reopened on Monday morning, two weeks earlier than the council had planned, after a summer of repairs to its stone arches and the road above them.</p><p>Engineers replaced the bearings and resurfaced the deck. Traffic is back to both lanes, and the bus route returns to its old stops from Tuesday, the council said in a statement.</p>';

const gaps = (issues: readonly ImportIssue[]) => issues.filter((issue) => issue.severity === 'gap');
const codes = (issues: readonly ImportIssue[]) => issues.map((issue) => `${issue.code} ${issue.path ?? ''}`.trim());

describe('importHtml: metadata', () => {
  it('reads headline, dek, byline with author page, dates, section, tags, language, source and canonical URL', async () => {
    const { article, issues } = await importHtml(page(filler));
    expect(article).toMatchObject({
      schemaVersion: 2,
      slug: 'bridge-reopens',
      language: 'en-GB',
      headline: 'Bridge reopens after repairs',
      dek: [{ type: 'text', value: 'The town bridge is open again, two weeks early.' }],
      bylines: [{ name: 'Amara Okafor', role: 'author', url: 'https://news.example.com/people/amara' }],
      published: '2026-11-02T09:00:00+00:00',
      modified: '2026-11-02T10:30:00Z',
      section: { name: 'Local' },
      tags: ['Roads', 'Riverton'],
      source: { name: 'The Riverton Post' },
      canonicalUrl: 'https://news.example.com/local/bridge-reopens',
    });
    expect(gaps(issues)).toEqual([]);
    expect(safeParseArticle(article).success).toBe(true);
  });

  it('does not repeat the headline h1 in the body, and keeps the paragraphs in order', async () => {
    const { article } = await importHtml(page(filler));
    expect((article.body as Array<{ type: string }>).map((block) => block.type)).toEqual(['paragraph', 'paragraph']);
  });

  it('lists what it left out on purpose (scripts, forms, ads, share widgets) with their lines', async () => {
    const { issues } = await importHtml(page(filler, '<script src="/app.js"></script>'));
    const notices = issues.filter((issue) => issue.severity === 'notice');
    expect(codes(notices)).toEqual(['lost_scripts', 'lost_forms', 'lost_ads', 'lost_share_widgets']);
    expect(notices[0]!.message).toBe('1 script (never run) not imported: line 8');
    expect(notices[1]!.source).toEqual({ element: '<form action="/comments">', line: 17 });
  });

  it('names what is missing instead of inventing it: language, date without a zone, http address', async () => {
    const html = `<html><head><title>Old story</title><meta property="article:published_time" content="2016-05-19 10:00"></head><body><article>${filler}</article></body></html>`;
    const { article, issues } = await importHtml(html, { url: 'http://old.example.com/2016/old-story.html' });
    expect(codes(gaps(issues))).toEqual(['missing_language language', 'missing_date published', 'missing_canonical_url canonicalUrl']);
    expect(article.published).toBe('2016-05-19 10:00');
    expect(article.slug).toBe('old-story');
    expect(safeParseArticle(article).success).toBe(false);
  });

  it('takes an RFC 2822 date with a zone and a byline from the page when there is no JSON-LD', async () => {
    const html = `<html lang="fr"><head><title>Le pont rouvre</title><meta name="date" content="Mon, 02 Nov 2026 09:00:00 GMT"></head><body><article><p class="byline">Par Louise Martin</p>${filler}</article></body></html>`;
    const { article } = await importHtml(html, { url: 'https://exemple.fr/pont' });
    expect(article.published).toBe('2026-11-02T09:00:00Z');
    expect(article.language).toBe('fr');
  });
});

describe('importHtml: blocks', () => {
  it('turns figures into images with caption and credit, and leaves alt text to a person', async () => {
    const { article, issues } = await importHtml(
      page(`${filler}<figure><img src="/img/bridge.jpg" width="1200" height="800"><figcaption>The bridge on Monday. <span class="credit">Photo: Priya Shah</span></figcaption></figure>`),
    );
    const image = (article.body as unknown[])[2];
    expect(image).toEqual({
      type: 'image',
      src: 'https://news.example.com/img/bridge.jpg',
      alt: 'TODO: describe this image',
      width: 1200,
      height: 800,
      caption: [{ type: 'text', value: 'The bridge on Monday.' }],
      credit: 'Priya Shah',
    });
    expect(gaps(issues)).toEqual([expect.objectContaining({ code: 'missing_alt', path: 'body[2].alt', source: { element: '<img src="/img/bridge.jpg" width="1200" height="800">', line: 15 } })]);
    const result = safeParseArticle(article);
    expect(result.success ? [] : result.issues.map((issue) => issue.path)).toEqual(['body[2].alt']);
  });

  it('marks an image decorative only when the page says so with alt=""', async () => {
    const { article, issues } = await importHtml(page(`${filler}<p><img src="/rule.png" alt="" width="600" height="2"></p>`));
    expect((article.body as unknown[])[2]).toMatchObject({ type: 'image', alt: '', decorative: true });
    expect(gaps(issues)).toEqual([]);
  });

  it('makes a gallery of a figure with several images, and a gap for each image size it cannot know', async () => {
    const { article, issues } = await importHtml(page(`${filler}<figure><img src="/a.jpg" alt="The east arch"><img src="/b.jpg" alt="The west arch"><figcaption>Both arches</figcaption></figure>`));
    expect((article.body as unknown[])[2]).toMatchObject({ type: 'gallery', title: 'Both arches', images: [{ alt: 'The east arch' }, { alt: 'The west arch' }] });
    expect(codes(gaps(issues))).toEqual(['missing_size body[2].images[0].width', 'missing_size body[2].images[1].width']);
  });

  it('keeps a video with its caption track, and asks for captions when it has none', async () => {
    const withTrack = await importHtml(
      page(`${filler}<video width="1280" height="720" title="The reopening" poster="/poster.jpg"><source src="/v.mp4" type="video/mp4"><track kind="captions" src="/v.vtt" srclang="en"></video>`),
    );
    expect((withTrack.article.body as unknown[])[2]).toEqual({
      type: 'video',
      title: 'The reopening',
      width: 1280,
      height: 720,
      sources: [{ src: 'https://news.example.com/v.mp4', type: 'video/mp4' }],
      poster: { src: 'https://news.example.com/poster.jpg', width: 1280, height: 720 },
      captions: [{ src: 'https://news.example.com/v.vtt', srclang: 'en', label: 'English', kind: 'captions' }],
    });
    expect(gaps(withTrack.issues)).toEqual([]);
    const without = await importHtml(page(`${filler}<video src="/v.mp4" width="640" height="360"></video>`));
    expect(codes(gaps(without.issues))).toEqual(['missing_title body[2].title', 'missing_captions body[2].captions']);
  });

  it('turns an iframe into an embed linking to the content, and asks for a frame title', async () => {
    const { article, issues } = await importHtml(page(`${filler}<iframe src="https://www.youtube.com/embed/aBcDeFgHiJk" width="560" height="315"></iframe>`));
    expect((article.body as unknown[])[2]).toEqual({
      type: 'embed',
      provider: 'YouTube',
      url: 'https://www.youtube.com/watch?v=aBcDeFgHiJk',
      title: 'TODO: name this frame',
      width: 560,
      height: 315,
      fallback: [{ type: 'link', url: 'https://www.youtube.com/watch?v=aBcDeFgHiJk', children: [{ type: 'text', value: 'View on YouTube' }] }],
    });
    expect(codes(gaps(issues))).toEqual(['missing_title body[2].title']);
  });

  it('keeps a data table with its caption, header row and row headers; spans become empty cells', async () => {
    const { article, issues } = await importHtml(
      page(
        `${filler}<table><caption>Repair costs</caption><thead><tr><th>Phase</th><th>Cost</th><th>Weeks</th></tr></thead><tbody><tr><th>Arches</th><td colspan="2">£1.2m, 6</td></tr><tr><th>Deck</th><td>£0.4m</td><td>3</td></tr></tbody></table>`,
      ),
    );
    const text = (value: string) => (value ? [{ type: 'text', value }] : []);
    expect((article.body as unknown[])[2]).toEqual({
      type: 'table',
      caption: text('Repair costs'),
      head: [[text('Phase'), text('Cost'), text('Weeks')]],
      body: [
        [text('Arches'), text('£1.2m, 6'), []],
        [text('Deck'), text('£0.4m'), text('3')],
      ],
      rowHeaders: true,
    });
    expect(codes(issues.filter((issue) => issue.code === 'merged_cells'))).toEqual(['merged_cells body[2]']);
  });

  it('keeps an image from a data table’s cell as an image block after the table', async () => {
    const { article } = await importHtml(
      page(
        `${filler}<table><caption>Bridges</caption><tr><th>Name</th><th>Photo</th></tr><tr><td>Mill bridge</td><td><img src="/mill.jpg" alt="The mill bridge" width="300" height="200"></td></tr></table><p>After the table.</p>`,
      ),
    );
    const body = article.body as Array<Record<string, unknown>>;
    expect(body.slice(2).map((block) => block.type)).toEqual(['table', 'image', 'paragraph']);
    expect(body[3]).toMatchObject({ type: 'image', alt: 'The mill bridge', src: 'https://news.example.com/mill.jpg' });
  });

  it('flattens a layout table into its blocks, in reading order, and says so', async () => {
    const { article, issues } = await importHtml(page(`<table role="presentation"><tr><td>${filler}</td><td><p>Sidebar text about the bridge’s history, kept as a paragraph.</p></td></tr></table>`));
    expect((article.body as Array<{ type: string }>).map((block) => block.type)).toEqual(['paragraph', 'paragraph', 'paragraph']);
    expect(codes(issues.filter((issue) => issue.code === 'layout_table'))).toEqual(['layout_table body[0]']);
  });

  it('normalises heading levels: starting at 2, never skipping one', async () => {
    const { article } = await importHtml(page(`${filler}<h3>First part</h3><p>Text.</p><h5>Detail</h5><p>More.</p><h3>Second part</h3><p>End.</p>`));
    const levels = (article.body as Array<{ type: string; level?: number }>).filter((block) => block.type === 'heading').map((block) => block.level);
    expect(levels).toEqual([2, 3, 2]);
    expect(safeParseArticle(article).success).toBe(true);
  });

  it('keeps quotes with their attribution, pull quotes, lists, code and inline marks', async () => {
    const { article } = await importHtml(
      page(
        `${filler}<blockquote><p>We gave it back to the town.</p><footer>— Jo Reyes, engineer</footer></blockquote><blockquote class="pull-quote">Two weeks early</blockquote><ol start="3"><li>Arches</li><li>Deck</li></ol><pre><code class="language-yaml">span: 40m</code></pre><p>It is <em>open</em>, <strong>really</strong>; see <a href="/roads" title="Roads">roads</a>, <abbr title="Environment Agency">EA</abbr>, H<sub>2</sub>O, <q>as promised</q>, <span lang="fr">bonjour</span>, <time datetime="2026-11-02">Monday</time>.</p>`,
      ),
    );
    const body = article.body as unknown[];
    expect(body[2]).toEqual({
      type: 'blockquote',
      children: [{ type: 'paragraph', children: [{ type: 'text', value: 'We gave it back to the town.' }] }],
      attribution: [{ type: 'text', value: 'Jo Reyes, engineer' }],
    });
    expect(body[3]).toEqual({ type: 'pullquote', children: [{ type: 'text', value: 'Two weeks early' }] });
    expect(body[4]).toMatchObject({ type: 'list', ordered: true, start: 3, items: [[{ type: 'paragraph' }], [{ type: 'paragraph' }]] });
    expect(body[5]).toEqual({ type: 'code', value: 'span: 40m', language: 'yaml' });
    expect((body[6] as { children: Array<{ type: string }> }).children.map((node) => node.type)).toEqual([
      'text',
      'emphasis',
      'text',
      'strong',
      'text',
      'link',
      'text',
      'abbr',
      'text',
      'sub',
      'text',
      'quote',
      'text',
      'span',
      'text',
      'time',
      'text',
    ]);
    expect(safeParseArticle(article).success).toBe(true);
  });

  it('keeps a fact box in an <aside> (Readability drops asides), and leaves sidebars out', async () => {
    const { article } = await importHtml(
      page(
        `${filler}<aside class="factbox"><h3>In numbers</h3><ul><li>40 m span</li><li>£1.6m cost</li></ul></aside><aside class="related"><h3>More stories</h3><p><a href="/a">Another bridge</a></p></aside>`,
      ),
    );
    expect((article.body as unknown[]).slice(2)).toEqual([
      {
        type: 'factbox',
        title: 'In numbers',
        children: [
          {
            type: 'list',
            ordered: false,
            items: [[{ type: 'paragraph', children: [{ type: 'text', value: '40 m span' }] }], [{ type: 'paragraph', children: [{ type: 'text', value: '£1.6m cost' }] }]],
          },
        ],
      },
    ]);
  });

  it('splits paragraphs at a double line break and keeps single ones', async () => {
    const { article } = await importHtml(page(`${filler}<p>One line<br>next line<br><br>A new paragraph</p>`));
    const body = article.body as Array<{ children: unknown[] }>;
    expect(body.slice(2)).toEqual([
      { type: 'paragraph', children: [{ type: 'text', value: 'One line' }, { type: 'break' }, { type: 'text', value: 'next line' }] },
      { type: 'paragraph', children: [{ type: 'text', value: 'A new paragraph' }] },
    ]);
  });
});

describe('importHtml: hostile pages', () => {
  it('never runs page scripts or copies event handlers, and drops script URLs with a notice', async () => {
    const globalWindow = globalThis as { pwnd?: boolean };
    const { article, issues } = await importHtml(
      page(`${filler}<script>globalThis.pwnd = true</script><p onclick="alert(1)">Click <a href="javascript:alert(1)">here</a> <img src="x" onerror="globalThis.pwnd = true" alt="x"></p>`),
    );
    await new Promise((done) => setTimeout(done, 50));
    expect(globalWindow.pwnd).toBeUndefined();
    const json = JSON.stringify(article);
    expect(json).not.toMatch(/javascript:|onclick|onerror|alert/i);
    expect((article.body as unknown[])[2]).toMatchObject({ type: 'paragraph', children: [{ type: 'text', value: 'Click here' }] });
    expect(issues.find((issue) => issue.code === 'lost_script_links')?.message).toBe('1 link running a script (its text is kept) not imported: line 15');
  });

  it('decodes bytes by the page’s charset, and bytes invalid in it become U+FFFD instead of an error', async () => {
    const latin1 = Buffer.concat([
      Buffer.from('<html lang="fr"><head><meta charset="windows-1252"><title>Caf'),
      Buffer.from([0xe9]),
      Buffer.from(`</title></head><body><article>${filler}</article></body></html>`),
    ]);
    expect((await importHtml(latin1)).article.headline).toBe('Café');
    const broken = Buffer.concat([Buffer.from('<html><head><meta charset="utf-8"><title>Bad '), Buffer.from([0xff, 0xfe]), Buffer.from(` bytes</title></head><body>${filler}</body></html>`)]);
    expect((await importHtml(broken)).article.headline).toBe('Bad \uFFFD\uFFFD bytes');
  });

  it('stops at the documented limits with an ImportError, never a crash or a hang', async () => {
    const deep = `<html><body>${'<div>'.repeat(importLimits.maxDepth + 10)}text</body></html>`;
    await expect(importHtml(deep)).rejects.toThrow(ImportError);
    await expect(importHtml(deep)).rejects.toMatchObject({ code: 'too_deep' });
    await expect(importHtml('x'.repeat(importLimits.maxBytes + 1))).rejects.toMatchObject({ code: 'too_large' });
    const many = `<html><body>${'<i>a</i>'.repeat(importLimits.maxElements + 1)}</body></html>`;
    await expect(importHtml(many)).rejects.toMatchObject({ code: 'too_many_elements' });
  });

  it('says so when a page holds no article at all', async () => {
    const { article, issues } = await importHtml('<html><head><title>Empty</title></head><body></body></html>', { url: 'https://example.com/empty' });
    expect(article.body).toEqual([]);
    expect(codes(gaps(issues))).toEqual(['no_article_found body', 'missing_language language', 'missing_date published', 'empty_body body']);
  });
});
