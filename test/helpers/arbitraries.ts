import fc from 'fast-check';
import { findForbiddenCharacter } from '../../src/model/strings.js';

/**
 * fast-check arbitraries for valid articles: every block and inline type,
 * with text in many scripts (RTL, CJK, emoji, combining marks) and the
 * characters that break naive escaping.
 */
const pieces = ['news', 'café', 'e\u0301', 'مرحبا بالعالم', 'שלום', '日本語の文章', '한국어', '👩🏽‍💻', '🇬🇧', 'Ünïcödé', '<script>', '"&\'', 'a&amp;b', '</p>', '{{x}}', '\u200f', 'x\u0308y'];
const word = fc.oneof(
  fc.constantFrom(...pieces),
  fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 10 }).filter((value) => /\S/.test(value)),
);
// Runs of four identical symbols are left out: the text checker rightly flags them as symbol art.
export const textValue = fc
  .array(word, { minLength: 1, maxLength: 6 })
  .map((words) => words.join(' '))
  .filter((value) => findForbiddenCharacter(value) === undefined && !/([^\p{L}\p{N}\s])\1{3,}/u.test(value));
const url = fc.oneof(
  fc.constantFrom('https://news.example.com/a', 'http://example.org/b?q=1&r=2', '/local/story', '#top', 'mailto:desk@example.com', 'tel:+441632960000'),
  fc.webUrl({ validSchemes: ['https'] }),
);
const mediaUrl = fc.oneof(fc.constantFrom('https://media.example.com/a.jpg', '/img/b.png'), fc.webUrl({ validSchemes: ['https'] }));
const size = fc.integer({ min: 1, max: 4000 });
const lang = fc.constantFrom('en', 'fr', 'ar', 'he', 'ja', 'de-AT');

const text = textValue.map((value) => ({ type: 'text', value }));
/** Inline content that always has visible text. */
const visible = (inline: fc.Arbitrary<Record<string, unknown>>) => fc.tuple(text, fc.array(inline, { maxLength: 3 })).map(([first, rest]) => [first, ...rest]);

const { inline } = fc.letrec<{ inline: Record<string, unknown> }>((tie) => {
  const inline: fc.Arbitrary<unknown> = tie('inline');
  const children = visible(inline as fc.Arbitrary<Record<string, unknown>>);
  return {
    inline: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      text,
      text,
      fc.record({ type: fc.constant('code'), value: textValue }),
      fc.constant({ type: 'break' }),
      children.map((c) => ({ type: 'emphasis', children: c })),
      children.map((c) => ({ type: 'strong', children: c })),
      fc.record({ type: fc.constant('link'), url, children }),
      fc.record({ type: fc.constant('quote'), children, lang }, { requiredKeys: ['type', 'children'] }),
      fc.record({ type: fc.constant('abbr'), title: textValue, children }),
      fc.record({ type: fc.constant('span'), lang, dir: fc.constantFrom('ltr', 'rtl'), children }, { requiredKeys: ['type', 'lang', 'children'] }),
      children.map((c) => ({ type: 'sub', children: c })),
      children.map((c) => ({ type: 'sup', children: c })),
      fc.record({ type: fc.constant('time'), datetime: fc.constantFrom('2026-01-02', '2026-01-02T03:04:05Z'), children }),
    ),
  };
});

export const inlineContent = visible(inline);

