import { execFileSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { root, skippedAnywhere, skippedAtRoot, sourceHash } from '../../scripts/source-hash.mjs';

/** The sources are copied without these; `skippedAnywhere` also keeps examples' installs and builds out. */
const skipped = skippedAtRoot;
const nested = skippedAnywhere;

/**
 * Pack in a copy of the package: building here would replace the working
 * tree's dist/ under the developer. dist/ is copied in: prepare
 * (scripts/build-if-stale.mjs) keeps it when it was built from these very
 * sources (after `npm ci`, about 40 s saved) and builds otherwise.
 */
function packInto(dest: string): string {
  const copy = join(dest, 'package-source');
  mkdirSync(copy, { recursive: true });
  for (const entry of readdirSync(root)) {
    if (!skipped.includes(entry)) cpSync(join(root, entry), join(copy, entry), { recursive: true, filter: (source) => !nested.has(basename(source)) });
  }
  symlinkSync(join(root, 'node_modules'), join(copy, 'node_modules'), 'dir');
  if (existsSync(join(root, 'dist'))) cpSync(join(root, 'dist'), join(copy, 'dist'), { recursive: true });
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
 * `npm pack` runs prepare, which builds (about 40 s) unless dist/ is current,
 * so the tarball holds what the sources say. One tarball per state of the sources
 * is kept in the temporary folder and shared by the test files that need it
 * (they run in parallel processes: the first builds, the others wait).
 */
export function packPackage(dest: string): string {
  const hash = sourceHash();
  const shared = join(tmpdir(), `presswork-pack-${hash}`);
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
