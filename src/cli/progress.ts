import type { OutputStream } from './io.js';

/**
 * A one-line progress bar on a terminal's stderr; silent elsewhere (CI logs
 * would fill with carriage returns).
 */
export function createProgress(stream: OutputStream, total: number) {
  const enabled = stream.isTTY === true && total > 1;
  let done = 0;
  const draw = () => {
    const width = 24;
    const filled = Math.round((done / total) * width);
    stream.write(`\r\u001B[K[${'#'.repeat(filled)}${' '.repeat(width - filled)}] ${done}/${total} files`);
  };
  return {
    tick() {
      done++;
      if (enabled) draw();
    },
    clear() {
      if (enabled) stream.write('\r\u001B[K');
    },
  };
}
