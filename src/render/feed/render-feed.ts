import type { Element as XmlElement, Root as XmlRoot } from 'xast';
import type { Root as HastRoot } from 'hast';
import { visit } from 'unist-util-visit';
import { x } from 'xastscript';
import { toXml } from 'xast-util-to-xml';
import { inlineText } from '../../model/inline-text.js';
import type { Article } from '../../model/types.js';
import type { Extensions } from '../../extend/registry.js';
import type { HtmlOptions } from '../hast/options.js';
import { renderHtml } from '../html/render-html.js';
import { renderText } from '../text/render-text.js';

/** The site a feed belongs to. */
export interface FeedSite {
  /** The feed's title: the publication, or a section of it. */
  title: string;
  /** The site's (or section's) home page. */
  url: string;
  /** Where the feed itself is published (RSS `atom:link rel="self"`, Atom `link rel="self"` and `id`, JSON Feed `feed_url`). Recommended. */
  feedUrl?: string;
  /** A sentence on what the feed carries (RSS requires one; default: the title). */
  description?: string;
  /** The feed's language, a BCP 47 tag; default: the newest article's. */
  language?: string;
  /** A square icon for feed readers (JSON Feed `icon`, Atom `icon`). */
  icon?: string;
}

/** Options for `renderFeed`. */
export interface FeedOptions {
  /** `rss` (RSS 2.0 with `content:encoded`), `atom` (RFC 4287) or `jsonfeed` (JSON Feed 1.1). */
  format: 'rss' | 'atom' | 'jsonfeed';
  site: FeedSite;
  /** Extension types (`createPresswork` passes them). */
  extensions?: Extensions | undefined;
  /** Options for the HTML in each item (labels, handlers…); it is always a fragment with absolute URLs. */
  html?: Omit<HtmlOptions, 'fragment' | 'extensions'>;
  /** The most items to include, newest first. Default: all. */
  limit?: number;
}

/** The MIME type of each feed format, for the `Content-Type` of the published file. */
export const feedMediaTypes = { rss: 'application/rss+xml', atom: 'application/atom+xml', jsonfeed: 'application/feed+json' } as const;

const urlProperties = ['href', 'src', 'poster', 'cite', 'action'];

/** A rehype plugin: every URL in the tree made absolute against the article's address (feeds are read off the site). */
function absoluteUrls(base: string) {
  const resolve = (value: string) => (value.startsWith('#') ? value : new URL(value, base).href);
  return (tree: HastRoot) => {
    visit(tree, 'element', (element) => {
      for (const name of urlProperties) {
        const value = element.properties[name];
        if (typeof value === 'string') element.properties[name] = resolve(value);
      }
      // presswork writes `srcset` candidates as `url width`, joined by `, ` (a URL holds no space).
      const srcset = element.properties.srcSet;
      if (typeof srcset === 'string')
        element.properties.srcSet = srcset
          .split(/,\s+/)
          .map((candidate) => candidate.replace(/^\S+/, (url) => resolve(url)))
          .join(', ');
    });
  };
}

interface Item {
  article: Article;
  html: string;
  /** The plain text (made only for JSON Feed). */
  text: () => string;
  summary: string | undefined;
  updated: string;
}

const newestFirst = (a: Article, b: Article) => Date.parse(b.published) - Date.parse(a.published);
const rfc822 = (iso: string) => new Date(iso).toUTCString();
const rfc3339 = (iso: string) => new Date(iso).toISOString().replace('.000Z', 'Z');
/** Who is credited in a feed: everyone but editors, with author pages made absolute (feeds are read off the site). */
const people = (article: Article) =>
  article.bylines.filter((byline) => byline.role !== 'editor').map((byline) => ({ ...byline, ...(byline.url && { url: new URL(byline.url, article.canonicalUrl).href }) }));

function items(articles: readonly Article[], options: FeedOptions): Item[] {
  const sorted = [...articles].sort(newestFirst).slice(0, options.limit ?? articles.length);
  return sorted.map((article) => {
    // Feed readers have no page to resolve site-relative URLs against.
    const baseUrl = options.html?.site?.baseUrl ?? new URL(article.canonicalUrl).origin;
    const site = { ...options.html?.site, baseUrl };
    const rehypePlugins = [...(options.html?.rehypePlugins ?? []), [absoluteUrls, article.canonicalUrl] as const];
    return {
      article,
      html: renderHtml(article, { ...options.html, site, fragment: true, jsonLd: false, extensions: options.extensions, rehypePlugins: rehypePlugins as never }),
      // Only JSON Feed carries plain text; feed readers wrap it themselves.
      text: () => renderText(article, { baseUrl, width: 0, extensions: options.extensions, ...(options.html?.labels && { labels: options.html.labels }) }),
      summary: article.dek?.length ? inlineText(article.dek) : undefined,
      updated: article.modified ?? article.published,
    };
  });
}

/** The newest change among the items (deterministic, unlike the time of the build). */
const lastUpdated = (list: readonly Item[]) =>
  list.reduce<string | undefined>((latest, item) => (latest === undefined || Date.parse(item.updated) > Date.parse(latest) ? item.updated : latest), undefined);

/**
 * `]]>` may not appear in XML character data, and xast-util-to-xml escapes
 * only `&` and `<` in text: text holding `>` is written escaped as a raw node.
 */
