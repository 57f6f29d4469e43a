import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { validArticle } from '../helpers/articles.js';

/** A temporary content folder: good articles, a bad one, and a built page with a violation. */
export async function makeWorkspace(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'presswork-cli-'));
  await mkdir(join(dir, 'content'));
  await mkdir(join(dir, 'site'));
  await writeFile(join(dir, 'content', 'good.json'), JSON.stringify({ ...validArticle(), slug: 'good' }));
  await writeFile(join(dir, 'content', 'second.json'), JSON.stringify({ ...validArticle(), id: 'second', slug: 'second' }));
  await writeFile(
    join(dir, 'content', 'bad.md'),
    '---\nschemaVersion: 1\nid: bad\nslug: Bad Slug\nlanguage: en\nheadline: Bad\nbylines: []\npublished: 2026-01-02T03:04:05Z\ncanonicalUrl: https://news.example.com/bad\n---\n\n::image{src="/a.jpg" width=1 height=1}\n',
  );
  await writeFile(join(dir, 'site', 'page.html'), '<!doctype html><html lang="en"><head><title>Built page</title></head><body><main><h1>Built</h1><img src="/a.jpg"></main></body></html>');
  return dir;
}
