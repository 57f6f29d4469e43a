import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { expect } from 'vitest';
import { packPackage } from './pack.js';

const root = resolve(import.meta.dirname, '../..');

export interface Run {
  status: number | null;
  output: string;
}

/** Run a command in an example, as CI would (no telemetry, no colours). */
export function run(command: string, args: string[], cwd: string): Run {
  const result = spawnSync(command, args, {
    cwd,
    encoding: 'utf8',
    timeout: 600_000,
    env: {
      ...process.env,
      NEXT_TELEMETRY_DISABLED: '1',
      ASTRO_TELEMETRY_DISABLED: '1',
      NO_COLOR: '1',
      npm_config_audit: 'false',
      npm_config_fund: 'false',
      npm_config_update_notifier: 'false',
    },
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

/**
 * An example as a user gets it: its folder beside a copy of content/, its
 * framework from the registry, presswork from the packed tarball. Returns
 * the example's folder and a clean-up.
 */
export function installExample(name: string): { dir: string; remove: () => void } {
  const work = mkdtempSync(join(tmpdir(), `presswork-${name}-`));
  const tarball = packPackage(work);
  const dir = join(work, 'examples', name);
  cpSync(join(root, 'examples', name), dir, { recursive: true, filter: (source) => !['node_modules', '.next', '.astro', 'dist'].includes(basename(source)) });
  cpSync(join(root, 'content'), join(work, 'content'), { recursive: true });
  const install = run('npm', ['install', '--no-audit', '--no-fund', tarball], dir);
  expect(install.status, install.output).toBe(0);
  return { dir, remove: () => rmSync(work, { recursive: true, force: true }) };
}
