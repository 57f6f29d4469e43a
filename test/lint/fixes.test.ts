import { describe, expect, it } from 'vitest';
import { applySafeFixes, lintArticle, safeParseJsonArticle, safeParseMarkdownArticle } from '../../src/index.js';
import { validArticle } from '../helpers/articles.js';

const front = `---
schemaVersion: 1
id: fix-me
slug: fix-me
language: en
headline: The the council meets
bylines: []
published: 2026-03-02T18:00:00Z
canonicalUrl: https://news.example.com/fix-me
---
`;

function lintSource(source: string, format: 'markdown' | 'json') {
  const loaded = format === 'json' ? safeParseJsonArticle(source) : safeParseMarkdownArticle(source);
  if (!loaded.ok) throw new Error(loaded.issues.map((issue) => issue.message).join('; '));
  const findings = lintArticle(loaded.article, { locations: loaded.locations, source });
  return { findings, fixed: applySafeFixes(source, format, findings, loaded.locations) };
}

describe('applySafeFixes in Markdown', () => {
  it('should edit only the flagged words and blocks, wrapped lines and all, and leave unsafe suggestions', () => {
    const source = `${front}
The council *met* on
on Tuesday, said Mayor Anna Kovacs.

Advertisement

“We we will build it,” Kovacs said. Later Kovacs left, and Kovac returned.

LEAVE A REPLY
`;
    const { findings, fixed } = lintSource(source, 'markdown');
    expect(fixed.fixed.map((finding) => finding.ruleId).sort()).toEqual(['boilerplate-residue', 'boilerplate-residue', 'repeated-words', 'repeated-words']);
    expect(fixed.source).toBe(`${front.replace('The the council', 'The council')}
The council *met* on Tuesday, said Mayor Anna Kovacs.

“We we will build it,” Kovacs said. Later Kovacs left, and Kovac returned.
`);
    // The quoted repeat is a suggestion ([sic]), never applied.
    expect(findings.some((finding) => finding.text === 'We we' && finding.fix?.safe === false)).toBe(true);
    expect(safeParseMarkdownArticle(fixed.source).ok).toBe(true);
  });

  it('should skip a fix whose words are not written at its place as they read', () => {
    const source = `${front}\nThe council met on&#32;on Tuesday.\n`;
    const { findings, fixed } = lintSource(source, 'markdown');
    expect(findings.filter((finding) => finding.ruleId === 'repeated-words').map((finding) => finding.text)).toEqual(['The the', 'on on']);
    expect(fixed.source).toBe(source.replace('The the council', 'The council'));
  });
});

describe('applySafeFixes in JSON', () => {
  it('should change the one value and remove the one block, keeping the file’s layout', () => {
    const article = {
      ...validArticle(),
      body: [
        { type: 'paragraph', children: [{ type: 'text', value: 'Advertisement' }] },
        { type: 'paragraph', children: [{ type: 'text', value: 'It met on on Tuesday.' }] },
        { type: 'paragraph', children: [{ type: 'text', value: 'Share on Facebook' }] },
      ],
    };
    const source = `${JSON.stringify(article, null, '\t')}\n`;
    const { fixed } = lintSource(source, 'json');
    expect(fixed.fixed).toHaveLength(3);
    const expected = `${JSON.stringify({ ...article, body: [{ type: 'paragraph', children: [{ type: 'text', value: 'It met on Tuesday.' }] }] }, null, '\t')}\n`;
    expect(fixed.source).toBe(expected);
  });

  it('should leave a value that changed since the lint', () => {
    const article = { ...validArticle(), body: [{ type: 'paragraph', children: [{ type: 'text', value: 'It met on on Tuesday.' }] }] };
    const source = JSON.stringify(article, null, 2);
    const loaded = safeParseJsonArticle(source);
    if (!loaded.ok) throw new Error('invalid');
    const findings = lintArticle(loaded.article, { locations: loaded.locations, source });
    const edited = source.replace('It met on on', 'Then it met on on');
    expect(applySafeFixes(edited, 'json', findings, loaded.locations)).toEqual({ source: edited, fixed: [] });
  });
});
