import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { ChromiumUnavailableError } from '../a11y/chromium-engine.js';
import { impacts, type OutputFormat } from '../a11y/report.js';
import { levels } from '../a11y/rule-selection.js';
import { defaultJobs } from './check/run-checks.js';
import { exitCodes, type CliIo } from './io.js';
import { reporterNames, type ReporterName } from './reporters/index.js';
import { UsageError } from './usage-error.js';
import { version } from './version.js';
import { readProjectConfig } from './config.js';
import type { CheckCommandOptions } from './commands/check.js';
import type { LintCommandOptions } from './commands/lint.js';
import type { ImportCommandOptions } from './commands/import.js';
import type { ReviewCommandOptions } from './commands/review.js';
import type { RenderOptions } from './commands/render.js';
import { lintSeverities, type LintRuleSetting } from '../lint/types.js';

const formats: OutputFormat[] = ['html', 'amp', 'text'];
/** `render` writes these as one feed of all the articles (the same list as commands/render.ts, kept here so `--help` loads no renderer). */
const feedFormats = ['rss', 'atom', 'jsonfeed'];

/** The items of a comma-separated flag value, trimmed, without blanks or repeats. */
function splitList(value: string): string[] {
  return [
    ...new Set(
      value
        .split(',')
        .map((part) => part.trim())
        .filter(Boolean),
    ),
  ];
}

function parseFormats(value: string): OutputFormat[] {
  const list = splitList(value);
  const bad = list.filter((format) => !formats.includes(format as OutputFormat));
  if (bad.length > 0 || list.length === 0) throw new InvalidArgumentError(`Expected a comma-separated list of ${formats.join(', ')}; got \`${value}\`.`);
  return list as OutputFormat[];
}

function parseCount(name: string, min: number) {
  return (value: string) => {
    const number = Number(value);
    if (!Number.isInteger(number) || number < min) throw new InvalidArgumentError(`Expected a whole number of at least ${min} for ${name}; got \`${value}\`.`);
    return number;
  };
}

function parseSeconds(value: string): number {
  const seconds = Number(value);
  if (!Number.isFinite(seconds) || seconds <= 0) throw new InvalidArgumentError(`Expected a number of seconds above 0 for --timeout; got \`${value}\`.`);
  return seconds;
}

const collect = (value: string, previous: string[]) => [...previous, value];

function parseList(value: string): string[] {
  const list = splitList(value);
  if (list.length === 0) throw new InvalidArgumentError(`Expected a comma-separated list; got \`${value}\`.`);
  return list;
}

/** `--rule link-text=off` values as rule settings. */
function parseRuleSettings(values: readonly string[]): Record<string, LintRuleSetting> {
  const settings: Record<string, LintRuleSetting> = {};
  for (const value of values) {
    const match = /^([^=\s]+)=(off|info|warning|error)$/.exec(value.trim());
    if (!match) throw new UsageError(`\`--rule ${value}\` is not \`<rule>=<off|info|warning|error>\`, e.g. \`--rule link-text=off\``);
    settings[match[1]!] = match[2] as LintRuleSetting;
  }
  return settings;
}

/** `--reporter` values (`sarif`, `sarif:out.sarif`) and `--output` as targets; pretty to stdout by default. */
function parseReporters(values: readonly string[], output: string | undefined): Array<{ name: ReporterName; file?: string }> {
  const targets = (values.length > 0 ? values : ['pretty']).map((value) => {
    const colon = value.indexOf(':');
    const name = colon === -1 ? value : value.slice(0, colon);
    const file = colon === -1 ? undefined : value.slice(colon + 1);
    if (!reporterNames.includes(name as ReporterName)) throw new UsageError(`Unknown reporter \`${name}\`; expected ${reporterNames.join(', ')} (optionally with :file)`);
    if (file === '') throw new UsageError(`\`--reporter ${value}\` names no file; write \`${name}:path/to/file\``);
    return { name: name as ReporterName, ...(file !== undefined && { file }) };
  });
  const toStdout = targets.filter((target) => !target.file);
  if (output !== undefined) {
    if (toStdout.length !== 1) throw new UsageError('`--output` goes with exactly one `--reporter` that has no file; write `--reporter name:file` for each instead');
    toStdout[0]!.file = output;
  } else if (toStdout.length > 1) {
    throw new UsageError(
      `Only one report can go to stdout; give the others a file: ${toStdout
        .slice(1)
        .map((target) => `\`--reporter ${target.name}:file\``)
        .join(', ')}`,
    );
  }
  const files = targets.flatMap((target) => (target.file ? [target.file] : []));
  const repeated = files.find((file, index) => files.indexOf(file) !== index);
  if (repeated) throw new UsageError(`Two reports would be written to \`${repeated}\``);
  return targets;
}

