import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderHtml } from '../../src/index.js';
import { contentArticles } from '../helpers/content.js';
import { installExamples, run, type Run } from '../helpers/examples.js';
import { normalize } from '../helpers/frameworks.js';

const site = { name: 'Riverton Herald', url: 'https://news.example.com' };
let examples: Awaited<ReturnType<typeof installExamples>> | undefined;

beforeAll(async () => {
  examples = await installExamples(['next-app', 'astro-site']);
}, 600_000);
afterAll(() => examples?.remove());

describe('the Next.js example (App Router, React Server Components)', () => {
  let ci: Run;

  it('installs from the registry, builds, and presswork check passes every page the build wrote', () => {
    const install = examples!.installs['next-app']!;
    expect(install.status, install.output).toBe(0);
    ci = run('npm', ['run', 'ci'], examples!.dirs['next-app']!);
    expect(ci.status, ci.output).toBe(0);
    expect(ci.output).toContain('✔ .next/server/app/news/riverton-levee-budget.html');
    expect(ci.output).toContain('✔ .next/server/app/_not-found.html');
    expect(ci.output).toContain('10 files checked, 0 invalid, 0 violations');
  }, 600_000);

  it('serves each article with renderHtml’s markup', async () => {
    expect(ci.status, ci.output).toBe(0);
    for (const { article } of await contentArticles()) {
      const page = readFileSync(join(examples!.dirs['next-app']!, `.next/server/app/news/${article.slug}.html`), 'utf8');
      const served = /<article class="pw-article"[\s\S]*<\/article>/.exec(page)?.[0];
      expect(served, article.slug).toBeDefined();
      expect(normalize('react-stream', served!), article.slug).toBe(normalize('presswork', renderHtml(article, { fragment: true, site })));
    }
  });
});

describe('the Astro example', () => {
  let ci: Run;

  it('installs from the registry, builds, and presswork check passes every page the build wrote', () => {
    const install = examples!.installs['astro-site']!;
    expect(install.status, install.output).toBe(0);
    ci = run('npm', ['run', 'ci'], examples!.dirs['astro-site']!);
    expect(ci.status, ci.output).toBe(0);
    expect(ci.output).toContain('✔ dist/news/riverton-levee-budget.html');
    expect(ci.output).toContain('✔ dist/404.html');
    expect(ci.output).toContain('10 files checked, 0 invalid, 0 violations');
  }, 600_000);

  it('places each article as renderHtml writes it, byte for byte', async () => {
    expect(ci.status, ci.output).toBe(0);
    for (const { article } of await contentArticles()) {
      const page = readFileSync(join(examples!.dirs['astro-site']!, `dist/news/${article.slug}.html`), 'utf8');
      expect(page, article.slug).toContain(renderHtml(article, { fragment: true, site }));
    }
  });
});
