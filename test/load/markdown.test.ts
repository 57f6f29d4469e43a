import { describe, expect, it } from 'vitest';
import { ArticleValidationError, parseMarkdownArticle, safeParseMarkdownArticle } from '../../src/index.js';

const frontMatter = `---
schemaVersion: 1
id: md-1
slug: md-test
language: en
headline: Markdown test
bylines:
  - name: Sam Writer
    role: reporter
published: 2026-01-02T03:04:05Z
canonicalUrl: https://news.example.com/md-test
---
`;

const parse = (body: string, extra = '') => safeParseMarkdownArticle(frontMatter.replace('---\n', `---\n${extra}`) + body, { file: 'story.md' });

describe('parseMarkdownArticle', () => {
  it('should map Markdown and directives to blocks and inline nodes', () => {
    const article = parseMarkdownArticle(`${frontMatter}
Text with *em*, **strong**, \`code\`, [a link](https://a.example.com "Title"), :abbr[EU]{title="European Union"}, :span[bonjour]{lang=fr}, H:sub[2]O, x:sup[2], :q[quoted]{lang=en} and :time[today]{datetime=2026-01-02}.

## A heading

- one
- two

::image[A caption]{src="https://m.example.com/a.jpg" alt="A heron" width=800 height=600 credit="Photographer"}

::related{url="/other" headline="Another story"}
`);
    const [paragraph, heading, list, image, related] = article.body;
    expect(paragraph).toMatchObject({ type: 'paragraph' });
    const types = paragraph!.type === 'paragraph' ? paragraph.children.map((node) => node.type) : [];
    expect(types).toEqual(expect.arrayContaining(['emphasis', 'strong', 'code', 'link', 'abbr', 'span', 'sub', 'sup', 'quote', 'time']));
    expect(heading).toMatchObject({ type: 'heading', level: 2 });
    expect(list).toMatchObject({ type: 'list', ordered: false });
    expect(image).toMatchObject({ type: 'image', alt: 'A heron', width: 800, credit: 'Photographer', caption: [{ type: 'text', value: 'A caption' }] });
    expect(related).toMatchObject({ type: 'relatedLink', url: '/other', headline: 'Another story' });
  });

  it('should parse front-matter inline fields as Markdown', () => {
    const result = parse('Body.\n', 'dek: A *new* plan\n');
    expect(result.ok && result.article.dek).toEqual([
      { type: 'text', value: 'A ' },
      { type: 'emphasis', children: [{ type: 'text', value: 'new' }] },
      { type: 'text', value: ' plan' },
    ]);
  });

  it('should name the file, line and column of a bad directive attribute', () => {
    const result = parse('Intro.\n\n::image{src="https://m.example.com/a.jpg" width=800 height=600}\n');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toContainEqual(expect.objectContaining({ file: 'story.md', path: 'body[1].alt', line: 15, column: 1 }));
  });

  it('should name the line of a bad front-matter field', () => {
    const result = safeParseMarkdownArticle(frontMatter.replace('slug: md-test', 'slug: Not A Slug') + 'Body.\n', { file: 'story.md' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues[0]).toMatchObject({ path: 'slug', line: 4, file: 'story.md' });
  });

  it('should suggest the right name for a misspelt directive attribute', () => {
    const result = parse('::image{src="/a.jpg" alt="A" widht=1 height=1}\n');
    expect(!result.ok && result.issues.map((issue) => issue.message).join('\n')).toMatch(/Unknown attribute `widht`.*Did you mean `width`\?/);
  });

  it('should reject what the model cannot hold, with a hint', () => {
    const cases: Array<[string, RegExp]> = [
      ['# Title in body\n', /headline comes from front matter/],
      ['![alt](/a.jpg)\n', /use `::image/],
      ['Text <b>bold</b>\n', /Inline HTML/],
      ['::chart{src="/x"}\n', /Unknown directive `chart`/],
      ['::imag{src="/x"}\n', /Unknown directive `imag`\. Did you mean `image`\?/],
      ['| a |\n| - |\n| b |\n', /needs a caption/],
      ['~~struck~~\n', /Strikethrough/],
    ];
    for (const [body, message] of cases) {
      const result = parse(body);
      expect(result.ok, body).toBe(false);
      if (!result.ok) expect(result.issues.map((issue) => issue.message).join('\n'), body).toMatch(message);
    }
  });

  it('should report missing front matter and bad YAML with the file and line', () => {
    const missing = safeParseMarkdownArticle('Just a body.\n', { file: 'a.md' });
    expect(!missing.ok && missing.issues[0]).toMatchObject({ code: 'missing_front_matter', file: 'a.md', line: 1 });
    const badYaml = safeParseMarkdownArticle('---\nheadline: [unclosed\n---\nBody.\n', { file: 'b.md' });
    expect(!badYaml.ok && badYaml.issues[0]).toMatchObject({ code: 'invalid_yaml', file: 'b.md' });
  });

  it('should read files with a byte-order mark and CRLF line endings', () => {
    const crlf = `\uFEFF${frontMatter}Body line one\nline two.\n`.replace(/\n/g, '\r\n');
    const article = parseMarkdownArticle(crlf, { file: 'crlf.md' });
    expect(article.body).toEqual([{ type: 'paragraph', children: [{ type: 'text', value: 'Body line one line two.' }] }]);
  });

  it('should take a trailing em-dash paragraph of a quote as its attribution', () => {
    const article = parseMarkdownArticle(`${frontMatter}\n> Quoted words.\n>\n> — A Person, a title\n`);
    expect(article.body[0]).toMatchObject({ type: 'blockquote', attribution: [{ type: 'text', value: 'A Person, a title' }] });
  });

  it('should throw ArticleValidationError naming the file', () => {
    expect(() => parseMarkdownArticle('no front matter', { file: 'x.md' })).toThrow(ArticleValidationError);
    expect(() => parseMarkdownArticle('no front matter', { file: 'x.md' })).toThrow(/x\.md/);
  });
});

describe('directives that do not parse', () => {
  const problems = (body: string) => {
    const result = parse(body);
    return result.ok ? [] : result.issues.map((issue) => `${issue.line}:${issue.column} ${issue.code} ${issue.message}`);
  };

  it('should reject a block directive with an unclosed attribute quote, once, at its line', () => {
    expect(problems('Intro.\n\n:::pullquote{attribution="Jo Reyes}\nThe river only had to win once.\n:::\n\nAfter.\n')).toEqual([
      '15:1 malformed_directive `:::pullquote` starts like a directive but does not parse: an attribute value’s quote is not closed. It would be published as text',
    ]);
  });

  it('should reject a leaf directive whose attributes have no closing brace', () => {
    expect(problems('::image[A heron]{src="https://m.example.com/a.jpg" alt="A heron" width=1 height=1\n\nAfter.\n')).toEqual([
      '13:1 malformed_directive `::image` starts like a directive but does not parse: the `{` attributes have no closing `}`. It would be published as text',
    ]);
  });

  it('should reject an unclosed container, which would swallow the rest of the article', () => {
    expect(problems('Intro.\n\n:::factbox{title="Facts"}\n- one\n\nThe rest of the article.\n')).toEqual([
      '15:1 unclosed_directive `:::factbox` is never closed, so it would take in everything after it: add a line `:::` where it ends',
    ]);
  });

  it('should reject a stray closing fence and an inline directive left as text', () => {
    expect(problems('Text.\n\n:::\n')).toEqual(['15:1 malformed_directive A closing `:::` with no directive open: remove it, or fix the directive it was meant to close']);
    expect(problems('See (:abbr[EU]{title="European Union) here.\n')[0]).toContain('`:abbr` starts like a directive but does not parse: an attribute value’s quote is not closed');
  });

  it('should accept closed containers, nested ones, and colons in ordinary text', () => {
    expect(problems('At 10:30 a::b ::: and :x.\n\n::::factbox{title="Outer"}\n:::quote\nInner.\n:::\n::::\n\n> :::factbox{title="In a quote"}\n> Text.\n> :::\n')).toEqual([]);
  });
});

describe('messages for common mistakes', () => {
  const messages = (body: string, extra = '') => {
    const result = parse(body, extra);
    return result.ok ? [] : result.issues.map((issue) => `${issue.path}: ${issue.message}`);
  };

  it('should say how to write a number given with a unit', () => {
    expect(messages('::image{src="https://m.example.com/a.jpg" alt="A heron" width="1200px" height=800}\n')).toEqual([
      'body[0].width: Expected a number for `width`, without quotes or a unit: `width: 1200` in front matter or JSON, `width=1200` in a directive; received `"1200px"`',
    ]);
  });

  it('should give the alt-text hint when alt is missing, as when it is blank', () => {
    expect(messages('::image{src="https://m.example.com/a.jpg" width=1 height=1}\n')).toEqual([
      'body[0].alt: Expected alt text describing the image (or `decorative: true` for a purely decorative one)',
    ]);
  });

  it('should echo the date it could not read', () => {
    expect(messages('Text.\n', 'modified: yesterday\n')).toEqual([
      'modified: Expected an ISO 8601 date-time with an offset, such as `2025-03-06T14:05:00Z` or `2025-03-06T09:05:00-05:00`; received `yesterday`',
    ]);
  });

  it('should report one mistake once: a Markdown image, a table without caption, a misspelt field', () => {
    expect(messages('![A heron](https://m.example.com/a.jpg)\n')).toEqual([
      'body[0].children[0]: A Markdown image is not supported in the body; use `::image[caption]{src="…" alt="…" width=… height=…}` on its own line',
    ]);
    expect(messages('| a | b |\n| - | - |\n| 1 | 2 |\n')).toEqual(['body[0]: A table needs a caption: wrap it in `:::table[Caption]` … `:::`']);
    const misspelt = safeParseMarkdownArticle(frontMatter.replace('headline:', 'headlin:') + 'Text.\n');
    // At the misspelt key, where the fix goes, not at its value.
    expect(misspelt.ok ? [] : misspelt.issues.map((issue) => `${issue.path} ${issue.line}:${issue.column}`)).toEqual(['headlin 6:1']);
  });
});

describe('nesting beyond the model’s limit', () => {
  // Found by the hostile-input property test: micromark's time grows with the square of the
  // nesting (1,000 nested quotes took a second), so such text is refused before parsing.
  it.each([
    ['quotes', `Intro.\n\n${'> '.repeat(1_000)}deep\n`, '15:1 Quotes, lists or indentation nested more than 64 levels deep; flatten the content'],
    ['lists', `${Array.from({ length: 100 }, (_, level) => `${'  '.repeat(level)}- item`).join('\n')}\n`, '78:1 Quotes, lists or indentation nested more than 64 levels deep; flatten the content'],
    ['emphasis', `Text ${'*'.repeat(500)}x${'*'.repeat(500)}\n`, '13:6 A run of 500 `*` nests emphasis more than 64 levels deep; write fewer'],
  ])('should refuse %s nested past 64 levels with the line, before parsing', (_, body, expected) => {
    const result = parse(body);
    expect(result.ok ? [] : result.issues.map((issue) => `${issue.line}:${issue.column} ${issue.message}`)).toEqual([expected]);
  });

  it('should still read a thematic break of many asterisks and 64 nested quotes', () => {
    expect(parse(`${'*'.repeat(200)}\n\nText.\n`).ok).toBe(true);
    const quoted = parse(`${'> '.repeat(40)}deep\n`);
    expect(quoted.ok ? [] : quoted.issues.map((issue) => issue.message)).not.toContain('Quotes, lists or indentation nested more than 64 levels deep; flatten the content');
  });
});
