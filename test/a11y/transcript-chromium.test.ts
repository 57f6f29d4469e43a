import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { requireSystemPackage } from '../../scripts/system-packages.js';
import { transcript } from '../../src/a11y/index.js';
import { renderAmp, renderHtml } from '../../src/index.js';
import { contentArticles } from '../helpers/content.js';
import { runCli } from '../helpers/cli.js';

beforeAll(() => requireSystemPackage('chromium'));

const articles = await contentArticles();
const article = (name: string) => articles.find((entry) => entry.name === name)!.article;
/** The phrases that carry content, in order: headings, images, links and language switches. */
const named = (lines: readonly string[]) => lines.filter((line) => /^(heading|image|link|language),/.test(line) || line.startsWith('language:'));

describe('transcripts from Chromium’s accessibility tree', () => {
  it('should hear the same headings, images, links and language switches, in the same order, as the virtual screen reader', async () => {
    for (const [name, format] of [
      ['desalination-plant-opens-ar.md', 'html'],
      ['river-festival-gallery.md', 'amp'],
    ] as const) {
      const output = format === 'html' ? renderHtml(article(name)) : renderAmp(article(name));
      const browser = await transcript(output, { format, engine: 'chromium' });
      const virtual = await transcript(output, { format });
      expect(browser[0], name).toMatch(/^document/);
      expect(named(browser), `${name} (${format})`).toEqual(named(virtual));
      expect(named(browser).length).toBeGreaterThan(3);
    }
  }, 60_000);

  it('presswork listen --engine chromium prints it', async () => {
    const run = await runCli(['listen', 'content/minimal-brief.md', '--engine', 'chromium']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('heading, Town bridge reopens after repairs, level 1\n');
  }, 60_000);

  it('check --engine chromium --transcripts writes the browser’s transcripts, one browser for the checks and transcripts', async () => {
    const cwd = await mkdtemp(join(tmpdir(), 'presswork-transcripts-'));
    const run = await runCli(
      ['check', resolve('content/minimal-brief.md'), resolve('content/desalination-plant-opens-ar.md'), '--engine', 'chromium', '--format', 'html', '--no-lint', '--transcripts', 'heard'],
      { cwd },
    );
    expect(run.code).toBe(0);
    for (const name of ['minimal-brief.md', 'desalination-plant-opens-ar.md']) {
      const written = (await readFile(join(cwd, 'heard', resolve('content', name).replace(/^\//, '') + '.html.txt'), 'utf8')).trimEnd().split('\n');
      // Chromium's own tree (its role names), not the virtual screen reader's: the same phrases as `transcript(..., { engine: 'chromium' })`.
      expect(written).toEqual(await transcript(renderHtml(article(name)), { format: 'html', engine: 'chromium' }));
    }
  }, 120_000);
});
