import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, dirname, extname, join, relative, sep } from 'node:path';
import picomatch from 'picomatch';
import { contentExtensions, findContentFiles } from '../../load/find-files.js';
import { closest } from '../../model/suggest.js';
import { UsageError } from '../usage-error.js';

/** "Did you mean …?" for a path that does not exist, from its folder's entries. */
async function suggestPath(path: string, shown: string): Promise<string> {
  try {
    const match = closest(basename(path), await readdir(dirname(path)));
    return match ? ` Did you mean \`${join(dirname(shown), match)}\`?` : '';
  } catch {
    return '';
  }
}

/** Built pages `check` accepts besides articles. */
export const pageExtensions: readonly string[] = ['.html', '.htm'];

/** Whether a file is a built page (checked as it is) rather than an article. */
export const isPage = (file: string) => pageExtensions.includes(extname(file).toLowerCase());

/** Files found in folders that are tools' data, never articles (always skipped, with `--ignore` globs added to them). */
export const defaultIgnore: readonly string[] = [
  '**/package.json',
  '**/package-lock.json',
  '**/npm-shrinkwrap.json',
  '**/tsconfig*.json',
  '**/presswork-baseline.json',
  '**/presswork-review.json',
  '**/*.schema.json',
  '**/README.md',
  '**/CHANGELOG.md',
  '**/CONTRIBUTING.md',
  '**/LICENSE.md',
];

/** What `collectFiles` found: the files to work on, and the ones under the folders it left out, with why. */
export interface CollectedFiles {
  files: string[];
  skipped: Array<{ file: string; reason: string }>;
}

/**
 * Why a JSON file found in a folder is not an article, judged by its
 * content: a JSON article names `schemaVersion` (or at least `headline` or
 * `body`). Markdown in a content folder is taken for an article: one whose
 * front matter was forgotten must fail, not be skipped.
 */
async function notAnArticle(file: string): Promise<string | undefined> {
  if (extname(file).toLowerCase() !== '.json') return undefined;
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    return undefined; // the check reports why it cannot be read
  }
  return /"(?:schemaVersion|headline|body)"\s*:/.test(text) ? undefined : 'JSON files without `schemaVersion`, `headline` or `body` (not articles)';
}

/**
 * The files to work on, from files and folders (searched recursively),
 * sorted and without repeats. A file named on the command line is always
 * read; a file found in a folder is skipped (and counted) when it matches an
 * ignore glob or is not an article by its content. A missing path is a
 * usage error naming it, and so is finding nothing at all (unless
 * `allowEmpty`): a CI step pointed at the wrong folder must not pass by
 * checking nothing.
 */
export async function collectFiles(
  paths: readonly string[],
  options: {
    pages: boolean;
    shown?: readonly string[];
    allowEmpty?: boolean;
    ignore?: readonly string[];
    cwd?: string;
    /** presswork's own files (baseline, cache), never articles. */ own?: readonly string[];
  },
): Promise<CollectedFiles> {
  const files = new Set<string>();
  const skipped: CollectedFiles['skipped'] = [];
  const cwd = options.cwd ?? process.cwd();
  const userIgnore = options.ignore ?? [];
  const ignored = picomatch([...defaultIgnore, ...userIgnore], { dot: true });
  const ignoreReason = (file: string) => {
    if (options.own?.includes(file)) return "presswork's baseline or cache";
    const shown = relative(cwd, file).split(sep).join('/');
    if (!ignored(shown) && !ignored(file.split(sep).join('/'))) return undefined;
    return userIgnore.length > 0 && picomatch([...userIgnore], { dot: true })(shown) ? 'matched --ignore' : 'tool files (package.json, README.md…)';
  };
  for (const [index, path] of paths.entries()) {
    let info;
    try {
      info = await stat(path);
    } catch {
      throw new UsageError(`No such file or folder: \`${options.shown?.[index] ?? path}\`.${await suggestPath(path, options.shown?.[index] ?? path)}`);
    }
    if (info.isDirectory()) {
      for (const file of await findContentFiles(path)) {
        const reason = ignoreReason(file) ?? (await notAnArticle(file));
        if (reason) skipped.push({ file, reason });
        else files.add(file);
      }
      if (options.pages) {
        for (const file of await findContentFiles(path, pageExtensions)) {
          const reason = ignoreReason(file);
          if (reason) skipped.push({ file, reason });
          else files.add(file);
        }
      }
    } else {
      const extension = extname(path).toLowerCase();
      const allowed = [...contentExtensions, ...(options.pages ? pageExtensions : [])];
      if (!allowed.includes(extension)) throw new UsageError(`Cannot read \`${path}\`: expected ${allowed.map((e) => `\`${e}\``).join(', ')} files`);
      files.add(path);
    }
  }
  const kept = skipped.filter((entry) => !files.has(entry.file));
  if (files.size === 0 && !options.allowEmpty) {
    const kinds = [...contentExtensions, ...(options.pages ? pageExtensions : [])].map((extension) => `\`${extension}\``).join(', ');
    const also = kept.length > 0 ? `; skipped ${kept.length} file${kept.length === 1 ? '' : 's'} that ${kept.length === 1 ? 'is' : 'are'} not articles` : '';
    throw new UsageError(
      `No ${options.pages ? 'articles or pages' : 'articles'} found in ${(options.shown ?? paths).map((path) => `\`${path}\``).join(', ')} (looked for ${kinds} files${also}); pass --allow-empty if nothing to check is expected`,
    );
  }
  return { files: [...files].sort(), skipped: kept.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0)) };
}

/** `i/n` → the files of shard i (1-based), split deterministically by sorted position. */
export function shard(files: readonly string[], spec: string | undefined): string[] {
  if (spec === undefined) return [...files];
  const match = /^(\d+)\/(\d+)$/.exec(spec);
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (!match || count < 1 || index < 1 || index > count) throw new UsageError(`Invalid \`--shard ${spec}\`: expected i/n with 1 ≤ i ≤ n, e.g. \`--shard 2/4\``);
  return files.filter((_, position) => position % count === index - 1);
}
