import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import type { Root } from 'hast';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { createPresswork, h, parseArticle, renderHtml, type BlockOf, type HtmlOptions, type HtmlState } from '../../src/index.js';
import { acme } from '../../examples/acme-extensions/src/index.js';
import { articleInput } from '../helpers/arbitraries.js';
import { contentArticles } from '../helpers/content.js';
import { frameworks, normalize, reactStream, type Framework } from '../helpers/frameworks.js';
import { seeded } from '../helpers/property.js';

const articles = await contentArticles();
const names = Object.keys(frameworks) as Framework[];

describe.each(names)('toJsx in %s', (framework) => {
  it.each(articles.map(({ name, article }) => [name, article] as const))('renders %s as renderHtml does', async (_, article) => {
    const expected = normalize('presswork', renderHtml(article, { fragment: true }));
    expect(normalize(framework, await frameworks[framework](article))).toBe(expected);
  });

  it('renders generated articles as renderHtml does', async () => {
    await fc.assert(
      fc.asyncProperty(articleInput, async (input) => {
        const article = parseArticle(input);
        expect(normalize(framework, await frameworks[framework](article))).toBe(normalize('presswork', renderHtml(article, { fragment: true })));
      }),
      seeded(40),
    );
  });
});

describe('React streaming', () => {
  it.each(articles.map(({ name, article }) => [name, article] as const))('streams %s as renderToStaticMarkup renders it', async (_, article) => {
    expect(normalize('react-stream', await reactStream(article))).toBe(normalize('presswork', renderHtml(article, { fragment: true })));
  });
});

describe('renderHtml’s options in every framework', () => {
  const presswork = createPresswork(acme);
  const article = presswork.parseMarkdownArticle(readFileSync(resolve(import.meta.dirname, '../fixtures/extend/budget-poll.md'), 'utf8'));
  const markLinks: Plugin<[], Root> = () => (tree) =>
    visit(tree, 'element', (element) => {
      if (element.tagName === 'a') element.properties.dataSite = 'yes';
    });
  const options = {
    extensions: presswork.extensions,
    labels: { by: 'Words by' },
    site: { baseUrl: 'https://news.example.com' },
    handlers: { paragraph: (state: HtmlState, node: BlockOf<'paragraph'>) => h('p', { className: ['site-paragraph'] }, state.inline(node.children)) },
    rehypePlugins: [markLinks],
  } satisfies HtmlOptions;

  it.each(names)('%s: labels, site, handler overrides, rehype plugins and extension types apply as in renderHtml', async (framework) => {
    const expected = normalize('presswork', renderHtml(article, { ...options, fragment: true }));
    // What the options change is in the output, so the comparison is not of two defaults.
    for (const mark of ['Words by', 'site-paragraph', 'data-site="yes"', 'acme-poll']) expect(expected).toContain(mark);
    expect(normalize(framework, await frameworks[framework](article, options))).toBe(expected);
  });
});