function escapeGreaterThan(node: XmlElement): void {
  node.children = node.children.map((child) => {
    if (child.type === 'element') escapeGreaterThan(child);
    if (child.type !== 'text' || !child.value.includes('>')) return child;
    return { type: 'raw', value: child.value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;') } as unknown as typeof child;
  });
}

function xml(root: XmlElement): string {
  escapeGreaterThan(root);
  const document: XmlRoot = { type: 'root', children: [{ type: 'instruction', name: 'xml', value: 'version="1.0" encoding="utf-8"' }, { type: 'text', value: '\n' }, root] };
  return `${toXml(document, { allowDangerousXml: true })}\n`;
}

function rss(list: readonly Item[], site: FeedSite): string {
  const updated = lastUpdated(list);
  const channel = [
    x('title', site.title),
    x('link', site.url),
    x('description', site.description ?? site.title),
    x('language', site.language ?? list[0]?.article.language),
    updated ? x('lastBuildDate', rfc822(updated)) : undefined,
    site.feedUrl ? x('atom:link', { href: site.feedUrl, rel: 'self', type: feedMediaTypes.rss }) : undefined,
    x('generator', 'presswork'),
    ...list.map(({ article, html, summary }) =>
      x('item', [
        x('title', article.headline),
        x('link', article.canonicalUrl),
        x('guid', { isPermaLink: 'true' }, article.canonicalUrl),
        summary ? x('description', summary) : undefined,
        x('content:encoded', html),
        x('pubDate', rfc822(article.published)),
        ...people(article).map((byline) => x('dc:creator', byline.name)),
        article.section ? x('category', article.section.name) : undefined,
        ...(article.tags ?? []).map((tag) => x('category', tag)),
      ]),
    ),
  ];
  const root = x(
    'rss',
    { version: '2.0', 'xmlns:atom': 'http://www.w3.org/2005/Atom', 'xmlns:content': 'http://purl.org/rss/1.0/modules/content/', 'xmlns:dc': 'http://purl.org/dc/elements/1.1/' },
    x('channel', channel),
  );
  return xml(root);
}

function atom(list: readonly Item[], site: FeedSite): string {
  const updated = lastUpdated(list) ?? '1970-01-01T00:00:00Z';
  const root = x('feed', { xmlns: 'http://www.w3.org/2005/Atom', 'xml:lang': site.language ?? list[0]?.article.language }, [
    x('id', site.feedUrl ?? site.url),
    x('title', site.title),
    site.description ? x('subtitle', site.description) : undefined,
    x('updated', rfc3339(updated)),
    x('link', { rel: 'alternate', type: 'text/html', href: site.url }),
    site.feedUrl ? x('link', { rel: 'self', type: feedMediaTypes.atom, href: site.feedUrl }) : undefined,
    // RFC 4287 §4.1.1: a feed names an author unless every entry does; the publication stands in.
    x('author', [x('name', site.title)]),
    site.icon ? x('icon', site.icon) : undefined,
    x('generator', 'presswork'),
    ...list.map(({ article, html, summary, updated: entryUpdated }) =>
      x('entry', { 'xml:lang': article.language }, [
        x('id', article.canonicalUrl),
        x('title', article.headline),
        x('updated', rfc3339(entryUpdated)),
        x('published', rfc3339(article.published)),
        x('link', { rel: 'alternate', type: 'text/html', href: article.canonicalUrl }),
        ...people(article).map((byline) => x('author', [x('name', byline.name), byline.url ? x('uri', byline.url) : undefined])),
        summary ? x('summary', { type: 'text' }, summary) : undefined,
        x('content', { type: 'html' }, html),
        ...[...(article.section ? [article.section.name] : []), ...(article.tags ?? [])].map((term) => x('category', { term })),
      ]),
    ),
  ]);
  return xml(root);
}

function jsonFeed(list: readonly Item[], site: FeedSite): string {
  const feed = {
    version: 'https://jsonfeed.org/version/1.1',
    title: site.title,
    home_page_url: site.url,
    ...(site.feedUrl && { feed_url: site.feedUrl }),
    ...(site.description && { description: site.description }),
    ...(site.icon && { icon: site.icon }),
    language: site.language ?? list[0]?.article.language,
    items: list.map(({ article, html, text, summary }) => ({
      id: article.canonicalUrl,
      url: article.canonicalUrl,
      title: article.headline,
      content_html: html,
      content_text: text(),
      ...(summary && { summary }),
      ...(article.lead?.type === 'image' && { image: new URL(article.lead.src, article.canonicalUrl).href }),
      date_published: rfc3339(article.published),
      ...(article.modified && { date_modified: rfc3339(article.modified) }),
      ...(people(article).length > 0 && { authors: people(article).map((byline) => ({ name: byline.name, ...(byline.url && { url: byline.url }) })) }),
      ...((article.tags?.length ?? 0) > 0 && { tags: article.tags }),
      language: article.language,
    })),
  };
  return `${JSON.stringify(feed, null, 2)}\n`;
}

/**
 * Render a list of articles as a feed: RSS 2.0 (with the full HTML in
 * `content:encoded`), Atom (RFC 4287) or JSON Feed 1.1 (HTML and plain
 * text), newest first. Each item's content is the accessible HTML fragment
 * `renderHtml` makes, with absolute URLs. Deterministic: dates come from the
 * articles, never the clock. Synchronous and portable.
 */
export function renderFeed(articles: readonly Article[], options: FeedOptions): string {
  const list = items(articles, options);
  if (options.format === 'rss') return rss(list, options.site);
  if (options.format === 'atom') return atom(list, options.site);
  if ((options.format as string) === 'jsonfeed') return jsonFeed(list, options.site);
  // JavaScript callers are not type-checked.
  throw new TypeError(`Unknown feed format ${JSON.stringify(options.format)}; expected 'rss', 'atom' or 'jsonfeed'`);
}
