import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const bin = new URL('../dist/cli/bin.js', import.meta.url).pathname;

/** Write `count` articles (the bundled content, re-slugged) to `dir`, for archive-scale runs. */
export async function writeArchive(dir: string, count: number): Promise<void> {
  await mkdir(dir, { recursive: true });
  const source = new URL('../content/', import.meta.url);
  const files = (await readdir(source)).filter((name) => name.endsWith('.md')).sort();
  const texts = await Promise.all(files.map((name) => readFile(new URL(name, source), 'utf8')));
  await Promise.all(
    Array.from({ length: count }, (_, index) => {
      const text = texts[index % texts.length]!.replace(/^id: (.*)$/m, `id: $1-${index}`).replace(/^slug: (.*)$/m, `slug: $1-${index}`);
      return writeFile(join(dir, `article-${String(index).padStart(5, '0')}.md`), text);
    }),
  );
}

/** Run `task` in a temporary folder holding `archive/` with `count` articles; removed afterwards. */
export async function withArchive(count: number, task: (dir: string) => Promise<void>): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'presswork-bench-'));
  try {
    await writeArchive(join(dir, 'archive'), count);
    await task(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Peak resident set size of a running process in bytes (Linux: VmHWM), or undefined. */
async function peakRss(pid: number): Promise<number | undefined> {
  try {
    const match = /^VmHWM:\s+(\d+) kB/m.exec(await readFile(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) * 1024 : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Run the built `presswork check` on the archive in `dir` (a JSON report; exit
 * code 1 only means violations) and sample its peak RSS until it exits
 * (VmHWM only grows).
 */
export function checkArchive(dir: string, args: readonly string[]): Promise<{ ms: number; peak: number | undefined; code: number | null }> {
  const start = performance.now();
  const child = spawn(process.execPath, [bin, 'check', 'archive', '--reporter', 'json', '--output', 'report.json', ...args], { cwd: dir, stdio: 'ignore' });
  let peak: number | undefined;
  const timer = setInterval(() => {
    void peakRss(child.pid!).then((now) => {
      if (now !== undefined) peak = Math.max(peak ?? 0, now);
    });
  }, 50);
  return new Promise((resolve, reject) => {
    child.on('error', (error) => {
      clearInterval(timer);
      reject(error);
    });
    child.on('exit', (code) => {
      clearInterval(timer);
      resolve({ ms: performance.now() - start, peak, code });
    });
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [dir = 'archive', count = '2000'] = process.argv.slice(2);
  await writeArchive(dir, Number(count));
  console.log(`Wrote ${count} articles to ${dir}`);
}
