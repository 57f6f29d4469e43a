import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Readable } from 'node:stream';
import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { createFromNodeStream } from 'react-server-dom-parcel/client.node';
import { afterAll, describe, expect, it } from 'vitest';
import { renderHtml } from '../../src/index.js';
import { contentArticles } from '../helpers/content.js';
import { normalize } from '../helpers/frameworks.js';
import { elementsOf } from '../helpers/html.js';

const articles = await contentArticles();
const work = mkdtempSync(join(tmpdir(), 'presswork-rsc-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Every content article rendered by React's server-components renderer, in a process with the `react-server` condition. */
function serverRender(): Array<{ plain: string; withAsyncImage: string }> {
  const file = join(work, 'articles.json');
  writeFileSync(file, JSON.stringify(articles.map(({ article }) => article)));
  const result = spawnSync(process.execPath, ['--conditions=react-server', '--import', 'tsx', resolve(import.meta.dirname, 'fixtures/rsc-render.tsx'), file], {
    encoding: 'utf8',
    // As deployed: React's production server build.
    env: { ...process.env, NODE_ENV: 'production' },
  });
  expect(result.status, result.stderr).toBe(0);
  return JSON.parse(result.stdout) as Array<{ plain: string; withAsyncImage: string }>;
}

/** What the browser's side of React makes of a Flight payload, as HTML. */
async function clientRender(payload: string): Promise<string> {
  return renderToStaticMarkup((await createFromNodeStream(Readable.from([payload]))) as ReactNode);
}

describe('<Article> as a React Server Component', () => {
  const payloads = serverRender();

  it.each(articles.map(({ name }, index) => [name, index] as const))('%s: renders with no client code, to renderHtml’s markup', async (_, index) => {
    const { plain } = payloads[index]!;
    // A client component would be a module reference row (`<id>:I[…]`) for the browser to load.
    expect(plain).not.toMatch(/^[0-9a-f]+:I/m);
    expect(normalize('react', await clientRender(plain))).toBe(normalize('presswork', renderHtml(articles[index]!.article, { fragment: true })));
  });

  it('takes async server components for blocks', async () => {
    const index = articles.findIndex(({ name }) => name === 'river-festival-gallery.md');
    const html = await clientRender(payloads[index]!.withAsyncImage);
    const lead = articles[index]!.article.lead as { src: string };
    expect(elementsOf(html).find((element) => element.tagName === 'img')?.properties.src).toBe(`https://cdn.example.com/${encodeURIComponent(lead.src)}`);
  });
});
