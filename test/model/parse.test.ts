import { describe, expect, it } from 'vitest';
import { ArticleValidationError, parseArticle, safeParseArticle, summarize } from '../../src/index.js';
import { validArticle, validImage } from '../helpers/articles.js';

// Mutations reach into any part of the article, typed or not.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Mutate = (article: Record<string, any>) => void;

const withBlock =
  (block: Record<string, unknown>): Mutate =>
  (article) => {
    article.body = [block];
  };

/** Each case breaks one rule; the issue must point at `path`. */
const invalidCases: Array<{ name: string; mutate: Mutate; path: string; message: RegExp }> = [
  { name: 'image without alt text', mutate: withBlock({ ...validImage(), alt: '  ' }), path: 'body[0].alt', message: /alt text/ },
  {
    name: 'image missing alt field',
    mutate: withBlock({ ...validImage(), alt: undefined }),
    path: 'body[0].alt',
    message: /^Expected alt text describing the image \(or `decorative: true` for a purely decorative one\)$/,
  },
  {
    name: 'video with neither captions nor transcript',
    mutate: withBlock({ type: 'video', title: 'Clip', width: 640, height: 360, youtubeId: 'aBcDeFgHiJk' }),
    path: 'body[0].captions',
    message: /captions.*transcript/,
  },
  {
    name: 'video with only an audio-description track',
    mutate: withBlock({ type: 'video', title: 'Clip', width: 640, height: 360, youtubeId: 'aBcDeFgHiJk', captions: [{ src: '/d.vtt', srclang: 'en', label: 'Descriptions', kind: 'descriptions' }] }),
    path: 'body[0].captions',
    message: /captions/,
  },
  { name: 'audio without transcript', mutate: withBlock({ type: 'audio', title: 'Clip', src: 'https://media.example.com/a.mp3' }), path: 'body[0].transcript', message: /Missing required field/ },
  {
    name: 'embed without title',
    mutate: withBlock({ type: 'embed', provider: 'X', url: 'https://x.example.com/1', fallback: [{ type: 'text', value: 'See it' }] }),
    path: 'body[0].title',
    message: /Missing required field `title`/,
  },
  { name: 'table without caption', mutate: withBlock({ type: 'table', head: [], body: [[[{ type: 'text', value: 'a' }]]] }), path: 'body[0].caption', message: /Missing required field/ },
  { name: 'heading level 1', mutate: withBlock({ type: 'heading', level: 1, children: [{ type: 'text', value: 'H' }] }), path: 'body[0].level', message: /level 2, 3 or 4/ },
  { name: 'heading level 5', mutate: withBlock({ type: 'heading', level: 5, children: [{ type: 'text', value: 'H' }] }), path: 'body[0].level', message: /level 2, 3 or 4/ },
  {
    name: 'link with javascript: URL',
    mutate: withBlock({ type: 'paragraph', children: [{ type: 'link', url: 'javascript:alert(1)', children: [{ type: 'text', value: 'x' }] }] }),
    path: 'body[0].children[0].url',
    message: /http\(s\)/,
  },
  {
    name: 'link with vbscript: URL',
    mutate: withBlock({ type: 'paragraph', children: [{ type: 'link', url: 'VBScript:msgbox(1)', children: [{ type: 'text', value: 'x' }] }] }),
    path: 'body[0].children[0].url',
    message: /http\(s\)/,
  },
  {
    name: 'link with data: URL',
    mutate: withBlock({ type: 'paragraph', children: [{ type: 'link', url: 'data:text/html,<script>alert(1)</script>', children: [{ type: 'text', value: 'x' }] }] }),
    path: 'body[0].children[0].url',
    message: /http\(s\)/,
  },
  {
    name: 'link with tab-obfuscated javascript URL',
    mutate: withBlock({ type: 'paragraph', children: [{ type: 'link', url: 'java\tscript:alert(1)', children: [{ type: 'text', value: 'x' }] }] }),
    path: 'body[0].children[0].url',
    message: /http\(s\)/,
  },
  { name: 'protocol-relative image src', mutate: withBlock({ ...validImage(), src: '//evil.example.com/a.jpg' }), path: 'body[0].src', message: /http\(s\)/ },
  { name: 'mailto as image src', mutate: withBlock({ ...validImage(), src: 'mailto:a@example.com' }), path: 'body[0].src', message: /http\(s\)/ },
  {
    name: 'link with blank text',
    mutate: withBlock({ type: 'paragraph', children: [{ type: 'link', url: '/a', children: [{ type: 'text', value: ' ' }] }] }),
    path: 'body[0].children[0].children',
    message: /visible text/,
  },
  {
    name: 'unknown article field',
    mutate: (a) => {
      a.headlin = 'x';
    },
    path: 'headlin',
    message: /Unknown field `headlin`/,
  },
  { name: 'unknown block field', mutate: withBlock({ ...validImage(), caption_text: 'x' }), path: 'body[0].caption_text', message: /Unknown field/ },
  { name: 'unknown block type', mutate: withBlock({ type: 'imagee', src: '/a.jpg' }), path: 'body[0].type', message: /Unknown block type `imagee`\. Did you mean `image`\?/ },
  { name: 'unknown inline type', mutate: withBlock({ type: 'paragraph', children: [{ type: 'bold', children: [] }] }), path: 'body[0].children[0].type', message: /Unknown inline type `bold`/ },
  {
    name: 'date without offset',
    mutate: (a) => {
      a.published = '2026-01-02T03:04:05';
    },
    path: 'published',
    message: /offset/,
  },
  {
    name: 'date that is not a date',
    mutate: (a) => {
      a.modified = 'yesterday';
    },
    path: 'modified',
    message: /ISO 8601/,
  },
  {
    name: 'slug with capitals and spaces',
    mutate: (a) => {
      a.slug = 'My Story';
    },
    path: 'slug',
    message: /lowercase/,
  },
  {
    name: 'slug with double hyphen',
    mutate: (a) => {
      a.slug = 'a--b';
    },
    path: 'slug',
    message: /single hyphens/,
  },
  {
    name: 'invalid language tag',
    mutate: (a) => {
      a.language = 'english please';
    },
    path: 'language',
    message: /BCP 47/,
  },
  {
    name: 'http canonical URL',
    mutate: (a) => {
      a.canonicalUrl = 'http://news.example.com/a';
    },
    path: 'canonicalUrl',
    message: /https/,
  },
  {
    name: 'a schema version newer than this release reads',
    mutate: (a) => {
      a.schemaVersion = 3;
    },
    path: 'schemaVersion',
    message: /`schemaVersion: 3` is newer than this presswork reads \(up to 2\): update presswork/,
  },
  {
    name: 'a schema version that is not a version',
    mutate: (a) => {
      a.schemaVersion = '2';
    },
    path: 'schemaVersion',
    message: /Expected `schemaVersion: 2` \(versions 1 to 2 are read; older ones are upgraded\); received `"2"`/,
  },
  {
    name: 'unknown byline role',
    mutate: (a) => {
      a.bylines = [{ name: 'A', role: 'reportr' }];
    },
    path: 'bylines[0].role',
    message: /Did you mean `reporter`/,
  },
  {
    name: 'control character in headline',
    mutate: (a) => {
      a.headline = 'Bad\u0000headline';
    },
    path: 'headline',
    message: /U\+0000/,
  },
  { name: 'bidi override in text', mutate: withBlock({ type: 'paragraph', children: [{ type: 'text', value: 'abc\u202Edef' }] }), path: 'body[0].children[0].value', message: /U\+202E/ },
  {
    name: 'empty body',
    mutate: (a) => {
      a.body = [];
    },
    path: 'body',
    message: /at least one body block/,
  },
  {
    name: 'table row of the wrong width',
    mutate: withBlock({ type: 'table', caption: [{ type: 'text', value: 'C' }], head: [[[{ type: 'text', value: 'a' }], [{ type: 'text', value: 'b' }]]], body: [[[{ type: 'text', value: 'c' }]]] }),
    path: 'body[0].body[0]',
    message: /Expected 2 cells/,
  },
  {
    name: 'lead that is not media',
    mutate: (a) => {
      a.lead = { type: 'paragraph', children: [{ type: 'text', value: 'x' }] };
    },
    path: 'lead.type',
    message: /Unknown type `paragraph`/,
  },
];

