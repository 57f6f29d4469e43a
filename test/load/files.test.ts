import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ArticleValidationError } from '../../src/index.js';
import { loadArticle, loadContent, safeLoadArticle } from '../../src/node.js';
import { validArticle } from '../helpers/articles.js';

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'presswork-load-'));
  await mkdir(join(dir, 'nested'));
  await writeFile(join(dir, 'good.json'), JSON.stringify(validArticle()));
  await writeFile(
    join(dir, 'nested', 'good.md'),
    '---\nschemaVersion: 1\nid: n\nslug: n\nlanguage: en\nheadline: N\nbylines: []\npublished: 2026-01-02T03:04:05Z\ncanonicalUrl: https://news.example.com/n\n---\nBody.\n',
  );
  await writeFile(join(dir, 'truncated.json'), JSON.stringify(validArticle()).slice(0, 60));
  await writeFile(join(dir, 'empty.md'), '');
  await writeFile(join(dir, 'latin1.md'), Buffer.from([0x2d, 0x2d, 0x2d, 0x0a, 0xe9, 0x0a]));
  await writeFile(join(dir, 'not-an-article.json'), '[1, 2, 3]');
  await writeFile(join(dir, 'notes.txt'), 'ignored: not a content file');
});

describe('loadContent', () => {
  it('should return one result per content file and never stop at a bad one', async () => {
    const results = await loadContent(dir);
    const byName = Object.fromEntries(results.map((result) => [result.file!.slice(dir.length + 1), result]));
    expect(Object.keys(byName).sort()).toEqual(['empty.md', 'good.json', 'latin1.md', 'nested/good.md', 'not-an-article.json', 'truncated.json']);
    expect(byName['good.json']!.ok).toBe(true);
    expect(byName['nested/good.md']!.ok).toBe(true);
    const codeOf = (name: string) => {
      const result = byName[name]!;
      return result.ok ? 'ok' : result.issues[0]!.code;
    };
    expect(codeOf('truncated.json')).toBe('invalid_json');
    expect(codeOf('empty.md')).toBe('empty_file');
    expect(codeOf('latin1.md')).toBe('invalid_encoding');
    expect(codeOf('not-an-article.json')).toBe('invalid_type');
    for (const result of results) if (!result.ok) expect(result.issues[0]!.file).toBe(result.file);
  });

  it('should give the line of a JSON syntax error', async () => {
    const result = await safeLoadArticle(join(dir, 'truncated.json'));
    expect(!result.ok && result.issues[0]).toMatchObject({ line: 1 });
  });

  it('should name a missing file', async () => {
    const result = await safeLoadArticle(join(dir, 'missing.md'));
    expect(!result.ok && result.issues[0]).toMatchObject({ code: 'unreadable', message: 'No such file' });
    await expect(loadArticle(join(dir, 'missing.md'))).rejects.toThrow(ArticleValidationError);
  });

  it('should throw for a folder that is not there', async () => {
    await expect(loadContent(join(dir, 'nope'))).rejects.toThrow(/ENOENT|no such file/i);
  });
});
