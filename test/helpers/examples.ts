import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { packPackage } from './pack.js';

const root = resolve(import.meta.dirname, '../..');

export interface Run {
  status: number | null;
  output: string;
}

/** As CI runs them: no telemetry, no colours, no npm notices. */
const env = {
  ...process.env,
  NEXT_TELEMETRY_DISABLED: '1',
  ASTRO_TELEMETRY_DISABLED: '1',
  NO_COLOR: '1',
  npm_config_audit: 'false',
  npm_config_fund: 'false',
  npm_config_update_notifier: 'false',
};

/** Run a command in an example and wait for it. */
export function run(command: string, args: string[], cwd: string): Run {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', timeout: 600_000, env });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

/** Run a command without blocking, so installs that wait on the registry overlap. */
function runAsync(command: string, args: string[], cwd: string): Promise<Run> {
  return new Promise((done) => {
    const child = spawn(command, args, { cwd, env, timeout: 600_000 });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('close', (status) => done({ status, output }));
  });
}

/**
 * The examples as a user gets them: each folder beside a copy of content/,
 * its framework from the registry, presswork from the packed tarball. The
 * installs run at the same time. Returns each example's folder and install
 * result, and a clean-up.
 */
export async function installExamples(names: readonly string[]): Promise<{ dirs: Record<string, string>; installs: Record<string, Run>; remove: () => void }> {
  const work = mkdtempSync(join(tmpdir(), 'presswork-examples-'));
  const tarball = packPackage(work);
  cpSync(join(root, 'content'), join(work, 'content'), { recursive: true });
  const dirs: Record<string, string> = {};
  for (const name of names) {
    dirs[name] = join(work, 'examples', name);
    cpSync(join(root, 'examples', name), dirs[name], { recursive: true, filter: (source) => !['node_modules', '.next', '.astro', 'dist'].includes(basename(source)) });
  }
  const results = await Promise.all(names.map((name) => runAsync('npm', ['install', '--no-audit', '--no-fund', tarball], dirs[name]!)));
  const installs = Object.fromEntries(names.map((name, index) => [name, results[index]!]));
  return { dirs, installs, remove: () => rmSync(work, { recursive: true, force: true }) };
}
