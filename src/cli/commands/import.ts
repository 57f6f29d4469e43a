import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { createColors } from 'picocolors';
import { importHtml } from '../../import/html/import-html.js';
import { ImportError, type ImportIssue, type ImportResult } from '../../import/types.js';
import { importWireText } from '../../import/wire/import-wire.js';
import { describeFault } from '../../load/contain-fault.js';
import { MarkdownWriteError, writeMarkdownArticle } from '../../load/markdown/write.js';
import { exitCodes, useColor, type CliIo } from '../io.js';
import { displayPath } from '../paths.js';
import { UsageError } from '../usage-error.js';

export interface ImportCommandOptions {
  /** The page's address (one input only): resolves relative links, and the canonical URL when the page has none. */
  url?: string;
  /** Where to write the draft (one input only); `.md` or `.json`. */
  out?: string;
  /** Folder for the drafts, each named by its slug. */
  outDir?: string;
  /** Also write the results as JSON here. */
  report?: string;
  /** Replace drafts that exist. */
  force?: boolean;
  /** List the notices (what was left out on purpose) too, not only the gaps. */
  verbose?: boolean;
}

/** What happened to one input file. */
interface FileOutcome {
  input: string;
  draft?: string;
  issues: ImportIssue[];
  error?: string;
  /** Why the draft is JSON though Markdown was asked for. */
  fallback?: string;
}

const isWire = (file: string) => /\.(?:txt|text)$/i.test(file);
const isPage = (file: string) => /\.(?:html?|xhtml)$/i.test(file);

async function exists(file: string): Promise<boolean> {
  return stat(file).then(
    () => true,
    () => false,
  );
}

/** The draft as text: Markdown when asked for and it can carry everything, else JSON (and why). */
function serialize(result: ImportResult, file: string): { text: string; file: string; fallback?: string } {
  if (extname(file).toLowerCase() === '.json') return { text: `${JSON.stringify(result.article, null, 2)}\n`, file };
  try {
    return { text: writeMarkdownArticle(result.article), file };
  } catch (error) {
    if (!(error instanceof MarkdownWriteError)) throw error;
    const json = file.replace(/\.[^./\\]+$/, '') + '.json';
    const first = error.issues[0]!;
    return { text: `${JSON.stringify(result.article, null, 2)}\n`, file: json, fallback: `Markdown cannot carry ${first.path} (${first.message}); wrote the JSON form` };
  }
}

/** `slug.md`, or `slug-2.md` when this run wrote `slug.md` already (two pages with one title). */
function unusedName(file: string, written: Set<string>): string {
  let candidate = file;
  for (let index = 2; written.has(candidate.replace(/\.[^./\\]+$/, '')); index++) candidate = file.replace(/(\.[^./\\]+)$/, `-${index}$1`);
  written.add(candidate.replace(/\.[^./\\]+$/, ''));
  return candidate;
}

async function importOne(input: string, options: ImportCommandOptions, io: CliIo, written: Set<string>): Promise<FileOutcome> {
  const path = resolve(io.cwd, input);
  try {
    const result = isWire(input) ? importWireText(await readFile(path, 'utf8'), { url: options.url }) : await importHtml(await readFile(path), { url: options.url });
    const slug = typeof result.article.slug === 'string' ? result.article.slug : basename(input).replace(/\.[^.]+$/, '');
    const target = options.out ? resolve(io.cwd, options.out) : options.outDir ? unusedName(join(resolve(io.cwd, options.outDir), `${slug}.md`), written) : undefined;
    if (!target) {
      const { text, fallback } = serialize(result, `${slug}.md`);
      io.stdout.write(text);
      return { input, issues: result.issues, ...(fallback && { fallback }) };
    }
    const { text, file, fallback } = serialize(result, target);
    if (!options.force && (await exists(file))) return { input, issues: result.issues, error: `${displayPath(io.cwd, file)} exists; pass --force to replace it` };
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, text);
    return { input, draft: file, issues: result.issues, ...(fallback && { fallback }) };
  } catch (error) {
    const reason = error instanceof ImportError ? error.message : `presswork could not import this file: ${describeFault(error)}`;
    return { input, issues: [], error: reason };
  }
}

