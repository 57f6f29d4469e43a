import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { OutputFormat } from '../../a11y/report.js';
import { describeFault } from '../../load/contain-fault.js';
import { safeLoadArticle } from '../../load/files.js';
import { issueReport } from '../reporters/pretty.js';
import { renderFormat } from '../../render/render-format.js';
import { collectFiles } from '../check/collect-files.js';
import { exitCodes, useColor, type CliIo } from '../io.js';
import { displayPath, resolvePaths } from '../paths.js';
import { renderIndexPage, type SiteEntry } from '../site/index-page.js';
import { copyMediaFiles } from '../site/media-files.js';
import { UsageError } from '../usage-error.js';
import { loadExtensions } from '../extensions.js';
import { noticeLines } from '../reporters/pretty.js';
import type { LoadResult } from '../../load/result.js';
import type { Extensions } from '../../extend/registry.js';
import type { Article } from '../../model/types.js';
import { renderFeed } from '../../render/feed/render-feed.js';

/** The feed formats `render --format` writes from all the given articles. */
export type FeedFormat = 'rss' | 'atom' | 'jsonfeed';
export const feedFormats: FeedFormat[] = ['rss', 'atom', 'jsonfeed'];

export interface RenderOptions {
  format?: OutputFormat | FeedFormat;
  /** Feeds: the site's title, home page and the feed's own address. */
  siteTitle?: string;
  siteUrl?: string;
  feedUrl?: string;
  /** The project's `presswork.config.*` (extension types). */
  extensions?: string | undefined;
  fragment?: boolean;
  out?: string;
  outDir?: string;
  width: number;
  /** Full HTML documents inline the default stylesheet (`--no-stylesheet` leaves it out). */
  stylesheet: boolean;
  /** With `outDir`: also write `index.html` linking every page (`--no-index` leaves it out). */
  index?: boolean;
  /** Exit 0 when no article is found (default: exit 2). */
  allowEmpty?: boolean;
}

const extensions: Record<OutputFormat, string> = { html: '.html', amp: '.amp.html', text: '.txt' };

/**
 * `presswork render <file> --format …` prints one output (or writes `--out`);
 * `presswork render <paths…> --out-dir dir` writes a site a person can open:
 * every format of every article as `<slug>.html`, `<slug>.amp.html` and
 * `<slug>.txt`, the media files the articles refer to by relative path, and
 * an `index.html` that links them all.
 */
