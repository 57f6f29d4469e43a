import type { Element, Root, RootContent } from 'hast';
import { toString } from 'hast-util-to-string';
import { describe, expect, it } from 'vitest';
import { formatPath } from '../../src/model/path.js';
import { buildAmpTree } from '../../src/render/amp/render-amp.js';
import { buildHtmlTree } from '../../src/render/html/to-hast.js';
import type { SourcePaths } from '../../src/render/shared/source-paths.js';
import { traceText } from '../../src/render/text/render-text.js';
import { contentArticles } from '../helpers/content.js';

// Which part of the article each output element (or text line) renders: what the checker uses to
// put a problem on its source line (SARIF regions, `file:line:column`). The CLI tests check a few
// of those lines end to end; these reviewed listings hold every traced element of every content
// article, so a handler that forgets its path (or notes the wrong one) shows in the diff.
const articles = await contentArticles();

/** One line per traced element, in document order: its path, its tag and classes, and the start of its text. */
function listing(tree: Root, sources: SourcePaths): string {
  const lines: string[] = [];
  const visit = (nodes: RootContent[], depth: number) => {
    for (const node of nodes) {
      if (node.type !== 'element') continue;
      const path = sources.get(node);
      if (path) lines.push(`${'  '.repeat(depth)}${formatPath(path) || '(article)'}  ${tag(node)}  ${excerpt(toString(node))}`);
      visit(node.children, path ? depth + 1 : depth);
    }
  };
  visit(tree.children, 0);
  return `${lines.join('\n')}\n`;
}

const tag = (element: Element) => {
  const classes = element.properties.className;
  return `<${element.tagName}${Array.isArray(classes) && classes.length > 0 ? `.${classes.join('.')}` : ''}>`;
};

const excerpt = (text: string) => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 48 ? `${flat.slice(0, 47)}…` : flat;
};

describe('the source path of every rendered part of the content/ articles', () => {
  it.each(articles.map(({ name, article }) => [name, article] as const))('%s', async (name, article) => {
    const base = `__snapshots__/sources/${name.replace(/\.(md|json)$/, '')}`;
    const html: SourcePaths = new Map();
    await expect(listing(buildHtmlTree(article, { fragment: false, stylesheet: false }, { sources: html }), html)).toMatchFileSnapshot(`${base}.html.txt`);
    const amp: SourcePaths = new Map();
    await expect(listing(buildAmpTree(article, {}, amp), amp)).toMatchFileSnapshot(`${base}.amp.txt`);
    const { output, lines } = traceText(article);
    const width = Math.max(...lines.map((path) => (path ? formatPath(path).length : 0)));
    const text = output
      .split('\n')
      .map((line, index) => `${(lines[index] ? formatPath(lines[index]) : '').padEnd(width)} | ${line}`.trimEnd())
      .join('\n');
    await expect(`${text}\n`).toMatchFileSnapshot(`${base}.text.txt`);
  });
});
