import { schemaVersion } from '../../model/migrate.js';
import type { ElementContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { directionOf } from '../../model/language-tags.js';
import { unexplained } from '../gaps.js';
import { ImportError, todoMarker, type ImportResult } from '../types.js';
import { convertBlocks } from './blocks.js';
import { bylineNames, isoDateTime, languageFrom, slugFor } from './fields.js';
import { cleanText, resolveUrl } from './inline.js';
import { inlineText } from '../../model/inline-text.js';
import type { Inline } from '../../model/types.js';
import { readMetadata } from './metadata.js';
import { decodePage, importLimits, prunePage } from './page.js';
import { toDom } from 'hast-util-to-dom';
import { select } from 'hast-util-select';
import { createState, lineAttribute, type Draft } from './state.js';

/** Options for `importHtml`. */
export interface ImportHtmlOptions {
  /** The page's address: relative links and images resolve against it, and it is the canonical URL when the page names none. */
  url?: string;
}

const validUrl = (value: string | undefined): string | undefined => {
  try {
    return value ? new URL(value).href : undefined;
  } catch {
    return undefined;
  }
};

/**
 * Import a web page as a draft article: the story found by Mozilla
 * Readability (on jsdom, scripts never run), converted to presswork blocks,
 * with metadata from JSON-LD, Open Graph and `<meta>`. What the draft lacks
 * for an accessible article (alt text, captions, frame titles…) is a `gap`
 * with the draft path and the source element; what was left out (scripts,
 * forms, ads) is a `notice`. Nothing is invented: a missing alt text is a
 * `TODO:` the validator rejects until a person writes it.
 *
 * @throws {ImportError} when the page is beyond `importLimits` (size, elements, depth).
 */
export async function importHtml(html: string | Uint8Array, options: ImportHtmlOptions = {}): Promise<ImportResult> {
  const tree = fromHtml(decodePage(html));
  const notices = prunePage(tree);
  const metadata = readMetadata(tree);
  const url = validUrl(options.url);
  const { Readability } = await import('@mozilla/readability');
  // A fresh document in a shared jsdom window (a window costs more to make than most pages
  // take to import): no scripts run, no resources load, and each element carries its source
  // line through Readability, which keeps data-* attributes.
  const document = (await sharedWindow()).document.implementation.createHTMLDocument('');
  document.replaceChild(
    toDom(tree, {
      document,
      afterTransform(node, domNode) {
        if (node.type === 'element' && node.position) (domNode as globalThis.Element).setAttribute(lineAttribute, String(node.position.start.line));
      },
    }).firstChild ?? document.createElement('html'),
    document.documentElement,
  );
  let reader: ReturnType<InstanceType<typeof Readability>['parse']>;
  try {
    reader = new Readability(document, { keepClasses: true, maxElemsToParse: importLimits.maxElements }).parse();
  } catch (error) {
    throw new ImportError('too_many_elements', `Readability could not read the page: ${(error as Error).message}`);
  }
  // A <base href> in the page decides where its relative links point.
  // Relative links resolve against the page's <base href>, its address, or else its canonical URL.
  const page = url ?? validUrl(metadata.canonicalUrl);
  const base = validUrl(metadata.base && page ? new URL(metadata.base, page).href : (metadata.base ?? page)) ?? page;
  const headline = cleanText(reader?.title ?? metadata.headline ?? '').trim();
  const state = createState(base, headline);
  state.issues.push(...notices);
  const language = languageFrom(reader?.lang, metadata.language) ?? '';
  if (!reader) state.report('gap', 'no_article_found', 'Readability found no article in the page: the whole page was converted; remove what is not the story', ['body']);
  const content = reader?.content as string | null | undefined;
  const nodes = content ? fromHtml(content, { fragment: true }).children : (select('body', tree)?.children ?? []);
  const body = convertBlocks(state, nodes as ElementContent[], ['body'], language || 'en');

  const article: Draft = { schemaVersion };
  const canonical = resolveUrl(state, metadata.canonicalUrl, 'media') ?? url;
  article.id = metadata.identifier ?? (canonical && canonical.length <= 200 ? canonical : undefined) ?? slugFor(canonical, headline);
  article.slug = slugFor(canonical, headline);
  article.language = language || undefined;
  if (!language) state.report('gap', 'missing_language', 'The page does not say its language: set `language` (a BCP 47 tag such as `en` or `fr-CA`)', ['language']);
  const direction = (reader?.dir ?? metadata.direction)?.toLowerCase();
  if ((direction === 'rtl' || direction === 'ltr') && language && direction !== directionOf(language)) article.direction = direction;
  article.headline = headline || `${todoMarker}: write the headline`;
  if (!headline) state.report('gap', 'missing_headline', 'The page has no title or headline: write one', ['headline']);
  const description = cleanText(metadata.description ?? '').trim();
  const opening = body[0]?.type === 'paragraph' ? inlineText(body[0].children as Inline[]).trim() : '';
  if (description && description !== headline && !opening.startsWith(description.slice(0, 60))) article.dek = [{ type: 'text', value: description }];
  if (metadata.section) article.section = { name: metadata.section };
  if (metadata.tags.length > 0) article.tags = metadata.tags;
  // Readability's byline first (it reads JSON-LD, Dublin Core and the page's byline element), with
  // the author pages JSON-LD gives; the page's own author metadata when Readability found none.
  const names = bylineNames(reader?.byline);
  const authors: Array<{ name: string; url?: string }> = names.length > 0 ? names.map((name) => metadata.authors.find((author) => author.name === name) ?? { name }) : metadata.authors;
  article.bylines = authors.map((author) => {
    const link = resolveUrl(state, author.url, 'media');
    return link ? { name: cleanText(author.name).trim(), role: 'author', url: link } : { name: cleanText(author.name).trim(), role: 'author' };
  });
  const siteName = cleanText(reader?.siteName ?? metadata.siteName ?? '').trim();
  if (siteName) article.source = { name: siteName };
  dates(state, article, reader?.publishedTime ?? metadata.published, metadata.modified);
  if (canonical) article.canonicalUrl = canonical;
  if (!canonical?.startsWith('https://')) {
    state.report(
      'gap',
      'missing_canonical_url',
      canonical
        ? `The page's address \`${canonical}\` is not https: set \`canonicalUrl\` to the https address it is published at`
        : 'The page names no address: set `canonicalUrl` (pass `url` to the importer)',
      ['canonicalUrl'],
    );
  }
  article.body = body;
  if (body.length === 0) state.report('gap', 'empty_body', 'Nothing of the story could be imported: the page holds no text Readability recognised', ['body']);
  return { article: withoutUndefined(article), issues: [...state.issues, ...unexplained(article, state.issues)] };
}

let window: Promise<{ document: Document; close(): void }> | undefined;
let uses = 0;
/**
 * A jsdom window shared by the next imports: making one costs more than most pages take to
 * import, but a window keeps every document made in it, so it is replaced every 16 pages.
 */
function sharedWindow(): Promise<{ document: Document }> {
  if (window && ++uses % 16 === 0) {
    void window.then((old) => old.close());
    window = undefined;
  }
  window ??= import('jsdom').then(({ JSDOM, VirtualConsole }) => new JSDOM('', { virtualConsole: new VirtualConsole() }).window);
  return window;
}

function dates(state: ReturnType<typeof createState>, article: Draft, published: string | null | undefined, modified: string | undefined): void {
  const first = isoDateTime(published ?? undefined);
  if (first) article.published = first;
  else {
    article.published = published ?? undefined;
    state.report(
      'gap',
      'missing_date',
      published
        ? `The publication date \`${published}\` has no time zone (or does not parse): write it as an ISO 8601 date-time with an offset`
        : 'The page gives no publication date: set `published`',
      ['published'],
    );
  }
  const last = isoDateTime(modified);
  if (last && last !== first) article.modified = last;
}

function withoutUndefined(article: Draft): Draft {
  return Object.fromEntries(Object.entries(article).filter(([, value]) => value !== undefined));
}
