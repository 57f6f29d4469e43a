import { describe, expect, it } from 'vitest';
import { locate, safeParseJsonArticle } from '../../src/index.js';
import { validArticle } from '../helpers/articles.js';

const source = JSON.stringify({ ...validArticle(), body: [{ type: 'paragraph', children: [{ type: 'text', value: 'Hello.' }] }, { type: 'divider' }] }, null, 2);
const lineOf = (text: string) => source.split('\n').findIndex((line) => line.includes(text)) + 1;

describe('where a JSON article’s fields are written', () => {
  it('should give validation problems the line and column of the value, or of the key for an unknown field', () => {
    const broken = source.replace('"headline": "A test headline"', '"headline": 5').replace('"type": "divider"', '"type": "divider",\n      "bogus": true');
    const result = safeParseJsonArticle(broken, { file: 'a.json' });
    expect(result.ok ? [] : result.issues.map((issue) => [issue.path, issue.line, issue.column])).toEqual([
      ['headline', lineOf('"headline"'), 15],
      ['body[1].bogus', broken.split('\n').findIndex((line) => line.includes('"bogus"')) + 1, 7],
    ]);
  });

  it('should return where each part of a valid article is, for tools that point back at it', () => {
    const result = safeParseJsonArticle(`\uFEFF${source}`, { file: 'a.json' });
    if (!result.ok) throw new Error('expected a valid article');
    const divider = lineOf('"type": "divider"') - 1;
    expect(locate(result.locations, ['body', 1])).toEqual({ line: divider, column: 5, endLine: divider + 2, endColumn: 6 });
    // A part with no place of its own falls back to the nearest enclosing one.
    expect(locate(result.locations, ['body', 1, 'missing', 3])).toEqual(locate(result.locations, ['body', 1]));
    expect(locate(result.locations, [])).toMatchObject({ line: 1, column: 1 });
  });
});
