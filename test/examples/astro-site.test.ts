import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderHtml } from '../../src/index.js';
import { contentArticles } from '../helpers/content.js';
import { installExample, run, type Run } from '../helpers/examples.js';

let example: ReturnType<typeof installExample> | undefined;
beforeAll(() => {
  example = installExample('astro-site');
}, 600_000);
afterAll(() => example?.remove());

describe('the Astro example', () => {
  let ci: Run;

  it('builds, and presswork check passes every page the build wrote', () => {
    ci = run('npm', ['run', 'ci'], example!.dir);
    expect(ci.status, ci.output).toBe(0);
    expect(ci.output).toContain('✔ dist/news/riverton-levee-budget.html');
    expect(ci.output).toContain('✔ dist/404.html');
    expect(ci.output).toContain('10 files checked, 0 invalid, 0 violations');
  }, 600_000);

  it('places each article as renderHtml writes it, byte for byte', async () => {
    expect(ci.status, ci.output).toBe(0);
    const site = { name: 'Riverton Herald', url: 'https://news.example.com' };
    for (const { article } of await contentArticles()) {
      const page = readFileSync(join(example!.dir, `dist/news/${article.slug}.html`), 'utf8');
      expect(page, article.slug).toContain(renderHtml(article, { fragment: true, site }));
    }
  });
});
