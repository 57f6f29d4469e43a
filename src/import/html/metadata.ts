import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import { attribute } from './state.js';

/** What a page says about its article, before Readability rewrites the document. */
export interface PageMetadata {
  headline?: string;
  description?: string;
  authors: Array<{ name: string; url?: string }>;
  published?: string;
  modified?: string;
  canonicalUrl?: string;
  section?: string;
  tags: string[];
  language?: string;
  direction?: string;
  siteName?: string;
  identifier?: string;
  /** The page's `<base href>`. */
  base?: string;
}

type Json = Record<string, unknown>;

const articleTypes =
  /^(?:NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|ReviewNewsArticle|BackgroundNewsArticle|BlogPosting|LiveBlogPosting|Report|ScholarlyArticle|TechArticle)$/;

/** What the metadata is read from, gathered in one walk of the page. */
interface Head {
  metas: Map<string, string[]>;
  canonical?: string;
  base?: string;
  title?: string;
  jsonLd: string[];
  lang?: string;
  dir?: string;
}

function collect(tree: Root): Head {
  const head: Head = { metas: new Map(), jsonLd: [] };
  visit(tree, 'element', (element: Element) => {
    const { tagName, properties } = element;
    if (tagName === 'html') {
      head.lang = attribute(element, 'lang');
      head.dir = attribute(element, 'dir');
    } else if (tagName === 'meta') {
      const content = attribute(element, 'content');
      for (const key of [attribute(element, 'property'), attribute(element, 'name'), attribute(element, 'itemProp')]) {
        if (key && content) head.metas.set(key.toLowerCase(), [...(head.metas.get(key.toLowerCase()) ?? []), content]);
      }
    } else if (
      tagName === 'link' &&
      String(properties.rel ?? '')
        .split(/[\s,]+/)
        .includes('canonical')
    ) {
      head.canonical ??= attribute(element, 'href');
    } else if (tagName === 'title') {
      head.title ??= text(element.children.map((child) => (child.type === 'text' ? child.value : '')).join(''));
    } else if (tagName === 'base') {
      head.base ??= attribute(element, 'href');
    } else if (tagName === 'script' && properties.type === 'application/ld+json') {
      head.jsonLd.push(element.children.map((child) => (child.type === 'text' ? child.value : '')).join(''));
    }
  });
  return head;
}

/** Every JSON-LD node of the page, with `@graph` and arrays unfolded. */
function jsonLdNodes(scripts: readonly string[]): Json[] {
  const nodes: Json[] = [];
  const add = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(add);
    else if (value && typeof value === 'object') {
      nodes.push(value as Json);
      if ('@graph' in value) add((value as Json)['@graph']);
    }
  };
  for (const script of scripts) {
    try {
      // Some CMSs wrap the JSON in a CDATA comment.
      add(JSON.parse(script.replace(/^\s*<!\[CDATA\[|\]\]>\s*$/g, '')));
    } catch {
      // Broken JSON-LD says nothing; the other sources still count.
    }
  }
  return nodes;
}

const typesOf = (node: Json): string[] => [node['@type']].flat().filter((type): type is string => typeof type === 'string');
const text = (value: unknown): string | undefined => {
  if (typeof value === 'string') return value.replace(/\s+/g, ' ').trim() || undefined;
  if (Array.isArray(value)) return text(value[0]);
  if (value && typeof value === 'object') return text((value as Json).name ?? (value as Json)['@value']);
  return undefined;
};

function people(value: unknown): Array<{ name: string; url?: string }> {
  return [value]
    .flat()
    .flatMap((entry) => {
      if (typeof entry === 'string') return [{ name: entry }];
      if (!entry || typeof entry !== 'object') return [];
      const name = text((entry as Json).name);
      const url = text((entry as Json).url);
      return name ? [url ? { name, url } : { name }] : [];
    })
    .filter((person) => !/^https?:/.test(person.name));
}

function keywords(value: unknown): string[] {
  const list = Array.isArray(value) ? value : typeof value === 'string' ? value.split(',') : [];
  return list.map((item) => text(item)).filter((item): item is string => item !== undefined);
}

/** Read JSON-LD (NewsArticle and kin), Open Graph, `<meta>`, `<link rel=canonical>` and `<html lang dir>`. */
export function readMetadata(tree: Root): PageMetadata {
  const head = collect(tree);
  const metas = (name: string) => (head.metas.get(name.toLowerCase()) ?? []).map(text).filter((value): value is string => !!value);
  const meta = (...names: string[]): string | undefined => names.map((name) => metas(name)[0]).find(Boolean);
  const article = jsonLdNodes(head.jsonLd).find((node) => typesOf(node).some((type) => articleTypes.test(type))) ?? {};
  const section = text(article.articleSection) ?? meta('article:section');
  const tags = [...new Set([...metas('article:tag'), ...keywords(article.keywords), ...keywords(meta('news_keywords'))])];
  const authors = people(article.author ?? article.creator);
  const locale = meta('og:locale')?.replace('_', '-');
  const canonical = head.canonical;
  const mainEntity = article.mainEntityOfPage;
  return {
    headline: text(article.headline) ?? meta('og:title', 'twitter:title') ?? head.title,
    description: text(article.description) ?? meta('og:description', 'description', 'twitter:description'),
    authors: authors.length > 0 ? authors : metas('author').map((name) => ({ name })),
    published: text(article.datePublished) ?? meta('article:published_time', 'datePublished', 'date', 'pubdate'),
    modified: text(article.dateModified) ?? meta('article:modified_time', 'dateModified', 'og:updated_time'),
    canonicalUrl: canonical ?? meta('og:url') ?? text(article.url) ?? (typeof mainEntity === 'string' ? mainEntity : text((mainEntity as Json | undefined)?.['@id'])),
    section,
    tags,
    language: text(head.lang) ?? text(article.inLanguage) ?? locale,
    direction: text(head.dir)?.toLowerCase(),
    siteName: text((article.publisher as Json | undefined)?.name) ?? meta('og:site_name'),
    identifier: text(article.identifier),
    base: head.base,
  };
}
