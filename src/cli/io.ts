/** A stream the CLI writes to. */
export interface OutputStream {
  write(chunk: string): unknown;
  isTTY?: boolean;
}

/** Everything the CLI touches of its environment, so tests run it in-process. */
export interface CliIo {
  stdout: OutputStream;
  stderr: OutputStream;
  env: Record<string, string | undefined>;
  /** Relative paths are resolved against this folder. */
  cwd: string;
  /** Aborted on SIGINT: stop starting work and report what is done. */
  signal?: AbortSignal;
}

/** Exit codes: 0 clean, 1 problems found, 2 usage or internal error, 130 interrupted. */
export const exitCodes = { ok: 0, problems: 1, usage: 2, interrupted: 130 } as const;

/** Colour is used on a terminal unless NO_COLOR is set (https://no-color.org) or FORCE_COLOR asks for it. */
export function useColor(io: CliIo, stream: OutputStream): boolean {
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return false;
  if (io.env.FORCE_COLOR !== undefined && io.env.FORCE_COLOR !== '0') return true;
  return stream.isTTY === true;
}
