import type { OutputStream } from './io.js';

/** `75 s` or `2 min 5 s`. */
function duration(ms: number): string {
  const seconds = Math.round(ms / 1000);
  return seconds < 60 ? `${seconds} s` : `${Math.floor(seconds / 60)} min ${seconds % 60} s`;
}

/**
 * Progress on stderr. On a terminal, a one-line bar with elapsed time, an
 * estimate of the time left and the files with problems so far. Elsewhere (a
 * CI log, where carriage returns pile up) a plain line every `interval` ms,
 * so a long run is visibly alive.
 */
export function createProgress(stream: OutputStream, total: number, options: { interval?: number; now?: () => number } = {}) {
  const now = options.now ?? Date.now;
  const interval = options.interval ?? 10_000;
  const tty = stream.isTTY === true;
  const start = now();
  let lastLine = start;
  let done = 0;
  let problems = 0;
  const status = () => {
    const elapsed = now() - start;
    const left = done > 0 && done < total ? `, about ${duration((elapsed / done) * (total - done))} left` : '';
    return `${done}/${total} files, ${duration(elapsed)} elapsed${left}, ${problems} with problems`;
  };
  return {
    /** One more file done; `problem` when it has something to fix. */
    tick(problem = false) {
      done++;
      if (problem) problems++;
      if (total <= 1) return;
      if (tty) {
        const width = 24;
        const filled = Math.round((done / total) * width);
        stream.write(`\r\u001B[K[${'#'.repeat(filled)}${' '.repeat(width - filled)}] ${status()}`);
      } else if (now() - lastLine >= interval && done < total) {
        lastLine = now();
        stream.write(`Progress: ${status()}\n`);
      }
    },
    clear() {
      if (tty && total > 1) stream.write('\r\u001B[K');
    },
  };
}
