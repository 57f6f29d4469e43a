import { schemaVersion } from '../../model/migrate.js';
import type { ElementContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { isLanguageTag } from '../../model/language-tags.js';
import { unexplained } from '../gaps.js';
import { isoDateTime, slugFor } from '../html/fields.js';
import { cleanText, convertInline, resolveUrl, trimInline, visible } from '../html/inline.js';
import { createState, type Draft, type ImportState, type Path } from '../html/state.js';
import { headingLevels } from '../heading-levels.js';
import { todoMarker, type ImportResult } from '../types.js';

/** An ANS object (Arc XP's Arc Native Specification): a story or one of its content elements. */
export type AnsElement = Record<string, unknown> & { type?: string };

/** Options for `fromAns`. */
export interface FromAnsOptions {
  /** The site's address, for the story's relative `canonical_url` and image URLs (`https://www.example.com`). */
  baseUrl?: string;
  /** Content elements by `type` (or `type/subtype`) that presswork has no block for: presswork blocks, or `undefined` to report a gap. */
  types?: Record<string, (element: AnsElement, path: Path) => Draft | Draft[] | undefined>;
}

const text = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() ? cleanText(value).trim() : undefined);
const record = (value: unknown): AnsElement => (value && typeof value === 'object' && !Array.isArray(value) ? (value as AnsElement) : {});
const list = (value: unknown): AnsElement[] => (Array.isArray(value) ? value.filter((item): item is AnsElement => !!item && typeof item === 'object') : []);

/** ANS text is HTML (`<i>`, `<a href>`): its inline content. */
function inlineHtml(state: ImportState, html: unknown, path: Path): Draft[] {
  if (typeof html !== 'string') return [];
  return trimInline(convertInline(state, fromHtml(html, { fragment: true }).children as ElementContent[], path, () => undefined));
}

const names = (credits: unknown): string[] =>
  list(record(credits).by)
    .map((person) => text(person.name) ?? text(person.byline))
    .filter((name): name is string => name !== undefined);

/** Milliseconds as an ISO 8601 duration (`PT2M19S`). */
const duration = (milliseconds: unknown) => (typeof milliseconds === 'number' && milliseconds > 0 ? `PT${Math.round(milliseconds / 1000)}S` : undefined);

/**
 * An Arc XP ANS story as a draft article: headlines, description, credits,
 * dates, taxonomy, promo image, corrections and content elements (text and
 * headers, images and galleries, lists, quotes and pull quotes, tables, code,
 * videos, oEmbed responses, interstitial links, raw HTML, element groups).
 * Alt text, captions and titles a story lacks are gaps, as in `importHtml`;
 * element types without a presswork block go through `options.types` or are
 * listed as gaps, never dropped silently.
 */
export function fromAns(story: AnsElement, options: FromAnsOptions = {}): ImportResult {
  const headline = text(record(story.headlines).basic) ?? '';
  const canonical = text(story.canonical_url);
  const base = options.baseUrl ?? (canonical && /^https?:/.test(canonical) ? canonical : undefined);
  const state = createState(base, headline);
  const article: Draft = { schemaVersion };
  article.id = text(story._id) ?? slugFor(canonical, headline);
  article.slug = slugFor(base && canonical ? new URL(canonical, base).href : undefined, headline);
  const language = text(story.language);
  if (language && isLanguageTag(language)) article.language = language;
  else state.report('gap', 'missing_language', 'The story has no `language` presswork can use: set it (a BCP 47 tag)', ['language']);
  article.headline = headline || `${todoMarker}: write the headline`;
  if (!headline) state.report('gap', 'missing_headline', 'The story has no basic headline: write one', ['headline']);
  const dek = inlineHtml(state, record(story.subheadlines).basic ?? record(story.description).basic, ['dek']);
  if (visible(dek)) article.dek = dek;
  const section = text(record(record(story.taxonomy).primary_section).name) ?? text(record(record(story.taxonomy).primary_site).name);
  if (section) article.section = { name: section };
  const tags = list(record(story.taxonomy).tags)
    .map((tag) => text(tag.text))
    .filter((tag): tag is string => tag !== undefined);
  if (tags.length > 0) article.tags = tags;
  article.bylines = [
    ...list(record(story.credits).by).flatMap((person) => {
      const name = text(person.name) ?? text(person.byline);
      const url = resolveUrl(state, text(person.url), 'media');
      return name ? [{ name, role: 'author', ...(url && { url }) }] : [];
    }),
    ...names({ by: record(story.credits).photos_by }).map((name) => ({ name, role: 'photographer' })),
  ];
  const published = isoDateTime(text(story.first_publish_date) ?? text(story.publish_date) ?? text(story.display_date));
  if (published) article.published = published;
  else state.report('gap', 'missing_date', 'The story has no publication date with a time zone: set `published`', ['published']);
  const modified = isoDateTime(text(story.last_updated_date));
  if (modified && modified !== published) article.modified = modified;
  const url = canonical && (base ? new URL(canonical, base).href : /^https:/.test(canonical) ? canonical : undefined);
  if (url?.startsWith('https://')) article.canonicalUrl = url;
  else state.report('gap', 'missing_canonical_url', canonical ? `The canonical URL \`${canonical}\` is relative or not https: pass \`baseUrl\`` : 'The story has no `canonical_url`', ['canonicalUrl']);
  const promo = record(record(story.promo_items).basic);
  if (promo.type === 'image') article.lead = image(state, promo, ['lead']);
  const converter = new Elements(state, options, language ?? 'en');
  article.body = converter.blocks(list(story.content_elements), ['body']);
  const corrections = [...list(story.corrections), ...converter.corrections].map((correction, index) => correctionOf(state, correction, index));
  if (corrections.length > 0) article.corrections = corrections;
  if (typeof story.copyright === 'string' && story.copyright.trim()) article.rights = { copyright: cleanText(story.copyright).trim() };
  if ((article.body as Draft[]).length === 0) state.report('gap', 'empty_body', 'The story has no content elements presswork could convert', ['body']);
  return { article, issues: [...state.issues, ...unexplained(article, state.issues)] };
}

