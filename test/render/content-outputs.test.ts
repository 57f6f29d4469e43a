import { describe, expect, it } from 'vitest';
import { renderAmp, renderHtml, renderText } from '../../src/index.js';
import { contentArticles } from '../helpers/content.js';

// The three outputs of every article in content/, whole: header, bylines, credits, dates,
// section, tags, corrections, JSON-LD and body exactly as a reader and a crawler get them.
// Reviewed files in __snapshots__/content/; a change to any output shows in the diff
// (`vitest -u` after reviewing it). The unit tests of each handler say why; these say what.
const articles = await contentArticles();

describe('the outputs of the content/ articles', () => {
  it.each(articles.map(({ name, article }) => [name, article] as const))('%s', async (name, article) => {
    const base = `__snapshots__/content/${name.replace(/\.(md|json)$/, '')}`;
    await expect(renderHtml(article)).toMatchFileSnapshot(`${base}.html`);
    await expect(renderAmp(article)).toMatchFileSnapshot(`${base}.amp.html`);
    await expect(renderText(article)).toMatchFileSnapshot(`${base}.txt`);
  });
});
