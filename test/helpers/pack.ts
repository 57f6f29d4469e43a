import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
/** What never goes into a build: installed and generated folders. */
const skipped = ['node_modules', 'dist', 'site', 'screenshots', '.git', 'coverage', 'scratch', 'reports', '.stryker-tmp'];

/** A hash of every file a build could read (the repository minus installed and generated folders). */
function sourceHash(): string {
  const hash = createHash('sha256');
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir).sort()) {
      if (dir === root && skipped.includes(entry)) continue;
      const path = join(dir, entry);
      if (statSync(path).isDirectory()) walk(path);
      else hash.update(path.slice(root.length)).update('\0').update(readFileSync(path)).update('\0');
    }
  };
  walk(root);
  return hash.digest('hex').slice(0, 16);
}

/** Build and pack in a copy of the package (building here would replace the working tree's dist/ under the developer). */
function packInto(dest: string): string {
  const copy = join(dest, 'package-source');
  mkdirSync(copy, { recursive: true });
  for (const entry of readdirSync(root)) if (!skipped.includes(entry)) cpSync(join(root, entry), join(copy, entry), { recursive: true });
  symlinkSync(join(root, 'node_modules'), join(copy, 'node_modules'), 'dir');
  execFileSync('npm', ['pack', '--pack-destination', dest], { cwd: copy, stdio: 'ignore' });
  rmSync(copy, { recursive: true, force: true });
  return join(
    dest,
    readdirSync(dest).find((name) => name.endsWith('.tgz'))!,
  );
}

/** Whether the process building into `shared` still runs (a folder without its pid yet counts as running). */
function builderAlive(shared: string): boolean {
  let pid: number;
  try {
    pid = Number(readFileSync(join(shared, 'pid'), 'utf8'));
  } catch {
    return true;
  }
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * `npm pack` the package and copy the tarball into `dest`; returns its path.
 * `npm pack` runs prepack (the build), so the tarball holds what the sources
 * say. The build takes about 40 s, so one tarball per state of the sources
 * is kept in the temporary folder and shared by the test files that need it
 * (they run in parallel processes: the first builds, the others wait).
 */
export function packPackage(dest: string): string {
  const shared = join(tmpdir(), `presswork-pack-${sourceHash()}`);
  const done = join(shared, 'done');
  if (!existsSync(done)) {
    let building = false;
    try {
      mkdirSync(shared);
      building = true;
    } catch {
      // Another process builds this state: wait for it, unless it is gone (interrupted): then build here.
      const until = Date.now() + 300_000;
      while (!existsSync(done) && Date.now() < until) {
        if (!builderAlive(shared)) {
          rmSync(shared, { recursive: true, force: true });
          return packPackage(dest);
        }
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 200);
      }
      if (!existsSync(done)) throw new Error(`Waited 5 minutes for another process to pack into ${shared}`);
    }
    if (building) {
      writeFileSync(join(shared, 'pid'), String(process.pid));
      try {
        const tarball = packInto(join(shared, 'work'));
        renameSync(tarball, join(shared, 'package.tgz'));
        mkdirSync(done);
      } catch (error) {
        rmSync(shared, { recursive: true, force: true });
        throw error;
      }
    }
  }
  mkdirSync(dest, { recursive: true });
  const target = join(dest, 'presswork.tgz');
  copyFileSync(join(shared, 'package.tgz'), target);
  return target;
}
