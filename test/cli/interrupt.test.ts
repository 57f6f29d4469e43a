import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeArchive } from '../../bench/archive.js';
import { runCli } from '../helpers/cli.js';
import { makeWorkspace } from './fixtures.js';

const bin = resolve(import.meta.dirname, '../../dist/cli/bin.js');
const dir = mkdtempSync(join(tmpdir(), 'presswork-interrupt-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('presswork check, interrupted', () => {
  it('should stop on SIGINT, report what it had checked, and exit 130', async () => {
    expect(existsSync(bin), 'build first: npm run build').toBe(true);
    await writeArchive(join(dir, 'archive'), 60);
    // Pretty output streams each file as it finishes (no terminal); the JSON report goes to a file.
    const child = spawn(process.execPath, [bin, 'check', 'archive', '--jobs', '1', '--reporter', 'pretty', '--reporter', 'json:report.json'], { cwd: dir });
    // Interrupted once the first file is reported, however loaded the machine: some are done, far from sixty.
    await new Promise<void>((done) => {
      let stdout = '';
      child.stdout.on('data', (chunk: Buffer) => {
        stdout += chunk.toString();
        if (/^[✔✖] /m.test(stdout)) done();
      });
    });
    child.kill('SIGINT');
    const code = await new Promise<number | null>((done) => child.on('close', done));
    expect(code).toBe(130);
    const report = JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8'));
    expect(report.summary.interrupted).toBe(true);
    expect(report.summary.files).toBeGreaterThan(0);
    expect(report.summary.files).toBeLessThan(60);
    expect(report.results).toHaveLength(report.summary.files);
  }, 60_000);
});

describe('progress', () => {
  it('should draw a progress bar on a terminal’s stderr only', async () => {
    const workspace = await makeWorkspace();
    const tty = await runCli(['check', 'content', '--jobs', '1'], { cwd: workspace, tty: true });
    expect(tty.stderr).toMatch(/\r\u001B\[K\[#+ *\] 1\/3 files/);
    expect(tty.stderr).toMatch(/3\/3 files/);
    const piped = await runCli(['check', 'content', '--jobs', '1'], { cwd: workspace });
    expect(piped.stderr).toBe('');
  });
});
