import { existsSync } from 'node:fs';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkAccessibility } from '../../src/a11y/index.js';
import { inspectSite, screenWidths } from '../../scripts/site-screenshots.js';
import { runCli } from '../helpers/cli.js';
import { contentArticles } from '../helpers/content.js';

// The site `npm start` writes, rendered into a temporary folder (never the working tree's site/).
const root = resolve(import.meta.dirname, '../..');
let out: string;
let result: Awaited<ReturnType<typeof runCli>>;

beforeAll(async () => {
  out = await mkdtemp(join(tmpdir(), 'presswork-site-'));
  result = await runCli(['render', 'content', '--out-dir', out], { cwd: root });
}, 120_000);
afterAll(() => rm(out, { recursive: true, force: true }));

describe('the site rendered from content/', () => {
  it('should say how many files it wrote and which one to open', () => {
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/^25 files and 8 media files written to .*, 0 invalid articles\n/);
    expect(result.stderr).toContain(`Open ${join(out, 'index.html')} in a browser to read them (file://`);
  });

  it('should list every article in index.html with a link to each format, and every link should resolve', async () => {
    const index = await readFile(join(out, 'index.html'), 'utf8');
    for (const { article } of await contentArticles()) {
      expect(index).toContain(article.headline.replace(/&/g, '&#x26;'));
      for (const name of [`${article.slug}.html`, `${article.slug}.amp.html`, `${article.slug}.txt`]) {
        expect(index).toContain(`href="${name}"`);
        expect(existsSync(join(out, name)), name).toBe(true);
      }
    }
    expect(index).toContain('AMP pages load the AMP runtime');
    expect((await checkAccessibility(index, { format: 'html' })).violations).toEqual([]);
  });

  it('should style every page and ship the media the articles refer to', async () => {
    for (const name of (await readdir(out)).filter((file) => file.endsWith('.html') && !file.endsWith('.amp.html'))) {
      expect(await readFile(join(out, name), 'utf8'), name).toMatch(/<style>:root\{color-scheme:light dark/);
    }
    const gallery = await readFile(join(out, 'river-festival-in-pictures.html'), 'utf8');
    for (const [, src] of gallery.matchAll(/src="(\.\/media\/[^"]+)"/g)) expect(existsSync(join(out, src!)), src).toBe(true);
    expect((await readdir(join(out, 'media'))).length).toBe(8);
  });

  it('should fit a laptop and a phone screen with every image loaded, offline (headless Chromium)', async () => {
    const results = await inspectSite(out, join(out, 'screenshots'));
    expect(results.length).toBe(9 * screenWidths.length);
    const problems = results.filter((page) => page.overflow > 0 || page.brokenImages.length > 0).map((page) => `${page.page} at ${page.width}px: overflow ${page.overflow}px, broken ${page.brokenImages.join(' ')}`);
    expect(problems).toEqual([]);
    for (const page of results) expect(existsSync(page.screenshot!), page.screenshot).toBe(true);
  }, 120_000);
});
