import fc from 'fast-check';
import { HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { parseArticle, renderHtml } from '../../src/index.js';
import { renderIndexPage } from '../../src/cli/site/index-page.js';
import { articleInput } from '../helpers/arbitraries.js';
import { articleWith, sampleBlocks } from '../helpers/articles.js';
import { contentArticles } from '../helpers/content.js';
import { seed } from '../helpers/property.js';

/** Rules of `html-validate:recommended` and `:a11y` turned off for presswork's output, each with the reason. */
const disabled: Record<string, string> = {
  'doctype-style': 'the lowercase `<!doctype html>` that hast-util-to-html writes is as valid as the uppercase form',
  'long-title': 'the title is the headline (WCAG 2.4.2 asks for a descriptive title, not a short one); cutting it would hide words',
  'prefer-native-element': 'a wide table scrolls in a `div role="region"` named by its caption; the native `section` would need a heading of its own (the W3C checker warns "Section lacks heading")',
  'unique-landmark': 'fact boxes and related links are unnamed `aside`s inside the `article`, which HTML-AAM maps to no landmark, so they never compete as landmarks (axe agrees)',
};

const validator = new HtmlValidate({
  extends: ['html-validate:recommended', 'html-validate:a11y'],
  rules: Object.fromEntries(Object.keys(disabled).map((rule) => [rule, 'off'])),
});

describe('html-validate (recommended + a11y)', () => {
  it('should pass every HTML output of content, every block type, generated articles and the site index', async () => {
    const generated = fc.sample(articleInput, { seed, numRuns: 15 }).map((input, index) => ({ name: `generated-${index}`, article: parseArticle(input) }));
    const content = await contentArticles();
    const articles = [...content, { name: 'every-block', article: articleWith(Object.values(sampleBlocks)) }, ...generated];
    const documents = articles.map(({ name, article }) => ({ name, html: renderHtml(article) }));
    documents.push({
      name: 'index.html',
      html: renderIndexPage(content.map(({ article }) => ({ article, files: { html: `${article.slug}.html`, amp: `${article.slug}.amp.html`, text: `${article.slug}.txt` } }))),
    });
    const problems: string[] = [];
    for (const { name, html } of documents) {
      const report = await validator.validateString(html, name);
      for (const result of report.results) for (const message of result.messages) problems.push(`${name}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`);
    }
    expect(problems).toEqual([]);
  }, 120_000);
});
