import { createRequire } from 'node:module';
import { JSDOM, VirtualConsole } from 'jsdom';
import { checkArticle, createChecker, layoutRules } from '../src/a11y/index.js';
import { ampForAxe } from '../src/a11y/amp-checks.js';
import { textDocument } from '../src/a11y/text-rules.js';
import { renderAmp, renderHtml, renderText } from '../src/index.js';
import { loadContent } from '../src/node.js';
import { checkArchive, withArchive } from './archive.js';

const require = createRequire(import.meta.url);
const axeSource = (require('axe-core') as { source: string }).source;

/** "rule selector" for every node of every violation, sorted: what two runs must agree on. */
const violationKeys = (violations: ReadonlyArray<{ id: string; nodes: ReadonlyArray<{ target: readonly string[] }> }>) =>
  violations.flatMap((violation) => violation.nodes.map((node) => `${violation.id} ${node.target.join(' ')}`)).sort();

/**
 * What users write with jest-axe / vitest-axe: a new JSDOM per document, axe
 * evaluated into it, default rules. `stub` adds the one thing presswork
 * adds for correctness (elementsFromPoint), so violations can be compared.
 * Its console is silenced, as presswork's is: printing jsdom's "not
 * implemented" warnings would slow the baseline down for nothing.
 */
async function naiveCheck(html: string, stub: boolean): Promise<string[]> {
  const dom = new JSDOM(html, { runScripts: 'outside-only', virtualConsole: new VirtualConsole() });
  if (stub) dom.window.document.elementsFromPoint = () => [];
  dom.window.eval(axeSource);
  const results = await (dom.window as unknown as { axe: { run: (d: Document) => Promise<{ violations: Array<{ id: string; nodes: Array<{ target: string[] }> }> }> } }).axe.run(dom.window.document);
  dom.window.close();
  return violationKeys(results.violations.filter((violation) => !layoutRules.includes(violation.id)));
}

const badPages = [
  '<!doctype html><html lang="en"><head><title>t</title></head><body><main><h1>x</h1><img src="/a.jpg"><a href="/x"></a><p aria-hidden="true"><a href="/y">hidden</a></p></main></body></html>',
  '<!doctype html><html><head></head><body><img src="/a.jpg"><h3>skipped</h3><button></button></body></html>',
];

export async function checkBench(): Promise<void> {
  console.log('## Accessibility checking');
  const articles = (await loadContent(new URL('../content/', import.meta.url).pathname)).flatMap((result) => (result.ok ? [result.article] : []));
  // The documents axe sees for every format of every article, plus pages with known problems.
  const documents = [
    ...articles.flatMap((article) => [renderHtml(article), ampForAxe(renderAmp(article)), textDocument(renderText(article), article.language, article.direction ?? 'ltr')]),
    ...badPages,
  ];

  const time = async (task: () => Promise<unknown>) => {
    const start = performance.now();
    await task();
    return performance.now() - start;
  };
  const checker = createChecker();
  const naiveResults: string[][] = [];
  const oursResults: string[][] = [];
  const naivePass = async () => {
    naiveResults.length = 0;
    for (const html of documents) naiveResults.push(await naiveCheck(html, true));
  };
  const oursPass = async () => {
    oursResults.length = 0;
    for (const html of documents) {
      const report = await checker.check(html, { format: 'html' });
      oursResults.push(violationKeys(report.violations));
    }
  };
  // Alternate the two and keep each one's better pass: garbage left by one must not slow the other.
  let naiveMs = Number.POSITIVE_INFINITY;
  let oursMs = Number.POSITIVE_INFINITY;
  for (let round = 0; round < 3; round++) {
    naiveMs = Math.min(naiveMs, await time(naivePass));
    oursMs = Math.min(oursMs, await time(oursPass));
  }
  const unstubbed: string[][] = [];
  for (const html of documents) unstubbed.push(await naiveCheck(html, false));

  // The real API path: render and check all three formats of every article.
  const apiMs = await time(async () => {
    for (const article of articles) await checkArticle(article, { checker });
  });
  await checker.close();

  const same = JSON.stringify(naiveResults) === JSON.stringify(oursResults);
  const missed = naiveResults.flat().length - unstubbed.flat().length;
  console.log(`${documents.length} documents (every format of ${articles.length} articles + ${badPages.length} known-bad pages)`);
  console.log(`naive (new JSDOM + axe per document, default rules): ${(naiveMs / documents.length).toFixed(1)} ms/doc`);
  console.log(`presswork checker (reused window, compiled axe, WCAG 2.2 AA tags): ${(oursMs / documents.length).toFixed(1)} ms/doc`);
  console.log(`${naiveMs / oursMs >= 2 ? '✔' : '✖'} speed-up: ${(naiveMs / oursMs).toFixed(2)}× (target ≥ 2) · identical violations: ${same ? 'yes' : 'NO'} (${oursResults.flat().length} found)`);
  console.log(`checkArticle, all three formats incl. rendering: ${(apiMs / articles.length).toFixed(0)} ms/article`);
  console.log(`naive without presswork's elementsFromPoint stub misses ${missed} of those violations`);

  // --jobs and --cache, through the built CLI on a generated archive.
  await withArchive(80, async (dir) => {
    const run = async (...args: string[]) => (await checkArchive(dir, args)).ms;
    const one = await run('--jobs', '1');
    const two = await run('--jobs', '2');
    console.log(`CLI on 80 articles × 3 formats: --jobs 1 ${(one / 1000).toFixed(1)} s, --jobs 2 ${(two / 1000).toFixed(1)} s (${(one / two).toFixed(2)}×)`);
    const cold = await run('--jobs', '2', '--cache', 'cache.json');
    const warm = await run('--jobs', '2', '--cache', 'cache.json');
    console.log(`${cold / warm >= 20 ? '✔' : '✖'} --cache: cold ${(cold / 1000).toFixed(1)} s, unchanged re-run ${(warm / 1000).toFixed(2)} s (${(cold / warm).toFixed(0)}×, target ≥ 20)`);
  });
  console.log('');
}