describe('parseArticle', () => {
  it('should accept a valid article and fill in the text direction from the language', () => {
    const article = parseArticle(validArticle());
    expect(article.direction).toBe('ltr');
    expect(parseArticle({ ...validArticle(), language: 'ar' }).direction).toBe('rtl');
    expect(parseArticle({ ...validArticle(), language: 'he-IL' }).direction).toBe('rtl');
    expect(parseArticle({ ...validArticle(), language: 'az-Arab' }).direction).toBe('rtl');
    expect(parseArticle({ ...validArticle(), language: 'ar', direction: 'ltr' }).direction).toBe('ltr');
  });

  it.each(invalidCases)('should reject $name at $path', ({ mutate, path, message }) => {
    const input = validArticle();
    mutate(input);
    const result = safeParseArticle(input);
    expect(result.success).toBe(false);
    if (result.success) return;
    const issue = result.issues.find((candidate) => candidate.path === path);
    expect(issue, `issues were: ${summarize(result.issues)}`).toBeDefined();
    expect(issue!.message).toMatch(message);
  });

  it('should reject raw HTML that cannot be made accessible, at the block’s value', () => {
    const raw = '<img src="https://m.example.com/a.jpg"><a href="https://x.example.com/"></a><h1>Second</h1><p lang="english">Hi</p><img src="https://m.example.com/b.jpg" alt="">';
    const result = safeParseArticle({ ...validArticle(), body: [{ type: 'html', value: raw }] });
    expect(result.success ? [] : result.issues.map((issue) => `${issue.path}: ${issue.message}`)).toEqual([
      'body[0].value: An `<img>` in raw HTML has no `alt`: describe the image, or write `alt=""` if it is decorative',
      'body[0].value: A link in raw HTML has no text: write what it leads to between `<a>` and `</a>`',
      'body[0].value: An `<h1>` in raw HTML: the headline is the page’s one level-1 heading; use `<h2>`–`<h4>`',
      'body[0].value: `lang="english"` in raw HTML is not a BCP 47 language tag (such as `fr` or `pt-BR`)',
    ]);
    expect(safeParseArticle({ ...validArticle(), language: 'english' }).success).toBe(false);
  });

  it('should put every string in Unicode Normalization Form C, so all outputs agree', () => {
    const article = parseArticle({ ...validArticle(), headline: 'Cafe\u0301 opens', body: [{ type: 'paragraph', children: [{ type: 'text', value: 'x\u0308 and e\u0301' }] }] });
    expect(article.headline).toBe('Café opens');
    expect(article.body[0]).toEqual({ type: 'paragraph', children: [{ type: 'text', value: 'ẍ and é' }] });
  });

  it('should report every problem at once, not just the first', () => {
    const input = { ...validArticle(), slug: 'Bad Slug', published: 'soon', body: [{ ...validImage(), alt: '' }] };
    const result = safeParseArticle(input);
    expect(result.success).toBe(false);
    if (!result.success) expect(result.issues.map((issue) => issue.path).sort()).toEqual(['body[0].alt', 'published', 'slug']);
  });

  it('should throw ArticleValidationError with issues and a readable message', () => {
    const input = { ...validArticle(), body: [{ ...validImage(), alt: '' }] };
    let caught: unknown;
    try {
      parseArticle(input);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ArticleValidationError);
    const error = caught as ArticleValidationError;
    expect(error.issues).toHaveLength(1);
    expect(error.issues[0]).toMatchObject({ path: 'body[0].alt', code: 'custom' });
    expect(error.message).toContain('× Expected alt text');
    expect(error.message).toContain('→ at body[0].alt');
  });

  it('should reject the `TODO:` placeholders an importer leaves, each at its field, until a person writes them', () => {
    const todo = (what: string) => `TODO: ${what}`;
    const result = safeParseArticle({
      ...validArticle(),
      body: [
        { ...validImage(), alt: todo('describe this image') },
        { type: 'embed', provider: 'YouTube', url: 'https://www.youtube.com/watch?v=aBcDeFgHiJk', title: todo('name this frame'), fallback: [{ type: 'text', value: 'Video' }] },
        { type: 'table', caption: [{ type: 'text', value: todo('say what this table shows') }], head: [], body: [[[{ type: 'text', value: '1' }]]] },
        { type: 'audio', title: todo('name this clip'), src: 'https://example.com/a.mp3', transcript: { url: '/t' } },
        { type: 'paragraph', children: [{ type: 'text', value: 'TODO: a word in the text is fine' }] },
      ],
    });
    expect(result.success ? [] : result.issues.map((issue) => issue.path)).toEqual(['body[0].alt', 'body[1].title', 'body[2].caption', 'body[3].title']);
  });

  it('should accept an empty alt only for a decorative image', () => {
    expect(safeParseArticle({ ...validArticle(), body: [{ ...validImage(), alt: '', decorative: true }] }).success).toBe(true);
  });

  it('should accept every allowed URL form for links', () => {
    for (const url of ['https://a.example.com/x', 'http://a.example.com', 'mailto:a@example.com', 'tel:+441632960000', '/local/story', '#section', '?page=2']) {
      const input = { ...validArticle(), body: [{ type: 'paragraph', children: [{ type: 'link', url, children: [{ type: 'text', value: 'x' }] }] }] };
      expect(safeParseArticle(input).success, url).toBe(true);
    }
  });

  it('should never throw from safeParseArticle, whatever the input', () => {
    for (const input of [null, undefined, 42, 'text', [], { body: null }, { schemaVersion: 1, body: [null, 3, 'x'] }]) {
      const result = safeParseArticle(input);
      expect(result.success).toBe(false);
    }
  });

  it('should reject nesting deeper than the documented limit with a clear error, not a stack overflow', () => {
    let inline: Record<string, unknown> = { type: 'text', value: 'deep' };
    for (let depth = 0; depth < 10_000; depth++) inline = { type: 'emphasis', children: [inline] };
    const result = safeParseArticle({ ...validArticle(), body: [{ type: 'paragraph', children: [inline] }] });
    expect(result.success).toBe(false);
    if (!result.success) expect(result.issues[0]!.code).toBe('too_deep');
  });
});

describe('nested links', () => {
  it('should reject a link inside a link, at any depth', () => {
    const inner = { type: 'link', url: '/b', children: [{ type: 'text', value: 'b' }] };
    const input = { ...validArticle(), body: [{ type: 'paragraph', children: [{ type: 'link', url: '/a', children: [{ type: 'strong', children: [inner] }] }] }] };
    const result = safeParseArticle(input);
    expect(!result.success && result.issues).toEqual([expect.objectContaining({ path: 'body[0].children[0].children', message: 'A link cannot contain another link' })]);
  });
});

describe('odd JavaScript values', () => {
  it('should report, not throw, for sparse arrays and other non-JSON values', () => {
    // eslint-disable-next-line no-sparse-arrays
    for (const input of [[, 1], { body: [, ,] }, new Map(), Object.create(null), [undefined]]) {
      expect(() => safeParseArticle(input)).not.toThrow();
      expect(safeParseArticle(input).success).toBe(false);
    }
  });
});
