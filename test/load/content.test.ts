import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { articleJsonSchema, blockSchema, inlineSchema } from '../../src/index.js';
import { loadContent } from '../../src/node.js';
import { contentArticles, contentDir, walk } from '../helpers/content.js';

describe('content/', () => {
  it('should load and validate every content file', async () => {
    const results = await loadContent(contentDir);
    expect(results.length).toBeGreaterThanOrEqual(8);
    for (const result of results) expect(result.ok ? [] : result.issues, result.file).toEqual([]);
  });

  it('should use every block type and every inline type across the articles', async () => {
    const used = new Set<string>();
    for (const { article } of await contentArticles()) walk(article, (node) => used.add(node.type));
    const blockTypes = blockSchema.options.map((option) => option.shape.type.value);
    const inlineTypes = inlineSchema.options.map((option) => option.shape.type.value);
    expect(blockTypes.filter((type) => !used.has(type))).toEqual([]);
    expect(inlineTypes.filter((type) => !used.has(type))).toEqual([]);
  });

  it('should include a right-to-left article with a passage in another language', async () => {
    const articles = await contentArticles();
    const rtl = articles.filter(({ article }) => article.direction === 'rtl');
    expect(rtl.length).toBeGreaterThan(0);
    const spans: Array<Record<string, unknown>> = [];
    for (const { article } of rtl) walk(article, (node) => node.type === 'span' && spans.push(node));
    expect(spans.some((span) => span.lang === 'en' && span.dir === 'ltr')).toBe(true);
  });

  describe('the source story', () => {
    it('should be clean and faithful to the wire copy', async () => {
      const source = await readFile(resolve(contentDir, '../test/fixtures/wire/source-story.txt'), 'utf8');
      const story = (await contentArticles()).find(({ name }) => name.startsWith('hegseth-healey'))!.article;
      const text = JSON.stringify(story);
      // Feed furniture is gone: the player reference, READ MORE line and comment form.
      expect(text).not.toMatch(/player above|READ MORE|LEAVE A REPLY|enter your (comment|name)/i);
      // The misspelt name is corrected in narrative, and quotes stay verbatim (stumbles included, the repeat marked [sic]).
      expect(text).not.toMatch(/Healy\b/);
      expect(text).toContain('The president will is paying a very keen eye');
      expect(text).toContain('we we [sic] have we are and we will further');
      // The video is the lead, with captions; READ MORE is a related link.
      expect(story.lead?.type).toBe('video');
      expect(story.lead?.type === 'video' && story.lead.captions?.length).toBeGreaterThan(0);
      expect(story.body.some((block) => block.type === 'relatedLink' && block.headline.startsWith('EU leaders hold emergency summit'))).toBe(true);
      // No invented author: the wire credit stands in.
      expect(story.bylines).toEqual([]);
      expect(story.source?.kind).toBe('wire');
      // Media URLs use example domains only.
      for (const url of text.match(/https:\/\/[^"]+/g) ?? []) expect(new URL(url).hostname).toMatch(/(^|\.)example\.com$/);
      // Every narrative paragraph of the wire copy is present (with the name fix applied; the editor's [sic] aside).
      const paragraphs = source
        .split(/\n\s*\n/)
        .map((p) => p.trim())
        .filter((p) => p && !/^(Watch the meeting|READ MORE|LEAVE A REPLY|Please enter)/.test(p));
      expect(paragraphs.length).toBeGreaterThan(10);
      const bodyText = story.body.map((block) => (block.type === 'paragraph' ? block.children.map((c) => ('value' in c ? c.value : '')).join('') : '')).join('\n');
      for (const paragraph of paragraphs) expect(bodyText.replaceAll(' [sic]', '')).toContain(paragraph.replace(/^Healy /, 'Healey '));
    });
  });

  it('should validate every article against the published JSON Schema', async () => {
    const ajv = new Ajv2020({ allErrors: true, strict: false, validateFormats: false });
    const validate = ajv.compile(articleJsonSchema());
    for (const { name, article } of await contentArticles()) {
      const { direction: _direction, ...input } = article;
      expect(validate(input) ? [] : validate.errors, name).toEqual([]);
    }
    expect(validate({ schemaVersion: 1, headline: 'x', surprise: true })).toBe(false);
  });
});
