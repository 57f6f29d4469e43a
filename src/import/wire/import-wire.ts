import { schemaVersion } from '../../model/migrate.js';
import { francAll } from 'franc-min';
import { lintArticle } from '../../lint/lint-article.js';
import { lintRules } from '../../lint/rules/index.js';
import { latinLanguages } from '../../lint/rules/language-of-parts.js';
import type { Article } from '../../model/types.js';
import { formatPath } from '../../model/path.js';
import { slugFor } from '../html/fields.js';
import { cleanText } from '../html/inline.js';
import { todoMarker, type ImportIssue, type ImportResult } from '../types.js';

/** Options for `importWireText`: what a plain wire story does not say about itself. */
export interface ImportWireOptions {
  /** The headline, when the text does not start with one. */
  headline?: string;
  /** The article's language (BCP 47); detected from the text when not given. */
  language?: string;
  /** First publication (ISO 8601 with offset). */
  published?: string;
  /** The https address it will be published at. */
  url?: string;
}

type Draft = Record<string, unknown>;

const bylinePattern = /^by\s+(.{2,120})$/i;
const readMore = /^(?:read|see) (?:more|also)\s*[:—–-]\s*(.+)$/i;
const dateline = /^([A-Z][A-Z.'’ -]{1,40}?(?:,\s*[A-Z][A-Za-z. ]{1,30})?)\s*(?:\(([A-Za-z ]{2,20})\))?\s*[—–]\s*/;

/** A first paragraph that reads as a headline: short, one line, no closing full stop. */
const isHeadline = (paragraph: string) => paragraph.length <= 160 && !/[.!?:”"]$/.test(paragraph) && !paragraph.includes('\n');

function detectLanguage(text: string): string | undefined {
  const [best, second] = francAll(text, { only: Object.keys(latinLanguages), minLength: 40 });
  return best && best[1] > 0.9 && (!second || second[1] < best[1]) ? latinLanguages[best[0]] : undefined;
}

const paragraph = (text: string): Draft => ({ type: 'paragraph', children: [{ type: 'text', value: text }] });

/**
 * Import a plain wire story (paragraphs separated by blank lines) as a draft
 * article. The content lint does the reading: comment-form and share-button
 * furniture is removed (each a notice), a "READ MORE:" line becomes a related
 * link, and what needs an editor (a "watch … in the player above" line, a name
 * spelt two ways, a repeated word in a quote) is a gap at its paragraph.
 */
export function importWireText(text: string, options: ImportWireOptions = {}): ImportResult {
  const issues: ImportIssue[] = [];
  const gap = (code: string, message: string, segments?: Array<string | number>) => issues.push({ code, severity: 'gap', message, ...(segments && { path: formatPath(segments), segments }) });
  const paragraphs = text
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((part) => cleanText(part).trim())
    .filter(Boolean);
  const article: Draft = { schemaVersion };
  let headline = options.headline?.trim();
  if (!headline && paragraphs.length > 1 && isHeadline(paragraphs[0]!)) headline = paragraphs.shift();
  const bylines: Draft[] = [];
  const byline = bylinePattern.exec(paragraphs[0] ?? '');
  if (byline) {
    paragraphs.shift();
    for (const name of byline[1]!.split(/\s*(?:,|\band\b)\s*/)) if (name.trim()) bylines.push({ name: name.trim(), role: 'reporter' });
  }
  const language = options.language ?? detectLanguage(paragraphs.join(' '));
  const slug = slugFor(options.url, headline ?? paragraphs[0]);
  article.id = `wire-${slug}`;
  article.slug = slug;
  if (language) article.language = language;
  else gap('missing_language', 'The language of the text could not be told: set `language`', ['language']);
  article.headline = headline ?? `${todoMarker}: write the headline`;
  if (!headline) gap('missing_headline', 'The text has no headline line: write one (or pass `headline`)', ['headline']);
  article.bylines = bylines;
  const lead = dateline.exec(paragraphs[0] ?? '');
  if (lead) {
    article.dateline = lead[1]!.trim();
    if (lead[2]) article.source = { name: lead[2].trim(), kind: 'wire' };
    paragraphs[0] = paragraphs[0]!.slice(lead[0].length);
  }
  if (!article.source) article.source = { name: 'Wire report', kind: 'wire' };
  article.published = options.published;
  if (!options.published) gap('missing_date', 'A wire story does not carry its publication time: set `published`', ['published']);
  article.canonicalUrl = options.url;
  if (!options.url?.startsWith('https://')) gap('missing_canonical_url', 'Set `canonicalUrl`, the https address the story will be published at', ['canonicalUrl']);
  article.body = furniture(paragraphs.map(paragraph), issues, gap);
  for (const finding of lintArticle(lintable(article), { rules: { readability: 'off' } })) {
    if (finding.severity === 'info') continue;
    gap(`lint:${finding.ruleId}`, `${finding.message} (${finding.help})`, [...finding.segments]);
  }
  return { article: Object.fromEntries(Object.entries(article).filter(([, value]) => value !== undefined)), issues };
}

/**
 * Remove the furniture the lint recognises (comment forms, share buttons,
 * ad markers: notices) and turn "READ MORE:" lines into related links.
 */
function furniture(body: Draft[], issues: ImportIssue[], gap: (code: string, message: string, segments?: Array<string | number>) => void): Draft[] {
  const findings = lintArticle(lintable({ body, language: 'en' }), { rules: onlyFurniture });
  const removed = new Set(findings.filter((finding) => finding.fix?.kind === 'remove').map((finding) => finding.segments[1] as number));
  const out: Draft[] = [];
  body.forEach((block, index) => {
    const text = String(((block.children as Draft[])[0] as Draft).value);
    if (removed.has(index)) {
      issues.push({ code: 'boilerplate_removed', severity: 'notice', message: `Removed “${text.slice(0, 60)}”: page furniture, not the story` });
      return;
    }
    const more = readMore.exec(text);
    if (more) {
      const segments = ['body', out.length, 'url'];
      out.push({ type: 'relatedLink', headline: more[1]!.trim() });
      gap('missing_url', `“READ MORE: ${more[1]!.trim().slice(0, 50)}” became a related link: add the URL of that story`, segments);
      return;
    }
    out.push(block);
  });
  return out;
}

const onlyFurniture = Object.fromEntries(lintRules.map((rule) => [rule.id, rule.id === 'boilerplate-residue' ? ('error' as const) : ('off' as const)]));

/** The draft with stand-ins for what the lint does not read (dates, addresses), so it can walk the body. */
function lintable(draft: Draft): Article {
  return {
    schemaVersion,
    id: 'x',
    slug: 'x',
    language: 'en',
    headline: 'x',
    bylines: [],
    published: '2000-01-01T00:00:00Z',
    canonicalUrl: 'https://x.invalid/',
    ...draft,
    body: draft.body,
  } as Article;
}
