import { afterAll, describe, expect, it } from 'vitest';
import { checkArticle, createChecker, layoutRules, type A11yReport } from '../../src/a11y/index.js';
import { contentArticles } from '../helpers/content.js';

const summary = (report: A11yReport) => report.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.html).join(' | ')}`);

describe('every output of every article in content/', async () => {
  const articles = await contentArticles();
  const checker = createChecker();
  afterAll(() => checker.close());

  it.each(articles.map(({ name, article }) => [name, article] as const))('%s should have zero violations in HTML, AMP and text (WCAG 2.2 AA, jsdom)', async (_, article) => {
    const reports = await checkArticle(article, { checker });
    expect(reports.map((report) => report.format)).toEqual(['html', 'amp', 'text']);
    for (const report of reports) {
      expect(summary(report), report.format).toEqual([]);
      // Layout rules of WCAG AA are reported as not evaluated, never counted as passes.
      expect(report.notEvaluated).toEqual(['avoid-inline-spacing', 'color-contrast', 'css-orientation-lock', 'link-in-text-block', 'scrollable-region-focusable', 'target-size']);
      expect(report.passes.some((id) => layoutRules.includes(id))).toBe(false);
      expect(report.passes.length).toBeGreaterThan(5);
    }
  });
});