/**
 * Run the presswork CLI with `argv` (without `node` and the script) and
 * return its exit code: 0 clean, 1 problems found, 2 usage or internal
 * error, 130 interrupted. Never calls `process.exit`.
 */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  // Commands are imported when run: `--help`, `--version` and fully cached
  // checks never load the parsers, renderers or jsdom.
  let code: number = exitCodes.ok;
  const program = new Command('presswork')
    .description('Render news articles to accessible HTML, AMP and plain text, and check them with axe-core.')
    .version(version, '-v, --version')
    .exitOverride()
    .showSuggestionAfterError()
    .configureOutput({ writeOut: (text) => io.stdout.write(text), writeErr: (text) => io.stderr.write(text) });

  program
    .command('validate')
    .description('Validate article files (.md, .json) or folders of them')
    .argument('<paths...>', 'files or folders (searched recursively)')
    .addOption(new Option('--reporter <name>', 'output format').choices(['pretty', 'json']).default('pretty'))
    .option('--allow-empty', 'exit 0 when no article is found (default: exit 2)')
    .option('--ignore <glob>', 'leave out files under the folders that match (repeatable; also package.json "presswork": { "ignore": [...] })', collect, [])
    .action(async (paths: string[], options: { reporter: 'pretty' | 'json'; allowEmpty?: boolean; ignore: string[] }) => {
      const { validate } = await import('./commands/validate.js');
      const config = await readProjectConfig(io.cwd);
      code = await validate(paths, { ...options, ignore: [...config.ignore, ...options.ignore], extensions: config.extensions }, io);
    });

  program
    .command('render')
    .description('Render articles to HTML, AMP or plain text')
    .argument('<paths...>', 'an article file, or files and folders with --out-dir')
    .addOption(
      new Option('-f, --format <format>', 'output format (default: html; all three with --out-dir); rss, atom and jsonfeed write one feed of all the articles').choices([...formats, ...feedFormats]),
    )
    .option('--fragment', 'HTML only: just the <article> element')
    .option('--no-stylesheet', 'HTML only: leave out the default stylesheet')
    .option('--no-index', 'with --out-dir: write no index.html')
    .option('--allow-empty', 'exit 0 when no article is found (default: exit 2)')
    .option('-o, --out <file>', 'write to a file instead of stdout')
    .option('--out-dir <folder>', 'write <slug>.html, <slug>.amp.html and <slug>.txt for every article')
    .option('--width <columns>', 'plain-text line width (0: no wrapping)', parseCount('--width', 0), 78)
    .option('--site-title <title>', 'feeds: the site’s name (default: the host name)')
    .option('--site-url <url>', 'feeds: the site’s home page (default: the newest article’s origin)')
    .option('--feed-url <url>', 'feeds: where the feed is published (its self link)')
    .action(async (paths: string[], options: RenderOptions) => {
      const { renderCommand } = await import('./commands/render.js');
      const config = await readProjectConfig(io.cwd);
      code = await renderCommand(paths, { ...options, extensions: config.extensions }, io);
    });

  program
    .command('check')
    .description('Check the accessibility of every output of articles (and of built .html pages)')
    .argument('<paths...>', 'article files, .html pages, or folders (searched recursively)')
    .option('--format <list>', 'formats to check, comma-separated', parseFormats, formats)
    .addOption(new Option('--engine <engine>', 'where axe runs').choices(['jsdom', 'chromium']).default('jsdom'))
    .addOption(new Option('--level <level>', 'WCAG level to check (2.0–2.2 criteria at that level and below)').choices(levels).default('AA'))
    .option('--no-best-practice', "leave out axe's best-practice rules (not WCAG failures)")
    .option('--tags <list>', 'axe tags to run instead of --level and best practice, comma-separated (e.g. wcag2a,section508)', parseList)
    .option('--rules <list>', 'run only these axe rules, comma-separated (e.g. image-alt,color-contrast-enhanced)', parseList)
    .option('--load-timeout <ms>', 'longest wait for media metadata and style sheets; media not loaded by then are reported as needing review', parseCount('--load-timeout', 0), 1000)
    .option('--reporter <name[:file]>', `report format: ${reporterNames.join(', ')}; repeat with :file to write several (pretty to the terminal, sarif:results.sarif, html:report.html)`, collect, [])
    .option('-o, --output <file>', 'write the report to a file instead of stdout (with one --reporter)')
    .addOption(new Option('--fail-on <impact>', 'lowest impact that fails the run').choices(impacts).default('minor'))
    .option('--baseline <file>', 'known violations to ignore (see --update-baseline)')
    .option('--update-baseline', 'write all current violations to the baseline file (default presswork-baseline.json)')
    .option('-j, --jobs <n>', 'files checked in parallel (worker threads; pages of the one browser with --engine chromium)', parseCount('--jobs', 1), defaultJobs())
    .option('--shard <i/n>', 'check only the i-th of n deterministic slices of the files')
    .option('--cache <file>', 'skip files unchanged since the last run, remembered in <file> (e.g. .presswork-cache.json)')
    .option('--width <columns>', 'plain-text line width (0: no wrapping)', parseCount('--width', 0), 78)
    .option('--allow-empty', 'exit 0 when no article or page is found (default: exit 2)')
    .option('--ignore <glob>', 'leave out files under the folders that match (repeatable; also package.json "presswork": { "ignore": [...] })', collect, [])
    .option('-q, --quiet', 'list only files with problems')
    .option('--timeout <seconds>', 'longest one file may take to check; a slower one is reported, not waited for', parseSeconds, 60)
    .option('--no-lint', 'leave out the content lint (see `presswork lint`)')
    .option('--transcripts <dir>', 'also write what a screen-reader user hears of each HTML and AMP output to <dir> (one .txt per output, named after its source)')
    .option('--require-review', 'fail while any review item (manual WCAG checks, results needing review) is not signed off in the ledger (see `presswork review`)')
    .option('--ledger <file>', 'the review ledger (default presswork-review.json)')
    .action(
      async (
        paths: string[],
        // The command's options as commander parses them: the flag names, before they become CheckCommandOptions.
        options: Omit<CheckCommandOptions, 'formats' | 'reporters' | 'ignore' | 'lint'> & { format: OutputFormat[]; reporter: string[]; output?: string; ignore: string[]; lint: boolean },
      ) => {
        const { format, reporter, output, ignore, lint, ...rest } = options;
        const targets = parseReporters(reporter, output);
        const { check } = await import('./commands/check.js');
        const config = await readProjectConfig(io.cwd);
        code = await check(paths, { ...rest, formats: format, reporters: targets, ignore: [...config.ignore, ...ignore], lint: lint ? config.lint : false, extensions: config.extensions }, io);
      },
    );

  program
    .command('lint')
    .description('Lint the words of articles: what axe cannot see (sensory language, feed residue, misspelt names, alt and link text, unmarked languages)')
    .argument('<paths...>', 'article files or folders (searched recursively)')
    .option('--fix', 'make the safe fixes in the files (Markdown and JSON keep their formatting)')
    .option('--rule <id=setting>', 'set a rule: off, info, warning or error (repeatable; also package.json "presswork": { "lint": { "rules": {...} } })', collect, [])
    .option('--reporter <name[:file]>', `report format: ${reporterNames.join(', ')}; repeat with :file to write several`, collect, [])
    .option('-o, --output <file>', 'write the report to a file instead of stdout (with one --reporter)')
    .addOption(new Option('--fail-on <severity>', 'lowest severity that fails the run').choices(lintSeverities).default('warning'))
    .option('--baseline <file>', 'known findings to ignore (see --update-baseline)')
    .option('--update-baseline', 'write all current findings to the baseline file (default presswork-baseline.json)')
    .option('--shard <i/n>', 'lint only the i-th of n deterministic slices of the files')
    .option('--cache <file>', 'skip files unchanged since the last run, remembered in <file>')
    .option('--allow-empty', 'exit 0 when no article is found (default: exit 2)')
    .option('--ignore <glob>', 'leave out files under the folders that match (repeatable)', collect, [])
    .option('-q, --quiet', 'list only files with problems')
    .action(async (paths: string[], options: Omit<LintCommandOptions, 'reporters' | 'ignore' | 'lint'> & { reporter: string[]; output?: string; ignore: string[]; rule: string[] }) => {
      const { reporter, output, ignore, rule, ...rest } = options;
      const targets = parseReporters(reporter, output);
      const config = await readProjectConfig(io.cwd);
      const rules = { ...config.lint.rules, ...parseRuleSettings(rule) };
      const { lint } = await import('./commands/lint.js');
      code = await lint(
        paths,
        {
          ...rest,
          reporters: targets,
          ignore: [...config.ignore, ...ignore],
          lint: { ...config.lint, ...(Object.keys(rules).length > 0 && { rules }), ...(config.extensions && { extensions: config.extensions }) },
        },
        io,
      );
    });

  program
    .command('listen')
    .description('print what a screen-reader user hears walking an article’s HTML or AMP output (or a built .html page), phrase by phrase')
    .argument('<file>', 'an article (.md, .json) or a built page (.html)')
    .addOption(new Option('-f, --format <format>', 'the output of an article to walk').choices(['html', 'amp']).default('html'))
    .addOption(new Option('--engine <engine>', "jsdom (a virtual screen reader) or chromium (the browser's accessibility tree)").choices(['jsdom', 'chromium']).default('jsdom'))
    .action(async (file: string, options: { format: 'html' | 'amp'; engine: 'jsdom' | 'chromium' }) => {
      const { listen } = await import('./commands/listen.js');
      const config = await readProjectConfig(io.cwd);
      code = await listen(file, { ...options, extensions: config.extensions }, io);
    });

  program
    .command('review')
    .description(
      'list what a person must judge in each article (manual WCAG checks, results axe could not decide) with the sign-offs in the review ledger; sign items off; export an EARL conformance summary',
    )
    .argument('<paths...>', 'article files, .html pages, or folders (searched recursively)')
    .option('--ledger <file>', 'the review ledger', 'presswork-review.json')
    .option('--sign <item>', 'record the item as reviewed and passed (repeatable; `all`: every item not yet passed)', collect, [])
    .option('--fail <item>', 'record the item as reviewed and failed (repeatable)', collect, [])
    .option('--by <name>', 'who reviewed (default: git config user.name)')
    .option('--note <text>', 'a note kept with the sign-offs')
    .option('--prune', 'drop sign-offs of the given files that match no current item')
    .option('--earl <file>', 'write a conformance summary of the given files as EARL (JSON-LD)')
    .addOption(new Option('--level <level>', 'the WCAG conformance target').choices(['A', 'AA']).default('AA'))
    .addOption(new Option('--engine <engine>', 'where axe runs').choices(['jsdom', 'chromium']).default('jsdom'))
    .option('-j, --jobs <n>', 'files checked in parallel', parseCount('--jobs', 1), defaultJobs())
    .option('--cache <file>', 'skip checking files unchanged since the last run, remembered in <file>')
    .option('--json', 'print the items as JSON')
    .option('--allow-empty', 'exit 0 when no article or page is found (default: exit 2)')
    .option('--ignore <glob>', 'leave out files under the folders that match (repeatable)', collect, [])
    .action(async (paths: string[], options: ReviewCommandOptions & { ignore: string[] }) => {
      const { review } = await import('./commands/review.js');
      const config = await readProjectConfig(io.cwd);
      code = await review(paths, { ...options, ignore: [...config.ignore, ...options.ignore], extensions: config.extensions }, io);
    });

  program
    .command('migrate')
    .description('rewrite articles of an older schemaVersion in the current one (formatting and comments kept)')
    .argument('<paths...>', 'article files or folders (searched recursively)')
    .option('--check', 'write nothing; exit 1 when a file needs migrating')
    .option('--allow-empty', 'exit 0 when no article is found (default: exit 2)')
    .option('--ignore <glob>', 'leave out files under the folders that match (repeatable)', collect, [])
    .action(async (paths: string[], options: { check?: boolean; allowEmpty?: boolean; ignore: string[] }) => {
      const { migrate } = await import('./commands/migrate.js');
      const config = await readProjectConfig(io.cwd);
      code = await migrate(paths, { ...options, ignore: [...config.ignore, ...options.ignore] }, io);
    });

  program
    .command('import')
    .description('bring web pages (.html) and wire stories (.txt) in as draft articles, listing what a person must still add (alt text, captions, titles)')
    .argument('<files...>', 'pages and wire stories to import')
    .option('--url <url>', 'the page’s address (one file): resolves relative links; the canonical URL when the page names none')
    .option('--out <file>', 'write the draft here (one file; .md, or .json)')
    .option('--out-dir <dir>', 'write each draft here, named by its slug')
    .option('--report <file>', 'also write the gaps and notices as JSON')
    .option('--force', 'replace drafts that exist')
    .option('--verbose', 'also list the notices: what was left out on purpose (scripts, forms, ads)')
    .action(async (files: string[], options: ImportCommandOptions) => {
      const { importCommand } = await import('./commands/import.js');
      code = await importCommand(files, options, io);
    });

  try {
    await program.parseAsync([...argv], { from: 'user' });
    return code;
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end through here with exit code 0.
      return error.exitCode === 0 ? exitCodes.ok : exitCodes.usage;
    }
    if (error instanceof UsageError || error instanceof ChromiumUnavailableError) {
      io.stderr.write(`presswork: ${error.message}\n`);
      return exitCodes.usage;
    }
    io.stderr.write(`presswork: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    return exitCodes.usage;
  }
}
