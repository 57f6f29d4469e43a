import { parseAtomFeed, parseJsonFeed, parseRssFeed } from 'feedsmith';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { feedMediaTypes, parseArticle, renderFeed, type Article, type FeedOptions } from '../../src/index.js';
import { contentArticles } from '../helpers/content.js';
import { validArticle } from '../helpers/articles.js';

const site = { title: 'Riverton Herald', url: 'https://news.example.com/', feedUrl: 'https://news.example.com/feed', description: 'News from Riverton' };
const articles: Article[] = (await contentArticles()).map(({ article }) => article);
const feed = (format: FeedOptions['format'], list: readonly Article[] = articles, options: Partial<FeedOptions> = {}) => renderFeed(list, { format, site, ...options });

/** Parse XML strictly, as feed readers do: a well-formedness error is a `parsererror` document. */
function xml(text: string): Document {
  const document = new new JSDOM('').window.DOMParser().parseFromString(text, 'application/xml');
  expect(document.getElementsByTagName('parsererror').length, text.slice(0, 300)).toBe(0);
  return document;
}

const rfc822 = /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} GMT$/;
const rfc3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/;
const absolute = (url: string) => /^https?:\/\//.test(url);
/** Every href and src in an HTML string (the W3C feed validator warns on relative ones: readers have no base). */
const urlsIn = (html: string) => [...html.matchAll(/\s(?:href|src)="([^"]*)"/g)].map((match) => match[1]!);
const newestFirst = [...articles].sort((a, b) => Date.parse(b.published) - Date.parse(a.published));

// Feeds are rendered inside each test, not when the file is collected: Stryker's mutants are
// active only while tests run, so output made earlier would hide every mutant from these tests.
const rss = () => {
  const text = feed('rss');
  const document = xml(text);
  const channel = document.querySelector('rss > channel')!;
  return { text, document, channel, items: [...channel.querySelectorAll(':scope > item')] };
};

describe('RSS 2.0', () => {
  it('should be RSS 2.0 with the required channel elements and a self link', () => {
    const { document, channel } = rss();
    expect(document.documentElement.getAttribute('version')).toBe('2.0');
    expect(document.querySelectorAll('rss > channel')).toHaveLength(1);
    for (const name of ['title', 'link', 'description']) expect(channel.querySelector(`:scope > ${name}`)?.textContent, name).toBeTruthy();
    const self = channel.getElementsByTagNameNS('http://www.w3.org/2005/Atom', 'link')[0]!;
    expect([self.getAttribute('rel'), self.getAttribute('href'), self.getAttribute('type')]).toEqual(['self', site.feedUrl, feedMediaTypes.rss]);
    expect(channel.querySelector(':scope > lastBuildDate')?.textContent).toMatch(rfc822);
  });

  it('should have an item per article, newest first, each with a permalink guid, an RFC 822 date and the full HTML', () => {
    const { items } = rss();
    expect(items.map((item) => item.querySelector('title')?.textContent)).toEqual(newestFirst.map((article) => article.headline));
    for (const [index, item] of items.entries()) {
      const article = newestFirst[index]!;
      const guid = item.querySelector('guid')!;
      expect([guid.getAttribute('isPermaLink'), guid.textContent]).toEqual(['true', article.canonicalUrl]);
      expect(item.querySelector('pubDate')?.textContent).toMatch(rfc822);
      expect(Date.parse(item.querySelector('pubDate')!.textContent)).toBe(Date.parse(article.published));
      const html = item.getElementsByTagNameNS('http://purl.org/rss/1.0/modules/content/', 'encoded')[0]!.textContent;
      expect(html).toMatch(/^<article class="pw-article" lang="[^"]+" dir="(ltr|rtl)">/);
      expect(urlsIn(html).filter((url) => !absolute(url) && !url.startsWith('#') && !/^(mailto|tel):/.test(url))).toEqual([]);
    }
  });

  it('should parse in a maintained feed parser (feedsmith) with the same items', () => {
    const parsed = parseRssFeed(feed('rss'));
    expect(parsed.items?.map((item) => item.link)).toEqual(newestFirst.map((article) => article.canonicalUrl));
    expect(parsed.items?.[0]?.content?.encoded).toContain(newestFirst[0]!.headline);
  });
});