const correctionKinds: Record<string, string> = { correction: 'correction', clarification: 'clarification', update: 'update' };

function correctionOf(state: ImportState, correction: AnsElement, index: number): Draft {
  const path: Path = ['corrections', index];
  const draft: Draft = { kind: correctionKinds[String(correction.correction_type)] ?? 'correction', text: inlineHtml(state, correction.text, [...path, 'text']) };
  // ANS corrections carry no date; presswork shows when each was made.
  state.report('gap', 'missing_date', 'The correction has no date in ANS: set when it was made', [...path, 'date']);
  return draft;
}

function image(state: ImportState, element: AnsElement, path: Path): Draft | undefined {
  const src = resolveUrl(state, text(element.url), 'media');
  if (!src) {
    state.report('notice', 'lost_element', `An image without an http(s) URL (\`${typeof element.url === 'string' ? element.url.slice(0, 40) : ''}\`) was not imported`, undefined);
    return undefined;
  }
  const draft: Draft = { type: 'image', src };
  const alt = text(element.alt_text);
  if (alt) draft.alt = alt;
  else {
    draft.alt = `${todoMarker}: describe this image`;
    state.report('gap', 'missing_alt', 'The image has no `alt_text`: describe what it shows (or set `decorative: true`)', [...path, 'alt']);
  }
  if (typeof element.width === 'number' && typeof element.height === 'number' && element.width > 0 && element.height > 0) Object.assign(draft, { width: element.width, height: element.height });
  else state.report('gap', 'missing_size', 'The image’s pixel size is unknown: add `width` and `height`', [...path, 'width']);
  const caption = inlineHtml(state, element.caption, [...path, 'caption']);
  if (visible(caption)) draft.caption = caption;
  const credit = names(element.credits).join(', ');
  if (credit) draft.credit = credit;
  return draft;
}

/** Content elements to blocks, one method per ANS type. */
class Elements {
  readonly corrections: AnsElement[] = [];
  private readonly headingLevel = headingLevels();
  constructor(
    private readonly state: ImportState,
    private readonly options: FromAnsOptions,
    private readonly language: string,
  ) {}

  blocks(elements: readonly AnsElement[], path: Path, out: Draft[] = []): Draft[] {
    for (const element of elements) {
      // A group's elements take its place, in order.
      if (element.type === 'element_group' && !this.options.types?.element_group) {
        this.blocks(list(element.content_elements), path, out);
        continue;
      }
      const converted = this.element(element, [...path, out.length]);
      if (converted) out.push(...[converted].flat());
    }
    return out;
  }