export async function renderCommand(paths: string[], options: RenderOptions, io: CliIo): Promise<number> {
  const { files } = await collectFiles(resolvePaths(io.cwd, paths), { pages: false, shown: paths, allowEmpty: options.allowEmpty === true, cwd: io.cwd });
  const registry = options.extensions ? await loadExtensions(options.extensions) : undefined;
  const load = async (file: string) => {
    const result = await safeLoadArticle(file, { extensions: registry });
    if (result.ok) io.stderr.write(noticeLines(displayPath(io.cwd, file), result.notices));
    return result;
  };
  const format = options.format;
  if (format === 'rss' || format === 'atom' || format === 'jsonfeed') return renderFeedCommand(files, { ...options, format }, load, registry, io);
  if (!options.outDir) {
    if (files.length !== 1) throw new UsageError(`\`render\` without \`--out-dir\` takes one article file; found ${files.length}. Use \`--out-dir <folder>\` for several`);
    const result = await load(files[0]!);
    if (!result.ok) {
      io.stderr.write(issueReport(displayPath(io.cwd, files[0]!), result.issues, useColor(io, io.stderr)));
      return exitCodes.problems;
    }
    let output: string;
    try {
      output = renderFormat(result.article, format ?? 'html', { ...options, extensions: registry });
    } catch (error) {
      io.stderr.write(`${displayPath(io.cwd, files[0]!)}\n× Could not render ${options.format ?? 'html'}: ${describeFault(error)}\n`);
      return exitCodes.problems;
    }
    if (options.out) await writeFile(resolve(io.cwd, options.out), output);
    else io.stdout.write(output);
    return exitCodes.ok;
  }
  const outDir = resolve(io.cwd, options.outDir);
  await mkdir(outDir, { recursive: true });
  const formats: OutputFormat[] = format ? [format] : ['html', 'amp', 'text'];
  let invalid = 0;
  let written = 0;
  const slugs = new Map<string, string>();
  const entries: SiteEntry[] = [];
  const copied = new Map<string, string>();
  for (const file of files) {
    const result = await load(file);
    if (!result.ok) {
      invalid++;
      io.stderr.write(`${issueReport(displayPath(io.cwd, file), result.issues, useColor(io, io.stderr))}\n`);
      continue;
    }
    // Two articles with one slug would overwrite each other's output.
    const first = slugs.get(result.article.slug);
    if (first) {
      invalid++;
      io.stderr.write(`${displayPath(io.cwd, file)}\n× The slug \`${result.article.slug}\` is already used by ${displayPath(io.cwd, first)}; give each article its own slug\n\n`);
      continue;
    }
    slugs.set(result.article.slug, file);
    const entry: SiteEntry = { article: result.article, files: {} };
    // Everything wrong with this article, reported once and counted once.
    const problems: string[] = [];
    for (const format of formats) {
      const name = `${result.article.slug}${extensions[format]}`;
      let output: string;
      try {
        output = renderFormat(result.article, format, { ...options, extensions: registry });
      } catch (error) {
        // A renderer fault is this article's problem; the other articles are still written.
        problems.push(`× Could not render ${format}: ${describeFault(error)}`);
        continue;
      }
      await writeFile(join(outDir, name), output);
      entry.files[format] = name;
      written++;
    }
    if (Object.keys(entry.files).length > 0) entries.push(entry);
    for (const message of await copyMediaFiles(result.article, file, outDir, copied)) problems.push(`× Media file not copied: ${message}`);
    if (problems.length > 0) {
      invalid++;
      io.stderr.write(`${displayPath(io.cwd, file)}\n${problems.join('\n')}\n\n`);
    }
  }
  const index = join(outDir, 'index.html');
  if (options.index && entries.length > 0) {
    await writeFile(index, renderIndexPage(entries));
    written++;
  }
  const media = copied.size > 0 ? ` and ${copied.size} media file${copied.size === 1 ? '' : 's'}` : '';
  io.stderr.write(`${written} file${written === 1 ? '' : 's'}${media} written to ${displayPath(io.cwd, outDir)}, ${invalid} invalid article${invalid === 1 ? '' : 's'}\n`);
  if (options.index && entries.length > 0) io.stderr.write(`Open ${displayPath(io.cwd, index)} in a browser to read them (${pathToFileURL(index).href})\n`);
  return invalid > 0 ? exitCodes.problems : exitCodes.ok;
}

/**
 * `render --format rss|atom|jsonfeed`: one feed of every valid article given
 * (newest first), to `--out` or stdout. The site defaults to the newest
 * article's origin; `--site-title`, `--site-url` and `--feed-url` set it.
 */
async function renderFeedCommand(
  files: string[],
  options: RenderOptions & { format: FeedFormat },
  load: (file: string) => Promise<LoadResult>,
  extensions: Extensions | undefined,
  io: CliIo,
): Promise<number> {
  if (options.outDir) throw new UsageError(`A feed is one file: use \`--out <file>\` (or stdout) with \`--format ${options.format}\`, not \`--out-dir\``);
  const articles: Article[] = [];
  let invalid = 0;
  for (const file of files) {
    const result = await load(file);
    if (result.ok) articles.push(result.article);
    else {
      invalid++;
      io.stderr.write(`${issueReport(displayPath(io.cwd, file), result.issues, useColor(io, io.stderr))}\n`);
    }
  }
  const newest = [...articles].sort((a, b) => Date.parse(b.published) - Date.parse(a.published))[0];
  const home = options.siteUrl ?? (newest ? `${new URL(newest.canonicalUrl).origin}/` : undefined);
  if (!home) {
    io.stderr.write('× No valid article to put in the feed\n');
    return exitCodes.problems;
  }
  const site = { title: options.siteTitle ?? new URL(home).hostname, url: home, ...(options.feedUrl && { feedUrl: options.feedUrl }) };
  const output = renderFeed(articles, { format: options.format, site, extensions });
  if (options.out) await writeFile(resolve(io.cwd, options.out), output);
  else io.stdout.write(output);
  io.stderr.write(`${articles.length} article${articles.length === 1 ? '' : 's'} in the ${options.format} feed, ${invalid} invalid\n`);
  return invalid > 0 ? exitCodes.problems : exitCodes.ok;
}
