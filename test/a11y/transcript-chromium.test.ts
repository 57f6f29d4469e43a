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
});