function where(issue: ImportIssue): string {
  const source = issue.source?.line !== undefined ? `line ${issue.source.line}` : '';
  return [issue.path, source].filter(Boolean).join(', ');
}

function printOutcome(outcome: FileOutcome, io: CliIo, verbose: boolean): void {
  const c = createColors(useColor(io, io.stderr));
  const gaps = outcome.issues.filter((issue) => issue.severity === 'gap');
  const notices = outcome.issues.filter((issue) => issue.severity === 'notice');
  const name = displayPath(io.cwd, resolve(io.cwd, outcome.input));
  if (outcome.error) {
    io.stderr.write(`${c.red('✖')} ${name}: ${outcome.error}\n`);
    return;
  }
  const target = outcome.draft ? ` → ${displayPath(io.cwd, outcome.draft)}` : '';
  const counts = `${gaps.length} gap${gaps.length === 1 ? '' : 's'}, ${notices.length} notice${notices.length === 1 ? '' : 's'}`;
  io.stderr.write(`${gaps.length > 0 ? c.yellow('!') : c.green('✔')} ${name}${target} (${counts})\n`);
  if (outcome.fallback) io.stderr.write(`  ${c.dim('note')}    ${outcome.fallback}\n`);
  for (const issue of verbose ? [...gaps, ...notices] : gaps) {
    const label = issue.severity === 'gap' ? c.yellow('gap   ') : c.dim('notice');
    const place = where(issue);
    io.stderr.write(`  ${label}  ${place ? `${c.dim(place)}  ` : ''}${issue.message}\n`);
  }
}

/**
 * `presswork import <files…>`: web pages (`.html`) and wire stories (`.txt`)
 * as draft articles, with a report of each gap; exit 1 while any draft has gaps.
 */
export async function importCommand(inputs: string[], options: ImportCommandOptions, io: CliIo): Promise<number> {
  if (inputs.length === 0) throw new UsageError('Name the pages (.html) or wire stories (.txt) to import');
  const unknown = inputs.filter((input) => !isWire(input) && !isPage(input));
  if (unknown.length > 0) throw new UsageError(`Cannot import ${unknown.map((input) => `\`${input}\``).join(', ')}: expected .html pages or .txt wire stories`);
  if (inputs.length > 1 && (options.out || options.url)) throw new UsageError('--out and --url name one input; use --out-dir for several');
  if (options.out && options.outDir) throw new UsageError('Use --out or --out-dir, not both');
  if (options.out && !/\.(?:md|json)$/i.test(options.out)) throw new UsageError(`--out ${options.out}: expected a .md or .json file`);
  const outcomes: FileOutcome[] = [];
  const written = new Set<string>();
  // One at a time: each page's DOM is dropped before the next is read, so memory stays flat.
  for (const input of inputs) {
    if (io.signal?.aborted) break;
    const outcome = await importOne(input, options, io, written);
    printOutcome(outcome, io, options.verbose === true);
    outcomes.push(outcome);
  }
  const drafts = outcomes.filter((outcome) => !outcome.error);
  const withGaps = drafts.filter((outcome) => outcome.issues.some((issue) => issue.severity === 'gap')).length;
  const failed = outcomes.length - drafts.length;
  const hidden = options.verbose ? 0 : drafts.reduce((sum, outcome) => sum + outcome.issues.filter((issue) => issue.severity === 'notice').length, 0);
  io.stderr.write(
    `\n${drafts.length} imported, ${withGaps} with gaps to close${failed > 0 ? `, ${failed} failed` : ''}.${hidden > 0 ? ` ${hidden} notices of what was left out: --verbose or --report.` : ''}\n`,
  );
  if (options.report) {
    const file = resolve(io.cwd, options.report);
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, `${JSON.stringify({ files: outcomes.map((outcome) => ({ ...outcome, draft: outcome.draft && displayPath(io.cwd, outcome.draft) })) }, null, 2)}\n`);
  }
  if (io.signal?.aborted) return exitCodes.interrupted;
  return withGaps > 0 || failed > 0 ? exitCodes.problems : exitCodes.ok;
}
