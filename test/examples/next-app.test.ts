import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderHtml } from '../../src/index.js';
import { contentArticles } from '../helpers/content.js';
import { installExample, run, type Run } from '../helpers/examples.js';
import { normalize } from '../helpers/frameworks.js';

let example: ReturnType<typeof installExample> | undefined;
beforeAll(() => {
  example = installExample('next-app');
}, 600_000);
afterAll(() => example?.remove());

describe('the Next.js example (App Router, React Server Components)', () => {
  let ci: Run;

  it('builds, and presswork check passes every page the build wrote', () => {
    ci = run('npm', ['run', 'ci'], example!.dir);
    expect(ci.status, ci.output).toBe(0);
    expect(ci.output).toContain('✔ .next/server/app/news/riverton-levee-budget.html');
    expect(ci.output).toContain('✔ .next/server/app/_not-found.html');
    expect(ci.output).toContain('10 files checked, 0 invalid, 0 violations');
  }, 600_000);

  it('serves each article with renderHtml’s markup', async () => {
    expect(ci.status, ci.output).toBe(0);
    const site = { name: 'Riverton Herald', url: 'https://news.example.com' };
    for (const { article } of await contentArticles()) {
      const page = readFileSync(join(example!.dir, `.next/server/app/news/${article.slug}.html`), 'utf8');
      const served = /<article class="pw-article"[\s\S]*<\/article>/.exec(page)?.[0];
      expect(served, article.slug).toBeDefined();
      expect(normalize('react-stream', served!), article.slug).toBe(normalize('presswork', renderHtml(article, { fragment: true, site })));
    }
  });
});
