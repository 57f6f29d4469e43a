import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { ArticleValidationError, articleJsonSchema, summarize, type ArticleIssue } from '../../src/index.js';
import { validArticle } from '../helpers/articles.js';

const issue = (path: string, message: string, place: Partial<ArticleIssue> = {}): ArticleIssue => ({ path, segments: [], code: 'custom', message, ...place });

describe('the validation error people read', () => {
  it('prints one problem a line, with the path and, when known, file:line:column', () => {
    expect(
      summarize([
        issue('body[0].alt', 'Expected alt text', { file: 'a.md', line: 12, column: 3 }),
        issue('slug', 'Expected a slug', { file: 'a.md', line: 4 }),
        issue('headline', 'Expected a headline', { file: 'b.json' }),
        issue('published', 'Expected a date'),
      ]),
    ).toBe(
      [
        '× Expected alt text',
        '  → at body[0].alt (a.md:12:3)',
        '× Expected a slug',
        '  → at slug (a.md:4:1)',
        '× Expected a headline',
        '  → at headline (b.json)',
        '× Expected a date',
        '  → at published',
      ].join('\n'),
    );
  });

  it('counts the problems and names the file in the message', () => {
    const one = new ArticleValidationError([issue('slug', 'Expected a slug')], 'content/a.md');
    expect(one.message).toBe('Invalid article in content/a.md: 1 problem\n× Expected a slug\n  → at slug');
    expect(one.name).toBe('ArticleValidationError');
    expect(one.file).toBe('content/a.md');
    const two = new ArticleValidationError([issue('slug', 'Expected a slug'), issue('headline', 'Expected a headline')]);
    expect(two.message.split('\n')[0]).toBe('Invalid article: 2 problems');
    expect(two.file).toBeUndefined();
  });
});

describe('the published JSON Schema', () => {
  const schema = articleJsonSchema();
  const validate = new Ajv2020({ strict: false }).compile(schema);
  const poll = { type: 'acme:poll', question: 'Raise the budget?' };

  it('names its version and accepts extension nodes where blocks and inline nodes stand, by their namespaced type', () => {
    expect(schema).toMatchObject({ $id: expect.stringMatching(/article-\d+\.json$/), title: 'presswork article' });
    const body = [poll, { type: 'paragraph', children: [{ type: 'acme:ticker', symbol: 'RVTN' }] }];
    expect(validate({ ...validArticle(), body }) ? [] : validate.errors).toEqual([]);
    expect(validate({ ...validArticle(), body: [{ type: 'poll' }] })).toBe(false);
    // What an editor's hover shows for them.
    const text = JSON.stringify(schema);
    expect(text).toContain('An extension block (a registered type such as `acme:poll`)');
    expect(text).toContain('An extension inline node (a registered type such as `acme:poll`)');
  });
});
