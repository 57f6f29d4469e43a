import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import fc from 'fast-check';
import { parseJsonFeed, parseRssFeed } from 'feedsmith';
import { describe, expect, it } from 'vitest';
import { createPresswork, type Article } from '../../src/index.js';
import { acme } from '../../examples/acme-extensions/src/index.js';
import { articleInput, textValue } from '../helpers/arbitraries.js';
import { seeded } from '../helpers/property.js';

/**
 * The guarantee of the model: for every block and inline type, built-in and
 * a registered example extension's, every output (HTML, AMP, plain text,
 * RSS, Atom's HTML and JSON Feed) carries the article's words and the URLs
 * a reader follows. The oracle below is written from the model's field
 * docs, not from the renderers.
 */
const presswork = createPresswork(acme);
const base = 'https://news.example.com/story';

const httpsUrl = fc.constantFrom('https://polls.example.com/a', 'https://maps.example.com/b?x=1&y=2');
const poll = fc.record({
  type: fc.constant('acme:poll'),
  question: textValue,
  options: fc.array(fc.record({ id: fc.stringMatching(/^[a-z0-9]{1,6}$/), label: textValue }), { minLength: 2, maxLength: 3 }),
  resultsUrl: httpsUrl,
});
const map = fc.record(
  { type: fc.constant('acme:map'), title: textValue, image: fc.constant({ src: 'https://maps.example.com/m.png', width: 800, height: 600 }), url: httpsUrl, caption: textValue },
  { requiredKeys: ['type', 'title', 'image', 'url'] },
);
const ticker = fc.record({ type: fc.constant('acme:ticker'), symbol: fc.stringMatching(/^[A-Z]{1,5}$/), company: textValue, url: httpsUrl }, { requiredKeys: ['type', 'symbol', 'company'] });

/** A generated article (every built-in type) with extension blocks and a ticker mixed into its body. */
const article = fc.tuple(articleInput, fc.array(fc.tuple(fc.oneof(poll, map), fc.nat()), { maxLength: 3 }), fc.option(ticker, { nil: undefined })).map(([input, extra, inline]) => {
  const body = [...(input.body as Array<Record<string, unknown>>)];
  for (const [block, at] of extra) body.splice(at % (body.length + 1), 0, block);
  if (inline) body.push({ type: 'paragraph', children: [{ type: 'text', value: 'Shares of' }, inline] });
  return presswork.parseArticle({ ...input, body });
});

interface Expected {
  /** Words every output shows. */
  words: string[];
  /** Words every output but plain text shows (pull quotes repeat the body: text leaves them out). */
  visualWords: string[];
  /** Addresses a reader follows: links, related stories, transcripts, embeds, extension links. */
  urls: string[];
}

/** Visible words of raw HTML values the arbitraries use (sanitized: scripts never show). */
const rawHtmlWords: Record<string, string[]> = {
  '<p>Raw <em>html</em></p>': ['Raw', 'html'],
  '<div onclick="x()">widget</div><script>alert(1)</script>': ['widget'],
  '<table><tr><td>cell</td></tr></table>': ['cell'],
  '<p>post <b>text</b></p>': ['post', 'text'],
  '<blockquote>q</blockquote><script>x()</script>': ['q'],
};

type Node = Record<string, unknown> & { type?: string };
const words = (value: unknown) => (typeof value === 'string' ? value.normalize('NFKC').split(/\s+/).filter(Boolean) : []);