const image = fc.record(
  {
    type: fc.constant('image'),
    src: mediaUrl,
    alt: textValue,
    width: size,
    height: size,
    caption: inlineContent,
    credit: textValue,
    longDescription: inlineContent,
    srcset: fc.array(fc.record({ src: mediaUrl, width: size }), { minLength: 1, maxLength: 2 }),
  },
  { requiredKeys: ['type', 'src', 'alt', 'width', 'height'] },
);
const decorative = fc.record({ type: fc.constant('image'), src: mediaUrl, alt: fc.constant(''), decorative: fc.constant(true), width: size, height: size });
const transcript = fc.oneof(fc.record({ url: mediaUrl }), fc.record({ text: textValue }));
const video = fc.oneof(
  fc.record(
    { type: fc.constant('video'), title: textValue, width: size, height: size, youtubeId: fc.constant('aBcDeFgHiJk'), transcript, caption: inlineContent },
    { requiredKeys: ['type', 'title', 'width', 'height', 'youtubeId', 'transcript'] },
  ),
  fc.record(
    {
      type: fc.constant('video'),
      title: textValue,
      width: size,
      height: size,
      sources: fc.constant([{ src: 'https://media.example.com/v.mp4', type: 'video/mp4' }]),
      poster: fc.record({ src: mediaUrl, width: size, height: size }),
      duration: fc.constantFrom('PT1M', 'PT2M30S', 'PT1H2M'),
      captions: fc.constant([{ src: 'https://media.example.com/v.vtt', srclang: 'en', label: 'English', kind: 'captions' }]),
      credit: textValue,
    },
    { requiredKeys: ['type', 'title', 'width', 'height', 'sources', 'captions'] },
  ),
);
const audio = fc.record(
  { type: fc.constant('audio'), title: textValue, src: fc.constant('https://media.example.com/a.mp3'), duration: fc.constant('PT3M'), transcript },
  { requiredKeys: ['type', 'title', 'src', 'transcript'] },
);
const cell = inlineContent;

const { block } = fc.letrec<{ block: Record<string, unknown> }>((tie) => {
  const block: fc.Arbitrary<unknown> = tie('block');
  const blocks = fc.array(block as fc.Arbitrary<Record<string, unknown>>, { minLength: 1, maxLength: 3 });
  return {
    block: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      inlineContent.map((children) => ({ type: 'paragraph', children })),
      inlineContent.map((children) => ({ type: 'paragraph', children })),
      fc.record({ type: fc.constant('list'), ordered: fc.boolean(), items: fc.array(blocks, { minLength: 1, maxLength: 3 }) }),
      fc.record({ type: fc.constant('blockquote'), children: blocks, attribution: inlineContent, cite: fc.constant('https://example.com/source') }, { requiredKeys: ['type', 'children'] }),
      fc.record({ type: fc.constant('pullquote'), children: inlineContent, attribution: inlineContent }, { requiredKeys: ['type', 'children'] }),
      image,
      decorative,
      fc.record({ type: fc.constant('gallery'), title: textValue, images: fc.array(fc.oneof(image, decorative), { minLength: 1, maxLength: 3 }) }, { requiredKeys: ['type', 'images'] }),
      video,
      audio,
      fc.record(
        {
          type: fc.constant('embed'),
          provider: textValue,
          url: fc.constant('https://embed.example.com/x'),
          title: textValue,
          fallback: inlineContent,
          html: fc.constantFrom('<p>post <b>text</b></p>', '<blockquote>q</blockquote><script>x()</script>'),
        },
        { requiredKeys: ['type', 'provider', 'url', 'title', 'fallback'] },
      ),
      fc.record({ type: fc.constant('relatedLink'), url: mediaUrl, headline: textValue, label: textValue }, { requiredKeys: ['type', 'url', 'headline'] }),
      fc.integer({ min: 1, max: 3 }).chain((columns) =>
        fc.record({
          type: fc.constant('table'),
          caption: inlineContent,
          head: fc.array(fc.array(cell, { minLength: columns, maxLength: columns }), { minLength: 1, maxLength: 1 }),
          body: fc.array(fc.array(cell, { minLength: columns, maxLength: columns }), { minLength: 1, maxLength: 3 }),
          rowHeaders: fc.boolean(),
        }),
      ),
      fc.record({ type: fc.constant('factbox'), title: textValue, children: blocks }),
      fc.constant({ type: 'divider' }),
      fc.record({ type: fc.constant('code'), value: textValue, language: fc.constant('js') }, { requiredKeys: ['type', 'value'] }),
      fc.record({ type: fc.constant('html'), value: fc.constantFrom('<p>Raw <em>html</em></p>', '<div onclick="x()">widget</div><script>alert(1)</script>', '<table><tr><td>cell</td></tr></table>') }),
    ),
  };
});

/** Headings are top-level only, so their levels never skip (h2 then h3). */
const heading = fc.record({ type: fc.constant('heading'), level: fc.constant(2), children: inlineContent });

