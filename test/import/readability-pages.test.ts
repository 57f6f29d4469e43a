import { beforeAll, describe, expect, it } from 'vitest';
import { MarkdownWriteError, parseArticle, writeMarkdownArticle } from '../../src/index.js';
import { checkArticle, createChecker } from '../../src/a11y/index.js';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { figuresEnd, figuresStart, figuresTable, measurePage, pageNames, type PageFigures } from '../helpers/readability-pages.js';

// Mozilla Readability's 128 test pages (real news pages and edge cases), imported as the
// importer's users would: these are the figures docs/importing.md reports.
let figures: PageFigures[] = [];
beforeAll(async () => {
  figures = [];
  for (const name of pageNames()) figures.push(await measurePage(name));
}, 240_000);

const failing = (test: (page: PageFigures) => boolean) => figures.filter((page) => !test(page)).map((page) => page.name);

describe('importHtml on Mozilla Readability’s test pages', () => {
  it('imports all of them', () => {
    expect(figures.length).toBe(128);
  });

  it('takes the headline Readability finds, or lists a missing headline as a gap', () => {
    expect(failing((page) => page.headline || page.gaps.some((gap) => gap.code === 'missing_headline'))).toEqual([]);
    expect(figures.filter((page) => page.headline).length).toBeGreaterThanOrEqual(125);
  });

  it('names the byline’s people wherever the page has a byline', () => {
    expect(failing((page) => page.byline !== false)).toEqual([]);
    expect(figures.filter((page) => page.byline === true).length).toBeGreaterThanOrEqual(70);
  });

  it('takes the publication time, or lists it as a gap when the page gives no time zone', () => {
    expect(failing((page) => page.published !== false)).toEqual([]);
  });

  it('takes the language the page declares', () => {
    expect(failing((page) => page.language !== false)).toEqual([]);
  });

  it('keeps at least 90 % of the words Readability extracts, on every page', () => {
    expect(figures.filter((page) => page.coverage < 0.9).map((page) => `${page.name}: ${page.coverage.toFixed(3)}`)).toEqual([]);
  });

  it('either validates or names a specific gap for every validation problem', () => {
    expect(figures.flatMap((page) => page.unexplained.map((issue) => `${page.name} ${issue.path}: ${issue.message}`))).toEqual([]);
    for (const page of figures) if (page.gaps.length === 0) expect(page.valid, page.name).toBe(true);
  });

  it('points every gap at the draft, and the element gaps at their source line', () => {
    for (const page of figures) {
      for (const gap of page.gaps) {
        expect(gap.path, `${page.name} ${gap.code}`).toBeDefined();
        if (/^missing_(alt|size|title|captions|caption)$/.test(gap.code)) expect(gap.source?.line, `${page.name} ${gap.code}`).toBeGreaterThan(0);
      }
    }
  });

  it('writes each draft as Markdown, or as JSON where Markdown cannot say it (bare web or e-mail addresses, a table without a header row)', () => {
    const refused: string[] = [];
    for (const page of figures) {
      try {
        writeMarkdownArticle(page.article);
      } catch (error) {
        expect(error).toBeInstanceOf(MarkdownWriteError);
        refused.push(page.name);
      }
    }
    expect(refused.length).toBeLessThanOrEqual(6);
  });

  it('matches the per-page figures docs/importing.md reports (npm run import:figures)', () => {
    const doc = readFileSync(resolve(import.meta.dirname, '../../docs/importing.md'), 'utf8');
    const section = doc.slice(doc.indexOf(figuresStart) + figuresStart.length, doc.indexOf(figuresEnd)).trim();
    expect(section).toBe(figuresTable(figures));
  });

  it('renders every import that validates with zero axe violations in HTML, AMP and text', async () => {
    const valid = figures.filter((page) => page.valid);
    expect(valid.length).toBeGreaterThanOrEqual(8);
    const checker = createChecker();
    try {
      for (const page of valid) {
        const reports = await checkArticle(parseArticle(page.article), { checker });
        expect(reports.map((report) => report.format)).toEqual(['html', 'amp', 'text']);
        expect(reports.flatMap((report) => report.violations.map((violation) => `${page.name} ${report.format}: ${violation.id}`))).toEqual([]);
      }
    } finally {
      await checker.close();
    }
  }, 120_000);
});
