/**
 * `npm run bench`: medians and ratios measured in one run against the
 * tools a user might pick instead. Run with NODE_ENV=production (React).
 */
import { cpus } from 'node:os';
import { renderBench, sizes, type Row } from './render.js';
import { checkBench } from './check.js';
import { memoryBench } from './memory.js';
import { scaleBench } from './scale.js';
import { lintBench } from './lint.js';
import { importBench } from './import.js';
import { extensionsBench } from './extensions.js';

const fmt = (micros: number) => (micros >= 1000 ? `${(micros / 1000).toFixed(2)} ms` : `${micros.toFixed(1)} µs`);
const only = process.argv.slice(2).filter((arg) => !/^\d+$/.test(arg));
const count = Number(process.argv.slice(2).find((arg) => /^\d+$/.test(arg)) ?? 2000);
// `memory` and `lint` take minutes (an archive through check), so they run only when named.
const wants = (part: string) => (only.length === 0 && part !== 'memory' && part !== 'lint') || only.includes(part);

console.log(`presswork benchmarks · Node ${process.version} · ${cpus().length}× ${cpus()[0]?.model ?? 'cpu'} · NODE_ENV=${process.env.NODE_ENV ?? ''}\n`);

if (wants('render')) {
  for (const [size, article] of Object.entries(sizes)) {
    const rows = await renderBench(article);
    const get = (name: string) => rows.find((row) => row.name.startsWith(name))!.medianMicros;
    console.log(`## Rendering, ${size} article (${article.body.length} blocks)`);
    console.table(Object.fromEntries(rows.map((row: Row) => [row.name, { median: fmt(row.medianMicros), 'output chars': row.bytes }])));
    const html = get('presswork renderHtml (fragment)');
    const checks = [
      ['renderHtml / React (target ≤ 1)', html / get('React'), 1],
      ['presswork/react <Article> / hand-written JSX, same markup (target ≤ 1.5)', get('presswork/react') / get('hand-written JSX'), 1.5],
      ['renderHtml / Portable Text (target ≤ 0.5)', html / get('@portabletext'), 0.5],
      ['renderAmp / renderHtml document (target ≤ 1.5)', get('presswork renderAmp') / get('presswork renderHtml (document'), 1.5],
      ['renderText / hand-written text (target ≤ 2)', get('presswork renderText') / get('hand-written'), 2],
      ['html-to-text / renderText (for reference)', get('html-to-text') / get('presswork renderText'), Number.POSITIVE_INFINITY],
      ['renderHtml / template literals (for reference)', html / get('template'), Number.POSITIVE_INFINITY],
    ] as const;
    for (const [label, ratio, target] of checks) console.log(`${ratio <= target ? '✔' : '✖'} ${label}: ${ratio.toFixed(2)}`);
    console.log('');
  }
}
if (wants('scale')) scaleBench(fmt);
if (wants('check')) await checkBench();
if (wants('memory')) await memoryBench(count);
if (wants('lint')) await lintBench(count, fmt);
if (wants('import')) await importBench();
if (wants('extensions')) await extensionsBench(fmt);