/** Replace links inside links by their text: the model rejects nested links. */
function unnestLinks(value: unknown, inLink = false): unknown {
  if (Array.isArray(value))
    return value.flatMap((item) => {
      const node = item as { type?: string; children?: unknown[] };
      if (inLink && node.type === 'link') return unnestLinks(node.children, true);
      return [unnestLinks(item, inLink)];
    });
  if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    return Object.fromEntries(Object.entries(record).map(([key, item]) => [key, unnestLinks(item, inLink || record.type === 'link')]));
  }
  return value;
}

/** A valid article in the canonical JSON form. */
export const articleInput = fc
  .record(
    {
      schemaVersion: fc.constant(1),
      id: textValue,
      slug: fc.stringMatching(/^[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,3}$/),
      language: lang,
      headline: textValue,
      alternativeHeadline: textValue,
      dek: inlineContent,
      kicker: textValue,
      section: fc.record({ name: textValue, url: fc.constant('/section') }),
      tags: fc.array(textValue, { maxLength: 3 }),
      bylines: fc.array(
        fc.record(
          { name: textValue, role: fc.constantFrom('author', 'reporter', 'photographer', 'videographer', 'editor', 'contributor', 'translator'), url: fc.constant('/people/x') },
          { requiredKeys: ['name', 'role'] },
        ),
        { maxLength: 3 },
      ),
      source: fc.record({ name: textValue, kind: fc.constantFrom('staff', 'wire', 'partner') }),
      dateline: textValue,
      published: fc.constant('2026-01-02T03:04:05+01:00'),
      modified: fc.constant('2026-01-03T00:00:00Z'),
      canonicalUrl: fc.constant('https://news.example.com/story'),
      ampUrl: fc.constant('https://news.example.com/amp/story'),
      lead: fc.oneof(image, video, audio),
      body: fc.array(fc.oneof({ weight: 1, arbitrary: heading }, { weight: 6, arbitrary: block }), { minLength: 1, maxLength: 8 }),
      corrections: fc.array(fc.record({ kind: fc.constantFrom('correction', 'clarification', 'update'), date: fc.constant('2026-01-03'), text: inlineContent }), { maxLength: 2 }),
      rights: fc.record({ copyright: textValue }),
    },
    { requiredKeys: ['schemaVersion', 'id', 'slug', 'language', 'headline', 'bylines', 'published', 'canonicalUrl', 'body'] },
  )
  .map((input) => unnestLinks(input) as Record<string, unknown>);

/** Raw HTML as CMSs and widgets deliver it: accessible and not, safe and not. */
export const rawHtml = fc
  .array(
    fc.constantFrom(
      '<p>Plain <em>text</em> and <strong>more</strong>.</p>',
      '<img src="https://media.example.com/a.jpg">',
      '<img src="https://media.example.com/a.jpg" alt="A heron on a post">',
      '<img src="https://media.example.com/rule.png" alt="">',
      '<a href="https://x.example.com/a"></a>',
      '<a href="https://x.example.com/b">The full report</a>',
      '<a href="https://x.example.com/c"><img src="https://media.example.com/logo.png" alt="Council logo"></a>',
      '<a href="javascript:alert(1)">bad</a>',
      '<h1>A second headline</h1>',
      '<h2>A section</h2>',
      '<h3>A subsection</h3>',
      '<p lang="fr">Bonjour à tous.</p>',
      '<p lang="english">Hello.</p>',
      '<iframe src="https://x.example.com/embed"></iframe>',
      '<style>p { color: red }</style>',
      '<script>alert(1)</script>',
      '<table><tr><th>Gauge</th><th>Level</th></tr><tr><td>Mill Lane</td><td>2.1 m</td></tr></table>',
      '<ul><li>one</li><li>two</li></ul>',
      '<div onclick="x()">widget</div>',
      '<details><summary>More</summary><p>Hidden text.</p></details>',
      '<blockquote><p>Quoted.</p></blockquote>',
      '<input type="checkbox" checked>',
      '<p id="top">An id</p>',
    ),
    { minLength: 1, maxLength: 5 },
  )
  .map((parts) => parts.join(''));
