import { beforeAll, describe, expect, it } from 'vitest';
import { requireSystemPackage } from '../../scripts/system-packages.js';
import { ChromiumUnavailableError, checkAccessibility, checkArticle, createChecker } from '../../src/a11y/index.js';
import { renderHtml } from '../../src/index.js';
import { contentArticles } from '../helpers/content.js';

// These tests need Debian's chromium (npm test installs it). They never skip:
// a missing browser is a failure with the install command in the message.
beforeAll(() => {
  requireSystemPackage('chromium');
});
const page = (body: string) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Test page</title></head><body><main><h1>Heading</h1>${body}</main></body></html>`;

describe('checkAccessibility (chromium)', () => {
  it('should report low contrast, which jsdom cannot judge', async () => {
    const report = await checkAccessibility(page('<p style="color:#999;background:#aaa">Low contrast text</p>'), { format: 'html', engine: 'chromium' });
    expect(report.engine).toBe('chromium');
    expect(report.notEvaluated).toEqual([]);
    expect(report.violations.map((violation) => violation.id)).toContain('color-contrast');
  });

  it('should pass readable text and evaluate layout rules', async () => {
    const report = await checkAccessibility(page('<p style="color:#111;background:#fff">Readable text</p>'), { format: 'html', engine: 'chromium' });
    expect(report.violations).toEqual([]);
    expect(report.passes).toContain('color-contrast');
  });

  it('should find zero violations, layout rules included, in every article with the default stylesheet', async () => {
    const checker = createChecker({ engine: 'chromium' });
    try {
      for (const { name, article } of await contentArticles()) {
        const report = await checker.check(renderHtml(article, { stylesheet: true }), { format: 'html' });
        expect(
          report.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.html).join(' | ')}`),
          name,
        ).toEqual([]);
      }
      const [first] = await contentArticles();
      const reports = await checkArticle(first!.article, { checker, formats: ['amp', 'text'] });
      for (const report of reports) expect(report.violations, report.format).toEqual([]);
    } finally {
      await checker.close();
    }
  });

  it('should name the fix when the browser is missing', async () => {
    await expect(checkAccessibility(page('<p>x</p>'), { format: 'html', engine: 'chromium', chromiumPath: '/nonexistent/chromium' })).rejects.toThrow(ChromiumUnavailableError);
    await expect(checkAccessibility(page('<p>x</p>'), { format: 'html', engine: 'chromium', chromiumPath: '/nonexistent/chromium' })).rejects.toThrow(/apt-get install -y chromium/);
  });
});
