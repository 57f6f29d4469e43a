import { readFileSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { Readability } from '@mozilla/readability';
import { JSDOM, VirtualConsole } from 'jsdom';
import { importHtml } from '../src/import/index.js';
import { writeMarkdownArticle } from '../src/index.js';
import { pageNames, pagesDir, pageUrl } from '../test/helpers/readability-pages.js';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

const quantile = (sorted: readonly number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))]!;

/**
 * Import speed on Mozilla Readability's 128 test pages (median page 105 KB;
 * target: a typical page under 200 ms), against Readability on jsdom alone,
 * which every import runs; and the heap over 512 imports in one process
 * (bounded: what `presswork import` does with many pages).
 */
export async function importBench(): Promise<void> {
  console.log('## Import (Mozilla Readability test pages)');
  const pages = pageNames().map((name) => readFileSync(`${pagesDir}/${name}/source.html`, 'utf8'));
  for (const html of pages) await importHtml(html, { url: pageUrl }); // warm up
  const ours: number[] = [];
  const alone: number[] = [];
  for (const html of pages) {
    let start = performance.now();
    const { article } = await importHtml(html, { url: pageUrl });
    try {
      writeMarkdownArticle(article);
    } catch {
      // Drafts Markdown cannot carry are written as JSON: the cost counted is the attempt.
    }
    ours.push(performance.now() - start);
    start = performance.now();
    const dom = new JSDOM(html, { url: pageUrl, virtualConsole: new VirtualConsole() });
    new Readability(dom.window.document).parse();
    dom.window.close();
    alone.push(performance.now() - start);
  }
  const sort = (values: number[]) => [...values].sort((a, b) => a - b);
  const [a, b] = [sort(ours), sort(alone)];
  const row = (values: number[]) => ({ median: `${quantile(values, 0.5).toFixed(0)} ms`, p90: `${quantile(values, 0.9).toFixed(0)} ms`, max: `${values.at(-1)!.toFixed(0)} ms` });
  console.table({ 'importHtml + Markdown draft': row(a), 'Readability on jsdom alone': row(b) });
  const median = quantile(a, 0.5);
  console.log(`${median < 200 ? '✔' : '✖'} importHtml, median page: ${median.toFixed(0)} ms (target < 200 ms)`);
  console.log(`  importHtml / Readability on jsdom alone (median): ${(median / quantile(b, 0.5)).toFixed(2)}`);
  const heap: string[] = [];
  for (let round = 0; round < 4; round++) {
    for (const html of pages) await importHtml(html, { url: pageUrl });
    gc();
    heap.push(`${(process.memoryUsage().heapUsed / 1024 / 1024).toFixed(0)} MiB`);
  }
  console.log(`Heap after ${pages.length}, ${pages.length * 2}, ${pages.length * 3} and ${pages.length * 4} imports in one process (after GC): ${heap.join(', ')}\n`);
}