  private element(element: AnsElement, path: Path): Draft | Draft[] | undefined {
    const type = element.type ?? '';
    const subtype = typeof element.subtype === 'string' ? element.subtype : '';
    const custom = this.options.types?.[`${type}/${subtype}`] ?? this.options.types?.[type];
    if (custom) {
      const result = custom(element, path);
      if (result === undefined) this.state.report('gap', 'unknown_type', `The “${type}” element was not converted`, path);
      return result;
    }
    switch (type) {
      case 'text': {
        const children = inlineHtml(this.state, element.content, [...path, 'children']);
        return visible(children) ? { type: 'paragraph', children } : undefined;
      }
      case 'header':
        return this.heading(element, path);
      case 'image':
        return image(this.state, element, path);
      case 'gallery': {
        const images = list(element.content_elements)
          .map((item, index) => image(this.state, item, [...path, 'images', index]))
          .filter((item): item is Draft => item !== undefined);
        if (images.length === 0) return undefined;
        const title = text(record(element.headlines).basic);
        return title ? { type: 'gallery', title, images } : { type: 'gallery', images };
      }
      case 'list':
        return this.list(element, path);
      case 'blockquote':
      case 'quote':
        return this.quote(element, path);
      case 'table':
        return this.table(element, path);
      case 'code':
        return typeof element.content === 'string' ? { type: 'code', value: element.content, ...(text(element.language) && { language: text(element.language) }) } : undefined;
      case 'divider':
        return { type: 'divider' };
      case 'interstitial_link': {
        const url = resolveUrl(this.state, text(element.url), 'link');
        const headline = text(element.content);
        if (url && headline) return { type: 'relatedLink', url, headline };
        this.state.report('gap', 'invalid_link', 'An interstitial link without an http(s) URL or text', path);
        return undefined;
      }
      case 'link_list':
        return this.linkList(element, path);
      case 'raw_html':
        return typeof element.content === 'string' && element.content.trim() ? { type: 'html', value: element.content } : undefined;
      case 'oembed_response':
        return this.oembed(element, path);
      case 'video':
        return this.video(element, path);
      case 'correction':
        this.corrections.push(element);
        return undefined;
      default:
        this.state.report(
          'gap',
          'unknown_type',
          `No presswork block for ANS “${type}” elements${typeof element._id === 'string' ? ` (\`_id\` ${element._id})` : ''}: pass a conversion in \`types\``,
          path,
        );
        return undefined;
    }
  }

  private heading(element: AnsElement, path: Path): Draft | undefined {
    const children = inlineHtml(this.state, element.content, [...path, 'children']);
    if (!visible(children)) return undefined;
    const source = typeof element.level === 'number' ? element.level : 2;
    return { type: 'heading', level: this.headingLevel(source), children };
  }

  private list(element: AnsElement, path: Path): Draft | undefined {
    const items: Draft[][] = [];
    for (const item of list(element.items)) {
      // A nested list belongs to the item before it.
      if (item.type === 'list' && items.length > 0) {
        const nested = this.list(item, [...path, 'items', items.length - 1, items.at(-1)!.length]);
        if (nested) items.at(-1)!.push(nested);
        continue;
      }
      const blocks = this.blocks([item], [...path, 'items', items.length]);
      if (blocks.length > 0) items.push(blocks);
    }
    return items.length > 0 ? { type: 'list', ordered: element.list_type === 'ordered', items } : undefined;
  }

  /** A list of links (each an interstitial link): a bulleted list of them, after its title. */
  private linkList(element: AnsElement, path: Path): Draft[] | undefined {
    // With a title, the list comes after the title's paragraph.
    const listPath = text(element.title) ? [...path.slice(0, -1), Number(path.at(-1)) + 1] : path;
    const items: Draft[][] = [];
    for (const item of list(element.items)) {
      const url = resolveUrl(this.state, text(item.url), 'link');
      const label = text(item.content);
      if (!url || !label) continue;
      const blocks: Draft[] = [{ type: 'paragraph', children: [{ type: 'link', url, children: [{ type: 'text', value: label }] }] }];
      const description = inlineHtml(this.state, record(item.description).content, [...listPath, 'items', items.length, 1, 'children']);
      if (visible(description)) blocks.push({ type: 'paragraph', children: description });
      items.push(blocks);
    }
    if (items.length === 0) return undefined;
    const title = text(element.title);
    const links: Draft = { type: 'list', ordered: false, items };
    if (!title) return [links];
    this.state.report('notice', 'link_list_title', `The link list's title “${title.slice(0, 40)}” became a paragraph before it`, path);
    return [{ type: 'paragraph', children: [{ type: 'strong', children: [{ type: 'text', value: title }] }] }, links];
  }

  private quote(element: AnsElement, path: Path): Draft | undefined {
    const citation = inlineHtml(this.state, record(element.citation).content, [...path, 'attribution']);
    if (element.subtype === 'pullquote') {
      const children = trimInline(list(element.content_elements).flatMap((item) => inlineHtml(this.state, item.content, [...path, 'children'])));
      if (!visible(children)) return undefined;
      return visible(citation) ? { type: 'pullquote', children, attribution: citation } : { type: 'pullquote', children };
    }
    const children =
      element.type === 'blockquote' && typeof element.content === 'string'
        ? [{ type: 'paragraph', children: inlineHtml(this.state, element.content, [...path, 'children', 0, 'children']) }]
        : this.blocks(list(element.content_elements), [...path, 'children']);
    if (children.length === 0) return undefined;
    return visible(citation) ? { type: 'blockquote', children, attribution: citation } : { type: 'blockquote', children };
  }

