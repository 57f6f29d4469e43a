import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import { safeParseArticle } from '../../src/index.js';
import { importHtml, type ImportIssue } from '../../src/import/index.js';

/** Mozilla Readability's test pages (Apache-2.0), vendored unchanged. */
export const pagesDir = resolve(import.meta.dirname, '../fixtures/readability/pages');
export const pageNames = (): string[] => readdirSync(pagesDir).sort();

/** The URL Readability's own tests load every page at. */
export const pageUrl = 'http://fakehost/test/page.html';

interface ExpectedMetadata {
  title: string | null;
  byline: string | null;
  lang: string | null;
  dir: string | null;
  publishedTime: string | null;
}

/** How one page imports, measured against what Readability's tests expect. */
export interface PageFigures {
  name: string;
  headline: boolean;
  /** `null`: the page has no byline to match. */
  byline: boolean | null;
  /** `null`: no published time expected; `'gap'`: the page gives one without a time zone, listed as a gap. */
  published: boolean | 'gap' | null;
  language: boolean | null;
  /** Share of the expected body's words found in the imported body (multiset). */
  coverage: number;
  valid: boolean;
  gaps: ImportIssue[];
  notices: ImportIssue[];
  /** Validation problems of the draft that no specific gap explains (code `invalid`). */
  unexplained: ImportIssue[];
  milliseconds: number;
  article: Record<string, unknown>;
}

/** Words, and each Chinese or Japanese character on its own (those scripts do not space words). */
export const words = (text: string): string[] =>
  text
    .toLowerCase()
    .normalize('NFKC')
    .match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]|[\p{L}\p{N}\p{M}]+/gu) ?? [];

/** Every string an article body shows as text. */
export function bodyText(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((item) => bodyText(item, out));
  else if (value && typeof value === 'object') {
    const node = value as Record<string, unknown>;
    if ((node.type === 'text' || node.type === 'code') && typeof node.value === 'string') out.push(node.value);
    for (const key of ['title', 'headline', 'credit']) if (typeof node[key] === 'string' && node.type !== 'link') out.push(node[key]);
    for (const [key, child] of Object.entries(node)) if (typeof child === 'object' && key !== 'srcset') bodyText(child, out);
  }
  return out;
}

export function coverage(expected: string[], actual: string[]): number {
  if (expected.length === 0) return 1;
  const counts = new Map<string, number>();
  for (const word of actual) counts.set(word, (counts.get(word) ?? 0) + 1);
  let found = 0;
  for (const word of expected) {
    const left = counts.get(word) ?? 0;
    if (left > 0) {
      found++;
      counts.set(word, left - 1);
    }
  }
  return found / expected.length;
}

const normalize = (value: string | null | undefined) => (value ?? '').replace(/\s+/g, ' ').trim();
const nameWords = (value: string) => words(value).filter((word) => !['by', 'and', 'von', 'por', 'par'].includes(word));

export async function measurePage(name: string): Promise<PageFigures> {
  const dir = resolve(pagesDir, name);
  const source = readFileSync(resolve(dir, 'source.html'), 'utf8');
  const expected = JSON.parse(readFileSync(resolve(dir, 'expected-metadata.json'), 'utf8')) as ExpectedMetadata;
  const expectedText = toText(fromHtml(readFileSync(resolve(dir, 'expected.html'), 'utf8'), { fragment: true }));
  const start = performance.now();
  const { article, issues } = await importHtml(source, { url: pageUrl });
  const milliseconds = performance.now() - start;
  const bylines = (article.bylines as Array<{ name: string }> | undefined) ?? [];
  const ours = nameWords(bylines.map((byline) => byline.name).join(' '));
  const theirs = nameWords(normalize(expected.byline));
  const published = article.published as string | undefined;
  const gapAt = (path: string) => issues.some((issue) => issue.severity === 'gap' && issue.path === path);
  return {
    name,
    headline: normalize(article.headline as string) === normalize(expected.title),
    byline: theirs.length === 0 ? null : ours.length > 0 && ours.every((word) => theirs.includes(word)),
    published: expected.publishedTime ? (gapAt('published') ? 'gap' : published !== undefined && Date.parse(published) === Date.parse(expected.publishedTime)) : null,
    language: expected.lang ? String(article.language).toLowerCase() === expected.lang.toLowerCase() : null,
    coverage: coverage(words(expectedText), words(bodyText(article.body).join(' '))),
    valid: safeParseArticle(article).success,
    gaps: issues.filter((issue) => issue.severity === 'gap'),
    notices: issues.filter((issue) => issue.severity === 'notice'),
    unexplained: issues.filter((issue) => issue.code === 'invalid'),
    milliseconds,
    article,
  };
}

const mark = (value: boolean | 'gap' | null) => (value === null ? '–' : value === 'gap' ? 'gap' : value ? '✔' : '✖');

/** The per-page table of docs/importing.md, from the figures (no timings: it must not change from run to run). */
export function figuresTable(figures: readonly PageFigures[]): string {
  const rows = figures.map((page) => {
    const gaps = [...new Set(page.gaps.map((gap) => gap.code))].join(', ') || '–';
    return `| ${page.name} | ${mark(page.headline)} | ${mark(page.byline)} | ${mark(page.published)} | ${mark(page.language)} | ${(page.coverage * 100).toFixed(1)} % | ${page.valid ? 'yes' : 'no'} | ${gaps} |`;
  });
  const count = (test: (page: PageFigures) => boolean) => figures.filter(test).length;
  const total = `| **${figures.length} pages** | ${count((page) => page.headline)} | ${count((page) => page.byline === true)} of ${count((page) => page.byline !== null)} | ${count((page) => page.published === true)} (+${count((page) => page.published === 'gap')} gaps) of ${count((page) => page.published !== null)} | ${count((page) => page.language === true)} of ${count((page) => page.language !== null)} | ${count((page) => page.coverage >= 0.9)} ≥ 90 % | ${count((page) => page.valid)} | |`;
  return ['| page | headline | byline | published | language | words kept | validates | gaps |', '| --- | --- | --- | --- | --- | --- | --- | --- |', total, ...rows].join('\n');
}

export const figuresStart = '<!-- readability-figures:start (npm run import:figures) -->';
export const figuresEnd = '<!-- readability-figures:end -->';
