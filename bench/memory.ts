import { checkArchive, withArchive } from './archive.js';

/**
 * `npm run bench -- memory [count]`: `presswork check` over a generated
 * archive (default 2,000 articles, a few minutes) with the default and one
 * job; prints wall time and peak RSS against the 400 MB target.
 */
export async function memoryBench(count: number): Promise<void> {
  console.log(`## presswork check on ${count} articles × 3 formats`);
  await withArchive(count, async (dir) => {
    for (const jobs of [[], ['--jobs', '1']]) {
      const { ms, peak, code } = await checkArchive(dir, jobs);
      const label = jobs.length ? '--jobs 1' : 'default --jobs';
      if (peak === undefined) console.log(`${label}: ${(ms / 1000).toFixed(1)} s (peak RSS needs Linux /proc), exit ${code}`);
      else console.log(`${peak < 400 * 2 ** 20 ? '✔' : '✖'} ${label}: ${(ms / 1000).toFixed(1)} s, peak RSS ${(peak / 2 ** 20).toFixed(0)} MB (target < 400 MB), exit ${code}`);
    }
  });
  console.log('');
}
