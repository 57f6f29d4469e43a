import { run } from '../../src/cli/run.js';

/** Run the CLI in-process and capture what it writes. */
export async function runCli(argv: string[], options: { cwd?: string; env?: Record<string, string>; tty?: boolean; signal?: AbortSignal } = {}) {
  let stdout = '';
  let stderr = '';
  const code = await run(argv, {
    stdout: { write: (chunk: string) => (stdout += chunk), isTTY: options.tty ?? false },
    stderr: { write: (chunk: string) => (stderr += chunk), isTTY: options.tty ?? false },
    env: options.env ?? {},
    cwd: options.cwd ?? process.cwd(),
    ...(options.signal && { signal: options.signal }),
  });
  return { code, stdout, stderr };
}
