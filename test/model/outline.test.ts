import { describe, expect, it } from 'vitest';
import { safeParseArticle, safeParseMarkdownArticle } from '../../src/index.js';
import { validArticle } from '../helpers/articles.js';

const heading = (level: number) => ({ type: 'heading', level, children: [{ type: 'text', value: `Level ${level}` }] });
const paragraph = { type: 'paragraph', children: [{ type: 'text', value: 'Text.' }] };
const issuesOf = (body: unknown[]) => {
  const result = safeParseArticle({ ...validArticle(), body });
  return result.success ? [] : result.issues.map((issue) => [issue.path, issue.message]);
};

describe('the heading outline', () => {
  it('should accept headings that go one level deeper at a time, and back up any number', () => {
    expect(issuesOf([heading(2), paragraph, heading(3), heading(4), heading(2), heading(3)])).toEqual([]);
  });

  it('should reject a heading that skips a level, at that heading', () => {
    expect(issuesOf([paragraph, heading(3)])).toEqual([['body[1].level', 'Heading level 3 skips a level: after the headline (level 1) the next heading is at most level 2 (`##` in Markdown)']]);
    expect(issuesOf([heading(2), heading(4), heading(3)])).toEqual([
      ['body[1].level', 'Heading level 4 skips a level: after a level-2 heading the next heading is at most level 3 (`###` in Markdown)'],
    ]);
  });

  it('should count a fact box title as a level-2 heading', () => {
    const factbox = (children: unknown[]) => ({ type: 'factbox', title: 'In numbers', children });
    expect(issuesOf([factbox([heading(3), paragraph])])).toEqual([]);
    expect(issuesOf([factbox([heading(4)])])).toEqual([['body[0].children[0].level', expect.stringContaining('after a level-2 heading')]]);
    expect(issuesOf([heading(2), heading(3), factbox([paragraph]), heading(4)])).toEqual([['body[3].level', expect.stringContaining('after a level-2 heading')]]);
  });

  it('should report it at the heading’s line in Markdown', () => {
    const result = safeParseMarkdownArticle(
      '---\nschemaVersion: 1\nid: a\nslug: a\nlanguage: en\nheadline: A\nbylines: []\npublished: 2026-01-02T03:04:05Z\ncanonicalUrl: https://news.example.com/a\n---\n\nText.\n\n#### Too deep\n',
      { file: 'a.md' },
    );
    expect(result.ok ? [] : result.issues).toEqual([expect.objectContaining({ path: 'body[1].level', file: 'a.md', line: 14, column: 1 })]);
  });
});
