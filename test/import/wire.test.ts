import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseMarkdownArticle, safeParseArticle, writeMarkdownArticle } from '../../src/index.js';
import { importWireText } from '../../src/import/index.js';

// The raw wire story the bundled article was made from (../shared/seed/source-story.txt).
const wire = readFileSync(resolve(import.meta.dirname, '../fixtures/wire/source-story.txt'), 'utf8');
const options = {
  headline: 'Hegseth meets Britain’s Healey as EU leaders back plans to free up billions for defense',
  published: '2025-03-06T12:00:00-05:00',
  url: 'https://news.example.com/world/2025/03/06/hegseth-healey-eu-defense-spending',
};

describe('importWireText', () => {
  const { article, issues } = importWireText(wire, options);
  const body = article.body as Array<Record<string, unknown>>;

  it('strips the comment form, with a notice for each line removed', () => {
    expect(issues.filter((issue) => issue.severity === 'notice').map((issue) => issue.message)).toEqual([
      'Removed “LEAVE A REPLY”: page furniture, not the story',
      'Removed “Please enter your comment! Please enter your name here”: page furniture, not the story',
    ]);
    expect(JSON.stringify(body)).not.toMatch(/LEAVE A REPLY|enter your/);
  });

  it('makes the READ MORE line a related link, asking for its URL', () => {
    expect(body[4]).toEqual({ type: 'relatedLink', headline: 'EU leaders hold emergency summit on Ukraine aid and their own security as U.S. support wanes' });
    expect(issues.find((issue) => issue.code === 'missing_url')?.path).toBe('body[4].url');
  });

  it('leaves what needs an editor as gaps at their paragraph: the player reference, the misspelt name, the repeated word', () => {
    const gaps = issues.filter((issue) => issue.severity === 'gap').map((issue) => `${issue.code} ${issue.path}`);
    expect(gaps).toEqual(['missing_url body[4].url', 'lint:sensory-language body[1]', 'lint:name-consistency body[11]', 'lint:repeated-words body[12]']);
    expect(body[1]).toEqual({ type: 'paragraph', children: [{ type: 'text', value: 'Watch the meeting in the player above.' }] });
  });

  it('keeps every paragraph of the story, word for word', () => {
    const story = wire
      .split(/\n\s*\n/)
      .map((part) => part.trim())
      .filter((part) => part && !/^(LEAVE A REPLY|Please enter|READ MORE)/.test(part));
    const paragraphs = body.filter((block) => block.type === 'paragraph').map((block) => (block.children as Array<{ value: string }>)[0]!.value);
    expect(paragraphs).toEqual(story);
  });

  it('writes a Markdown draft that reads back, failing validation only where the gaps are', () => {
    const markdown = writeMarkdownArticle(article);
    expect(markdown).toContain('::related{headline="EU leaders hold emergency summit on Ukraine aid and their own security as U.S. support wanes"}');
    const result = safeParseArticle(article);
    expect(result.success ? [] : result.issues.map((issue) => issue.path)).toEqual(['body[4].url']);
    expect(() => parseMarkdownArticle(markdown)).toThrow(/body\[4\]\.url/);
  });

  it('reads a headline line, a byline and an AP dateline when the text has them', () => {
    const text = 'Town bridge reopens early\n\nBy Ana Ruiz and Li Wei\n\nRIVERTON, Ore. (AP) — The town bridge reopened on Monday, two weeks early.\n\nTraffic is back to both lanes.\n';
    const { article: draft, issues: found } = importWireText(text, { published: options.published, url: 'https://news.example.com/bridge' });
    expect(draft).toMatchObject({
      headline: 'Town bridge reopens early',
      bylines: [
        { name: 'Ana Ruiz', role: 'reporter' },
        { name: 'Li Wei', role: 'reporter' },
      ],
      dateline: 'RIVERTON, Ore.',
      source: { name: 'AP', kind: 'wire' },
      language: 'en',
      body: [
        { type: 'paragraph', children: [{ type: 'text', value: 'The town bridge reopened on Monday, two weeks early.' }] },
        { type: 'paragraph', children: [{ type: 'text', value: 'Traffic is back to both lanes.' }] },
      ],
    });
    expect(found).toEqual([]);
    expect(safeParseArticle(draft).success).toBe(true);
  });

  it('asks for the headline, date and address a bare text does not carry', () => {
    const { issues: found } = importWireText(wire);
    expect(
      found
        .filter((issue) => issue.severity === 'gap')
        .map((issue) => issue.code)
        .slice(0, 3),
    ).toEqual(['missing_headline', 'missing_date', 'missing_canonical_url']);
  });
});
