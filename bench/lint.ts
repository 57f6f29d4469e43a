import { spawn } from 'node:child_process';
import { Bench } from 'tinybench';
import { lintArticle } from '../src/index.js';
import { checkArchive, withArchive } from './archive.js';
import { large, small } from './fixtures.js';

const bin = new URL('../dist/cli/bin.js', import.meta.url).pathname;

/** Run the built `presswork lint` on the archive in `dir`, timed. */
function lintArchive(dir: string): Promise<number> {
  const start = performance.now();
  const child = spawn(process.execPath, [bin, 'lint', 'archive', '--reporter', 'json', '--output', 'lint.json'], { cwd: dir, stdio: 'ignore' });
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', () => resolve(performance.now() - start));
  });
}

/**
 * The content lint's cost: `lintArticle` per article, and what it adds to
 * `presswork check` on an archive of `count` articles (target: under 25 %),
 * with `presswork lint` alone for reference. Needs the built CLI (`npm run build`).
 */
export async function lintBench(count: number, fmt: (micros: number) => string): Promise<void> {
  console.log('## Content lint');
  const bench = new Bench({ time: 1000, warmupTime: 200 });
  bench.add(`lintArticle, small article (${small.body.length} blocks)`, () => lintArticle(small));
  bench.add(`lintArticle, large article (${large.body.length} blocks)`, () => lintArticle(large));
  await bench.run();
  for (const task of bench.tasks) console.log(`${task.name}: ${fmt((task.result as { latency: { p50: number } }).latency.p50 * 1000)} median`);
  await withArchive(count, async (dir) => {
    // With the lint first: a first run's penalty (cold caches) then counts against the lint.
    const withLint = await checkArchive(dir, []);
    const without = await checkArchive(dir, ['--no-lint']);
    const alone = await lintArchive(dir);
    const measured = withLint.ms / without.ms - 1;
    // `lint` alone reads, parses and lints every file: more than the lint adds to a check, which parses anyway.
    const bound = alone / without.ms;
    console.log(`presswork check, ${count} articles: ${(withLint.ms / 1000).toFixed(1)} s with the lint, ${(without.ms / 1000).toFixed(1)} s with --no-lint (${(measured * 100).toFixed(1)} %)`);
    console.log(`presswork lint alone: ${(alone / 1000).toFixed(1)} s, ${(bound * 100).toFixed(1)} % of check --no-lint (an upper bound on what the lint adds)`);
    console.log(`${Math.max(measured, bound) < 0.25 ? '✔' : '✖'} lint adds under 25 % to check: measured ${(measured * 100).toFixed(1)} %, bound ${(bound * 100).toFixed(1)} %`);
  });
  console.log('');
}
