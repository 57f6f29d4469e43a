import { spawn } from 'node:child_process';
import { readFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeArchive } from './archive.js';

/** Peak resident set size of a running process in bytes (Linux: VmHWM), or undefined. */
async function peakRss(pid: number): Promise<number | undefined> {
  try {
    const match = /^VmHWM:\s+(\d+) kB/m.exec(await readFile(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) * 1024 : undefined;
  } catch {
    return undefined;
  }
}

/** Run the CLI and sample its high-water mark until it exits (VmHWM only grows). */
function runMeasured(bin: string, args: string[], cwd: string): Promise<{ ms: number; peak: number | undefined; code: number | null }> {
  const start = performance.now();
  const child = spawn(process.execPath, [bin, ...args], { cwd, stdio: 'ignore' });
  let peak: number | undefined;
  const timer = setInterval(async () => {
    const now = await peakRss(child.pid!);
    if (now !== undefined) peak = Math.max(peak ?? 0, now);
  }, 50);
  return new Promise((resolve) => {
    child.on('exit', (code) => {
      clearInterval(timer);
      resolve({ ms: performance.now() - start, peak, code });
    });
  });
}

/**
 * `npm run bench -- memory [count]`: `presswork check` over a generated
 * archive (default 2,000 articles, a few minutes) with the default and one
 * job; prints wall time and peak RSS against the 400 MB target.
 */
export async function memoryBench(count: number): Promise<void> {
  const bin = new URL('../dist/cli/bin.js', import.meta.url).pathname;
  const dir = await mkdtemp(join(tmpdir(), 'presswork-memory-'));
  try {
    await writeArchive(join(dir, 'archive'), count);
    console.log(`## presswork check on ${count} articles × 3 formats`);
    for (const jobs of [[], ['--jobs', '1']]) {
      const { ms, peak, code } = await runMeasured(bin, ['check', 'archive', '--reporter', 'json', '--output', 'report.json', ...jobs], dir);
      const label = jobs.length ? '--jobs 1' : 'default --jobs';
      if (peak === undefined) console.log(`${label}: ${(ms / 1000).toFixed(1)} s (peak RSS needs Linux /proc), exit ${code}`);
      else console.log(`${peak < 400 * 2 ** 20 ? '✔' : '✖'} ${label}: ${(ms / 1000).toFixed(1)} s, peak RSS ${(peak / 2 ** 20).toFixed(0)} MB (target < 400 MB), exit ${code}`);
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  console.log('');
}