  private table(element: AnsElement, path: Path): Draft {
    const row = (cells: unknown, part: string, index: number) => list(cells).map((cell, column) => inlineHtml(this.state, cell.content, [...path, part, index, column]));
    const head = Array.isArray(element.header) && element.header.length > 0 ? [row(element.header, 'head', 0)] : [];
    const body = (Array.isArray(element.rows) ? element.rows : []).map((cells, index) => row(cells, 'body', index));
    this.state.report('gap', 'missing_caption', 'ANS tables have no caption: write one that names what the table shows', [...path, 'caption']);
    return { type: 'table', caption: [{ type: 'text', value: `${todoMarker}: say what this table shows` }], head, body };
  }

  private oembed(element: AnsElement, path: Path): Draft | undefined {
    const embed = record(element.raw_oembed);
    // The content's own page: oEmbed's `url`, a referent id that is a URL, or the player's address in the embed code.
    const player = typeof embed.html === 'string' ? /<iframe[^>]*\ssrc="([^"]+)"/i.exec(embed.html)?.[1] : undefined;
    const candidates = [text(embed.url), text(record(element.referent).id), player].filter((candidate) => candidate && /^https?:\/\//.test(candidate));
    const url = resolveUrl(this.state, candidates[0], 'media');
    if (!url) {
      this.state.report('gap', 'invalid_embed', 'An oEmbed response without the URL of its content', path);
      return undefined;
    }
    const provider = text(embed.provider_name) ?? new URL(url).hostname;
    const title = text(embed.title);
    if (!title) this.state.report('gap', 'missing_title', 'The embed has no title: write what it shows (WCAG 4.1.2)', [...path, 'title']);
    const draft: Draft = { type: 'embed', provider, url, title: title ?? `${todoMarker}: name this frame` };
    if (typeof embed.html === 'string') draft.html = embed.html;
    if (typeof embed.width === 'number' && embed.width > 0) draft.width = Math.round(embed.width);
    if (typeof embed.height === 'number' && embed.height > 0) draft.height = Math.round(embed.height);
    draft.fallback = [{ type: 'link', url, children: [{ type: 'text', value: title ? `${title} (${provider})` : `View on ${provider}` }] }];
    return draft;
  }

  private video(element: AnsElement, path: Path): Draft | undefined {
    const streams = list(element.streams).filter((stream) => resolveUrl(this.state, text(stream.url), 'media'));
    const mp4 = streams.filter((stream) => /mp4/i.test(String(stream.stream_type ?? stream.streamType ?? stream.url)));
    const chosen = mp4.length > 0 ? mp4 : streams;
    if (chosen.length === 0) {
      this.state.report('gap', 'invalid_video', 'A video without a playable stream URL', path);
      return undefined;
    }
    const first = chosen[0]!;
    const title = text(record(element.headlines).basic);
    const draft: Draft = { type: 'video', title: title ?? `${todoMarker}: name this video` };
    if (!title) this.state.report('gap', 'missing_title', 'The video has no headline to title it', [...path, 'title']);
    if (typeof first.width === 'number' && typeof first.height === 'number') Object.assign(draft, { width: first.width, height: first.height });
    else this.state.report('gap', 'missing_size', 'The video’s pixel size is unknown', [...path, 'width']);
    draft.sources = chosen.map((stream) => ({
      src: resolveUrl(this.state, text(stream.url), 'media'),
      type: /m3u8|ts$/i.test(String(stream.stream_type ?? stream.streamType)) ? 'application/vnd.apple.mpegurl' : 'video/mp4',
    }));
    const time = duration(element.duration);
    if (time) draft.duration = time;
    const transcript = text(element.transcript);
    const tracks = list(record(element.subtitles).urls)
      .filter((track) => /vtt/i.test(String(track.format)))
      .map((track) => ({ src: resolveUrl(this.state, text(track.url), 'media'), srclang: this.language, label: 'Captions', kind: 'captions' }))
      .filter((track) => track.src);
    if (tracks.length > 0) draft.captions = tracks;
    if (transcript) draft.transcript = { text: transcript };
    if (tracks.length === 0 && !transcript) this.state.report('gap', 'missing_captions', 'The video has no WebVTT subtitles and no transcript (WCAG 1.2.1, 1.2.2)', [...path, 'captions']);
    const caption = inlineHtml(this.state, record(element.description).basic, [...path, 'caption']);
    if (visible(caption)) draft.caption = caption;
    return draft;
  }
}
