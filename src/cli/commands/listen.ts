import { resolve } from 'node:path';
import { transcript } from '../../a11y/transcript.js';
import { readSource, safeParseArticleSource } from '../../load/files.js';
import { renderFormat } from '../../render/render-format.js';
import { isAmpPage } from '../check/check-file.js';
import { isPage } from '../check/collect-files.js';
import { loadExtensions } from '../extensions.js';
import { exitCodes, useColor, type CliIo } from '../io.js';
import { displayPath } from '../paths.js';
import { issueReport } from '../reporters/pretty.js';

export interface ListenOptions {
  format: 'html' | 'amp';
  /** `chromium`: Chromium's accessibility tree instead of the virtual screen reader in jsdom. */
  engine?: 'jsdom' | 'chromium';
  /** The project's `presswork.config.*` (extension types). */
  extensions?: string | undefined;
}

/**
 * `presswork listen <file>`: the screen-reader transcript of an article's
 * HTML (or `--format amp`) output, or of a built page as it is, one phrase
 * per line.
 */
export async function listen(file: string, options: ListenOptions, io: CliIo): Promise<number> {
  const path = resolve(io.cwd, file);
  const read = await readSource(path);
  const shown = displayPath(io.cwd, path);
  if (!read.ok) {
    io.stderr.write(issueReport(shown, [read.issue], useColor(io, io.stderr)));
    return exitCodes.problems;
  }
  let output = read.source;
  let format = options.format;
  if (isPage(path)) {
    format = isAmpPage(output) ? 'amp' : 'html';
  } else {
    const extensions = options.extensions ? await loadExtensions(options.extensions) : undefined;
    const loaded = safeParseArticleSource(read.source, path, { extensions });
    if (!loaded.ok) {
      io.stderr.write(issueReport(shown, loaded.issues, useColor(io, io.stderr)));
      return exitCodes.problems;
    }
    output = renderFormat(loaded.article, format, { extensions });
  }
  io.stdout.write(`${(await transcript(output, { format, ...(options.engine && { engine: options.engine }) })).join('\n')}\n`);
  return exitCodes.ok;
}
