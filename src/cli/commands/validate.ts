import { safeLoadArticle } from '../../load/files.js';
import { issueReport, noticeLines } from '../reporters/pretty.js';
import { loadExtensions } from '../extensions.js';
import { collectFiles } from '../check/collect-files.js';
import { exitCodes, useColor, type CliIo } from '../io.js';
import { displayPath, resolvePaths } from '../paths.js';

export interface ValidateOptions {
  reporter: 'pretty' | 'json';
  /** Exit 0 when no article is found (default: exit 2). */
  allowEmpty?: boolean;
  /** Globs of files under the given folders to leave out. */
  ignore?: string[];
  /** The project's `presswork.config.*` (extension types). */
  extensions?: string | undefined;
}

/** `presswork validate <paths…>`: every problem with file, line, column and field path. */
export async function validate(paths: string[], options: ValidateOptions, io: CliIo): Promise<number> {
  const { files, skipped } = await collectFiles(resolvePaths(io.cwd, paths), { pages: false, shown: paths, allowEmpty: options.allowEmpty === true, ignore: options.ignore ?? [], cwd: io.cwd });
  const extensions = options.extensions ? await loadExtensions(options.extensions) : undefined;
  const results = [];
  for (const file of files) {
    const result = await safeLoadArticle(file, { extensions });
    const shown = displayPath(io.cwd, file);
    if (result.ok) {
      const notices = result.notices.map((notice) => ({ ...notice, file: shown }));
      results.push({ file: shown, ok: true, issues: [], ...(notices.length > 0 && { notices }) });
      if (options.reporter === 'pretty') io.stderr.write(noticeLines(shown, notices));
    } else results.push({ file: shown, ok: false, issues: result.issues.map((issue) => ({ ...issue, file: shown })) });
  }
  const invalid = results.filter((result) => !result.ok);
  if (options.reporter === 'json') io.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
  else {
    for (const result of invalid) io.stdout.write(`${issueReport(result.file, result.issues, useColor(io, io.stdout))}\n`);
    io.stdout.write(`${files.length} file${files.length === 1 ? '' : 's'} validated, ${invalid.length} invalid\n`);
    if (skipped.length > 0)
      io.stdout.write(
        `Skipped ${skipped.length} file${skipped.length === 1 ? '' : 's'} that ${skipped.length === 1 ? 'is' : 'are'} not articles: ${skipped.map((entry) => displayPath(io.cwd, entry.file)).join(', ')}\n`,
      );
  }
  return invalid.length > 0 ? exitCodes.problems : exitCodes.ok;
}