/** The oracle: what each field of the model puts in front of a reader. */
function expected(value: Article): Expected {
  const out: Expected = { words: [], visualWords: [], urls: [] };
  const inline = (nodes: readonly Node[] | undefined, into: string[], urls = out.urls) => {
    for (const node of nodes ?? []) {
      if (node.type === 'text' || node.type === 'code') into.push(...words(node.value));
      if (node.type === 'link') urls.push(node.url as string);
      if (node.type === 'abbr') into.push(...words(node.title));
      if (node.type === 'acme:ticker') {
        into.push(node.symbol as string, ...words(node.company));
        if (node.url) urls.push(node.url as string);
      }
      if (Array.isArray(node.children)) inline(node.children as Node[], into, urls);
    }
  };
  const media = (node: Node) => {
    if (!node.decorative) out.words.push(...words(node.alt));
    out.words.push(...words(node.title), ...words(node.credit));
    inline(node.caption as Node[], out.words);
    inline(node.longDescription as Node[], out.words);
    const transcript = node.transcript as { url?: string; text?: string } | undefined;
    out.words.push(...words(transcript?.text));
    if (transcript?.url) out.urls.push(transcript.url);
  };
  const blocks = (list: readonly Node[]) => {
    for (const node of list) {
      switch (node.type) {
        case 'paragraph':
        case 'heading':
          inline(node.children as Node[], out.words);
          break;
        case 'list':
          for (const item of node.items as Node[][]) blocks(item);
          break;
        case 'blockquote':
        case 'factbox':
          out.words.push(...words(node.title));
          blocks(node.children as Node[]);
          inline(node.attribution as Node[], out.words);
          break;
        case 'pullquote':
          // Hidden from assistive technology, so its links are plain text (no focus stop), and left out of plain text.
          inline(node.children as Node[], out.visualWords, []);
          inline(node.attribution as Node[], out.visualWords, []);
          break;
        case 'image':
        case 'video':
        case 'audio':
          media(node);
          break;
        case 'gallery':
          out.words.push(...words(node.title));
          for (const image of node.images as Node[]) media(image);
          break;
        case 'embed':
          inline(node.fallback as Node[], out.words);
          out.urls.push(node.url as string);
          break;
        case 'relatedLink':
          out.words.push(...words(node.headline), ...words(node.label));
          out.urls.push(node.url as string);
          break;
        case 'table':
          inline(node.caption as Node[], out.words);
          for (const row of [...(node.head as Node[][][]), ...(node.body as Node[][][])]) for (const cell of row) inline(cell, out.words);
          break;
        case 'code':
          out.words.push(...words(node.value));
          break;
        case 'html':
          out.words.push(...(rawHtmlWords[node.value as string] ?? []));
          break;
        case 'acme:poll':
          out.words.push(...words(node.question), ...(node.options as Node[]).flatMap((option) => words(option.label)));
          out.urls.push(node.resultsUrl as string);
          break;
        case 'acme:map':
          out.words.push(...words(node.title), ...words(node.caption));
          out.urls.push(node.url as string);
          break;
        default:
          break;
      }
    }
  };
  out.words.push(...words(value.headline), ...words(value.dateline), ...value.bylines.flatMap((byline) => words(byline.name)));
  inline(value.dek, out.words);
  if (value.lead) media(value.lead);
  blocks(value.body as Node[]);
  for (const correction of value.corrections ?? []) inline(correction.text, out.words);
  return out;
}

/** What a reader of an HTML page meets: its text, and the text alternatives and addresses in attributes. */
function htmlHaystack(html: string, fragment: boolean): string {
  const tree: Root = fromHtml(html, { fragment });
  const parts: string[] = [];
  visit(tree, (node) => {
    if (node.type === 'text') parts.push(node.value);
    if (node.type === 'element') {
      for (const name of ['alt', 'title', 'href', 'src', 'ariaLabel']) {
        const attribute = node.properties[name];
        if (typeof attribute === 'string') parts.push(attribute);
      }
    }
  });
  return readable(parts.join(' '));
}

/** Text as compared: NFKC, one space for any run of white space, and a telephone link's no-break hyphens as hyphens. */
const readable = (text: string) =>
  text
    .normalize('NFKC')
    .replace(/[\u2010\u2011]/g, '-')
    .replace(/\s+/g, ' ');

/** A URL as each output may write it: as given, or made absolute. */
const urlForms = (url: string) => [url, new URL(url, base).href];

function expectCarried(haystack: string, value: Expected, format: string, options: { visual: boolean }): void {
  for (const word of [...value.words, ...(options.visual ? value.visualWords : [])]) expect(haystack, `${format}: the word ${JSON.stringify(word)}`).toContain(word);
  for (const url of value.urls)
    expect(
      urlForms(url).some((form) => haystack.includes(form)),
      `${format}: the URL ${url}`,
    ).toBe(true);
}

describe('every output of any article', () => {
  it('should carry every word and followed URL of every block and inline type, built-in and registered', () => {
    fc.assert(
      fc.property(article, (value) => {
        const oracle = expected(value);
        expectCarried(htmlHaystack(presswork.renderHtml(value), false), oracle, 'HTML', { visual: true });
        expectCarried(htmlHaystack(presswork.renderAmp(value), false), oracle, 'AMP', { visual: true });
        expectCarried(readable(presswork.renderText(value)), oracle, 'text', { visual: false });
        const site = { title: 'Herald', url: 'https://news.example.com/' };
        const rss = parseRssFeed(presswork.renderFeed([value], { format: 'rss', site }));
        expectCarried(htmlHaystack(rss.items![0]!.content!.encoded!, true), oracle, 'RSS content:encoded', { visual: true });
        const json = parseJsonFeed(JSON.parse(presswork.renderFeed([value], { format: 'jsonfeed', site })));
        const [item] = json.items ?? [];
        expectCarried(htmlHaystack(item!.content_html!, true), oracle, 'JSON Feed content_html', { visual: true });
        expectCarried(readable(item!.content_text!), oracle, 'JSON Feed content_text', { visual: false });
      }),
      seeded(100),
    );
  });
});
