import { describe, expect, it } from 'vitest';
import { migrateArticle, migrations, parseArticle, safeParseArticle, safeParseJsonArticle, safeParseMarkdownArticle, schemaVersion } from '../../src/index.js';
import { validArticle } from '../helpers/articles.js';

const v1 = () => ({ ...validArticle(), schemaVersion: 1 });

describe('the migration steps', () => {
  it('should lead from version 1 to the current version, one step at a time, with nothing skipped', () => {
    expect(migrations.map((step) => [step.from, step.to])).toEqual(Array.from({ length: schemaVersion - 1 }, (_, index) => [index + 1, index + 2]));
  });

  it('1→2: should change only the version (version 1 content is valid version 2 content) and never the input', () => {
    const input = v1();
    const frozen = JSON.stringify(input);
    const step = migrations.find((migration) => migration.from === 1)!;
    const output = step.up(input);
    expect(output).toEqual({ ...input, schemaVersion: 2 });
    expect(JSON.stringify(input)).toBe(frozen);
    expect(parseArticle(output).schemaVersion).toBe(2);
  });
});

describe('migrateArticle', () => {
  it('should upgrade an older article to the current version and say which steps it took', () => {
    const result = migrateArticle(v1());
    expect(result.from).toBe(1);
    expect(result.applied.map((step) => step.to)).toEqual([2]);
    expect((result.article as { schemaVersion: number }).schemaVersion).toBe(schemaVersion);
    expect(result.issue).toBeUndefined();
  });

  it('should return an article at the current version as it is', () => {
    const input = validArticle();
    const result = migrateArticle(input);
    expect(result.article).toBe(input);
    expect(result.applied).toEqual([]);
  });

  it('should refuse a newer version and a version that is not a positive whole number, naming the field', () => {
    expect(migrateArticle({ ...validArticle(), schemaVersion: 3 }).issue).toMatchObject({ path: 'schemaVersion', code: 'newer_version' });
    for (const bad of [0, 1.5, '1', null]) expect(migrateArticle({ ...validArticle(), schemaVersion: bad }).issue, String(bad)).toMatchObject({ path: 'schemaVersion', code: 'invalid_version' });
  });

  it('should leave input without a version to validation (which reports it missing)', () => {
    const { schemaVersion: _, ...rest } = validArticle();
    expect(migrateArticle(rest).issue).toBeUndefined();
    const result = safeParseArticle(rest);
    expect(result.success).toBe(false);
    if (!result.success) expect(result.issues.map((issue) => issue.path)).toEqual(['schemaVersion']);
  });
});

describe('reading an older article', () => {
  it('should validate it as the current version, with a notice that it was upgraded', () => {
    const result = safeParseArticle(v1());
    expect(result.success).toBe(true);
    if (!result.success) return;
    expect(result.article.schemaVersion).toBe(2);
    expect(result.notices).toEqual([expect.objectContaining({ path: 'schemaVersion', code: 'migrated', message: expect.stringMatching(/written as 1.*presswork migrate/) })]);
    expect(safeParseArticle(validArticle())).toMatchObject({ success: true, notices: [] });
  });

  it('should point the loaders’ notice at the version’s line in the file', () => {
    const json = safeParseJsonArticle(JSON.stringify(v1(), null, 2), { file: 'a.json' });
    expect(json.ok && json.notices).toEqual([expect.objectContaining({ code: 'migrated', file: 'a.json', line: 2 })]);
    const markdown = safeParseMarkdownArticle(
      '---\nschemaVersion: 1\nid: a\nslug: a\nlanguage: en\nheadline: A\nbylines: []\npublished: 2026-01-02T03:04:05Z\ncanonicalUrl: https://news.example.com/a\n---\n\nText.\n',
      { file: 'a.md' },
    );
    expect(markdown.ok && markdown.notices).toEqual([expect.objectContaining({ code: 'migrated', file: 'a.md', line: 2, column: 16 })]);
  });
});
