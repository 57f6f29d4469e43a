import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseAtomFeed, parseRssFeed } from 'feedsmith';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

const root = resolve(import.meta.dirname, '../..');
const json = `{
    "schemaVersion": 1,
    "slug": "bridge",
    "id": "bridge-1",
    "language": "en",
    "headline": "Bridge reopens",
    "bylines": [],
    "published": "2026-11-02T09:00:00Z",
    "canonicalUrl": "https://news.example.com/bridge",
    "body": [{ "type": "paragraph", "children": [{ "type": "text", "value": "It reopened." }] }]
}
`;
const markdown = `---
# Kept: a comment the migration must not lose.
schemaVersion: 1
id: ferry-1
slug: ferry
language: en
headline: Ferry returns
tags: [Transport, River]
bylines: []
published: 2026-11-03T09:00:00Z
canonicalUrl: https://news.example.com/ferry
---

The ferry is back.
`;

async function workspace(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'presswork-extend-'));
  await writeFile(join(dir, 'bridge.json'), json);
  await writeFile(join(dir, 'ferry.md'), markdown);
  return dir;
}

describe('presswork migrate', () => {
  it('--check lists the files that need it, exits 1 and writes nothing', async () => {
    const cwd = await workspace();
    const run = await runCli(['migrate', '--check', '.'], { cwd });
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('bridge.json: schemaVersion 1 → 2 needed\nferry.md: schemaVersion 1 → 2 needed\n2 of 2 files need migrating\n');
    expect(await readFile(join(cwd, 'bridge.json'), 'utf8')).toBe(json);
  });

  it('rewrites only the version, keeping formatting, key order and comments; a second run finds nothing to do', async () => {
    const cwd = await workspace();
    expect((await runCli(['migrate', '.'], { cwd })).code).toBe(0);
    expect(await readFile(join(cwd, 'bridge.json'), 'utf8')).toBe(json.replace('"schemaVersion": 1', '"schemaVersion": 2'));
    expect(await readFile(join(cwd, 'ferry.md'), 'utf8')).toBe(markdown.replace('schemaVersion: 1', 'schemaVersion: 2'));
    const again = await runCli(['migrate', '--check', '.'], { cwd });
    expect([again.code, again.stdout]).toEqual([0, '0 of 2 files need migrating\n']);
  });

  it('refuses a version newer than it reads, naming the file', async () => {
    const cwd = await workspace();
    await writeFile(join(cwd, 'bridge.json'), json.replace('"schemaVersion": 1', '"schemaVersion": 9'));
    const run = await runCli(['migrate', 'bridge.json'], { cwd });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('bridge.json: × `schemaVersion: 9` is newer than this presswork reads (up to 2): update presswork');
  });

  it('is what the loaders do in memory: validate reads an old file with a notice at its line', async () => {
    const cwd = await workspace();
    const run = await runCli(['validate', 'ferry.md'], { cwd });
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('ferry.md:3:16: notice: Read as schemaVersion 2 (written as 1;');
  });
});

describe('presswork render --format rss|atom|jsonfeed', () => {
  it('writes one feed of every article, newest first, with the site named by flags', async () => {
    const run = await runCli(
      ['render', 'content', '--format', 'rss', '--site-title', 'Riverton Herald', '--site-url', 'https://news.example.com/', '--feed-url', 'https://news.example.com/feed.xml'],
      { cwd: root },
    );
    expect(run.code).toBe(0);
    const feed = parseRssFeed(run.stdout);
    expect(feed.title).toBe('Riverton Herald');
    expect(feed.items).toHaveLength(8);
    expect(run.stderr).toBe('8 articles in the rss feed, 0 invalid\n');
  });

  it('defaults the site to the newest article’s origin, and writes --out', async () => {
    const cwd = await mkdtemp(join(tmpdir(), 'presswork-feed-'));
    await cp(join(root, 'content'), join(cwd, 'content'), { recursive: true });
    expect((await runCli(['render', 'content', '--format', 'atom', '--out', 'atom.xml'], { cwd })).code).toBe(0);
    const feed = parseAtomFeed(await readFile(join(cwd, 'atom.xml'), 'utf8'));
    expect(feed.id).toBe('https://news.example.com/');
    expect(feed.title?.value).toBe('news.example.com');
  });

  it('refuses --out-dir (a feed is one file)', async () => {
    const run = await runCli(['render', 'content', '--format', 'jsonfeed', '--out-dir', 'x'], { cwd: root });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('A feed is one file');
  });
});

describe('presswork.config.js', () => {
  const fixture = join(root, 'test/fixtures/extend/budget-poll.md');
  const config = `import { createPresswork } from 'presswork';\nimport { acme } from ${JSON.stringify(join(root, 'examples/acme-extensions/src/index.ts'))};\nexport default createPresswork(acme);\n`;

  it('registers the project’s extension types for validate, render and lint', async () => {
    const cwd = await mkdtemp(join(tmpdir(), 'presswork-config-'));
    await cp(fixture, join(cwd, 'poll.md'));
    const without = await runCli(['validate', 'poll.md'], { cwd });
    expect(without.code).toBe(1);
    expect(without.stdout).toContain('Unknown extension type `acme:poll`');
    await writeFile(join(cwd, 'presswork.config.mjs'), config);
    expect((await runCli(['validate', 'poll.md'], { cwd })).code).toBe(0);
    const html = await runCli(['render', 'poll.md', '--fragment'], { cwd });
    expect(html.stdout).toContain('<legend>Should the council raise the levee budget by 4 per cent?</legend>');
    expect((await runCli(['lint', 'poll.md'], { cwd })).code).toBe(0);
  });

  it('says which config failed to load and why', async () => {
    const cwd = await mkdtemp(join(tmpdir(), 'presswork-config-'));
    await cp(fixture, join(cwd, 'poll.md'));
    await writeFile(join(cwd, 'presswork.config.js'), 'export default { blocks: [{ type: "acme:poll" }] };\n');
    const run = await runCli(['validate', 'poll.md'], { cwd });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/presswork\.config\.js.*must come from `defineBlock`/);
  });
});
