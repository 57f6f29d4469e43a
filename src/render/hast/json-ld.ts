import type { Element } from 'hast';
import type { NewsArticle, Organization, Person, WithContext } from 'schema-dts';
import { inlineText } from '../../model/inline-text.js';
import type { Article } from '../../model/types.js';
import type { SiteOptions } from './options.js';

const absolute = (url: string, base: string) => new URL(url, base).href;
/** A size in pixels as schema.org types it (`QuantitativeValue`, UN/CEFACT unit E37). */
const pixels = (value: number) => ({ '@type': 'QuantitativeValue' as const, value, unitCode: 'E37' });

/** The article's images, not decorative ones: the lead image or video poster, then body and gallery images. */
function articleImages(article: Article): string[] {
  const found: string[] = [];
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) for (const item of value) visit(item);
    else if (value && typeof value === 'object') {
      const node = value as { type?: string; src?: string; decorative?: boolean; poster?: { src: string } };
      if (node.type === 'image' && node.src && !node.decorative) found.push(node.src);
      if (node.type === 'video' && node.poster) found.push(node.poster.src);
      for (const child of Object.values(value)) if (child && typeof child === 'object') visit(child);
    }
  };
  visit(article.lead);
  visit(article.body);
  return found;
}

/** The schema.org `NewsArticle` of an article, as plain data (typed with schema-dts). */
export function newsArticleData(article: Article, site: SiteOptions): WithContext<NewsArticle> {
  const base = site.baseUrl ?? article.canonicalUrl;
  // Google's Article guidance: every representative image, largest rendition first where known.
  const images = [...new Set(articleImages(article).map((src) => absolute(src, base)))];
  const writers = article.bylines.filter((byline) => byline.role === 'author' || byline.role === 'reporter' || byline.role === 'contributor');
  // A story credited only to its photographers or videographers was made by them.
  const people = writers.length > 0 ? writers : article.bylines.filter((byline) => byline.role === 'photographer' || byline.role === 'videographer');
  const author: Array<Person | Organization> | undefined =
    people.length > 0
      ? people.map((person): Person => ({ '@type': 'Person', name: person.name, ...(person.url && { url: absolute(person.url, base) }) }))
      : article.source
        ? [{ '@type': 'Organization', name: article.source.name, ...(article.source.url && { url: absolute(article.source.url, base) }) }]
        : undefined;
  const data: WithContext<NewsArticle> = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.headline,
    alternativeHeadline: article.alternativeHeadline,
    description: article.dek && inlineText(article.dek),
    image: images.length > 0 ? images : undefined,
    datePublished: article.published,
    dateModified: article.modified ?? article.published,
    author,
    publisher: site.name
      ? {
          '@type': 'Organization',
          name: site.name,
          ...(site.url && { url: site.url }),
          ...(site.logo && { logo: { '@type': 'ImageObject', url: absolute(site.logo.src, base), width: pixels(site.logo.width), height: pixels(site.logo.height) } }),
        }
      : undefined,
    mainEntityOfPage: { '@type': 'WebPage', '@id': article.canonicalUrl },
    inLanguage: article.language,
    articleSection: article.section?.name,
    keywords: article.tags?.length ? article.tags : undefined,
    dateline: article.dateline,
    accessibilitySummary: article.accessibilitySummary,
    copyrightNotice: article.rights?.copyright,
    license: article.rights?.license && absolute(article.rights.license, base),
  };
  // Fields without a value are left out of the JSON, not written as null.
  return Object.fromEntries(Object.entries(data).filter(([, value]) => value !== undefined)) as unknown as typeof data;
}

/**
 * JSON safe inside `<script>`: `<`, `>`, `&` and the JS line separators are
 * escaped, so `</script>` or `<!--` in a headline can never end the script.
 * (Script text is raw in HTML: the serializer cannot escape it for us.)
 */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** A `<script type="application/ld+json">` element with the article's structured data. */
export function jsonLdScript(article: Article, site: SiteOptions): Element {
  return {
    type: 'element',
    tagName: 'script',
    properties: { type: 'application/ld+json' },
    children: [{ type: 'text', value: scriptSafeJson(newsArticleData(article, site)) }],
  };
}