describe('Atom', () => {
  const atom = () => xml(feed('atom')).documentElement;
  const child = (element: Element, name: string) => [...element.children].filter((node) => node.localName === name);

  it('should have the feed elements RFC 4287 requires (id, title, updated, an author) and a self link', () => {
    const root = atom();
    expect(root.namespaceURI).toBe('http://www.w3.org/2005/Atom');
    for (const name of ['id', 'title', 'updated', 'author']) expect(child(root, name), name).toHaveLength(1);
    expect(child(root, 'updated')[0]!.textContent).toMatch(rfc3339);
    expect(child(root, 'link').map((link) => [link.getAttribute('rel'), link.getAttribute('href')])).toContainEqual(['self', site.feedUrl]);
  });

  it('should give each entry a unique absolute id, a title, RFC 3339 dates, an alternate link and HTML content', () => {
    const entries = child(atom(), 'entry');
    expect(entries).toHaveLength(articles.length);
    const ids = entries.map((entry) => child(entry, 'id')[0]!.textContent);
    expect(new Set(ids).size).toBe(ids.length);
    for (const entry of entries) {
      expect(absolute(child(entry, 'id')[0]!.textContent)).toBe(true);
      expect(child(entry, 'title')[0]!.textContent).toBeTruthy();
      for (const name of ['updated', 'published']) expect(child(entry, name)[0]!.textContent, name).toMatch(rfc3339);
      expect(child(entry, 'link').some((link) => link.getAttribute('rel') === 'alternate' && absolute(link.getAttribute('href')!))).toBe(true);
      expect(child(entry, 'content')[0]!.getAttribute('type')).toBe('html');
      for (const author of child(entry, 'author')) for (const uri of child(author, 'uri')) expect(absolute(uri.textContent), uri.textContent).toBe(true);
    }
  });

  it('should parse in feedsmith', () => {
    const parsed = parseAtomFeed(feed('atom'));
    expect(parsed.entries?.map((entry) => entry.id)).toEqual(newestFirst.map((article) => article.canonicalUrl));
  });
});

describe('JSON Feed 1.1', () => {
  const json = () => JSON.parse(feed('jsonfeed')) as { version: string; title: string; items: Array<Record<string, unknown>> };

  it('should have the version, a title and items with ids, HTML and plain text, and RFC 3339 dates', () => {
    const data = json();
    expect(data.version).toBe('https://jsonfeed.org/version/1.1');
    expect(data.title).toBe(site.title);
    expect(data.items.map((item) => item.id)).toEqual(newestFirst.map((article) => article.canonicalUrl));
    for (const item of data.items) {
      expect(item.content_html).toMatch(/^<article /);
      expect(item.content_text).toContain(item.title);
      expect(item.date_published).toMatch(rfc3339);
      for (const author of (item.authors as Array<{ url?: string }> | undefined) ?? []) if (author.url) expect(absolute(author.url)).toBe(true);
    }
  });

  it('should parse in feedsmith', () => {
    expect(parseJsonFeed(json()).items?.length).toBe(articles.length);
  });
});

describe('renderFeed', () => {
  it('should be deterministic: the same feed for the same articles (dates come from them, not the clock)', () => {
    for (const format of ['rss', 'atom', 'jsonfeed'] as const) expect(feed(format)).toBe(feed(format));
  });

  it('should keep the newest `limit` items', () => {
    expect(JSON.parse(feed('jsonfeed', articles, { limit: 2 })).items.map((item: { id: string }) => item.id)).toEqual(newestFirst.slice(0, 2).map((article) => article.canonicalUrl));
  });

  it('should escape hostile text so it stays text in every format', () => {
    const hostile = parseArticle({ ...validArticle(), headline: '</title><script>alert(1)</script> & ]]>', tags: ['<b>x</b>'] });
    for (const format of ['rss', 'atom'] as const) {
      const document = xml(feed(format, [hostile]));
      expect(document.getElementsByTagName('script')).toHaveLength(0);
      expect([...document.getElementsByTagName('title')].map((title) => title.textContent)).toContain(hostile.headline);
    }
    expect(JSON.parse(feed('jsonfeed', [hostile])).items[0].title).toBe(hostile.headline);
  });

  it('should refuse an unknown format', () => {
    expect(() => renderFeed(articles, { format: 'rdf' as never, site })).toThrow(/Unknown feed format "rdf"/);
  });
});

describe('the feeds of three content/ articles, whole', () => {
  // Reviewed files in __snapshots__/feeds/: every channel and item field with every site option
  // set (a lead image, an editor left out of the authors, author links, an updated date), so a
  // change to what a feed reader gets shows in the diff. The tests above say why; these say what.
  const sample = articles.filter((article) => /town-bridge-reopens|river-festival|levee-budget/.test(article.canonicalUrl));
  const full = { ...site, language: 'en-GB', icon: 'https://news.example.com/icon.png' };

  it.each(['rss', 'atom', 'jsonfeed'] as const)('%s', async (format) => {
    expect(sample).toHaveLength(3);
    await expect(renderFeed(sample, { format, site: full })).toMatchFileSnapshot(`__snapshots__/feeds/three.${format === 'jsonfeed' ? 'json' : `${format}.xml`}`);
  });
});
