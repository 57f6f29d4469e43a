import { readFile, writeFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { applyEdits, modify } from 'jsonc-parser';
import { parseDocument } from 'yaml';
import { migrateArticle, schemaVersion } from '../../model/migrate.js';
import { readMarkdownDraft } from '../../load/markdown/parse.js';
import { writeMarkdownArticle } from '../../load/markdown/write.js';
import { collectFiles } from '../check/collect-files.js';
import { exitCodes, type CliIo } from '../io.js';
import { displayPath, resolvePaths } from '../paths.js';

export interface MigrateOptions {
  /** Only say which files need it (exit 1 when any does); write nothing. */
  check?: boolean;
  allowEmpty?: boolean;
  ignore?: string[];
}

type Outcome = { kind: 'current' } | { kind: 'migrated'; from: number; text: string; rewritten: boolean } | { kind: 'failed'; message: string };

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** A JSON article: each changed top-level field edited in place (formatting and key order kept). */
function migrateJson(text: string): Outcome {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return { kind: 'failed', message: `not valid JSON: ${(error as Error).message}` };
  }
  const result = migrateArticle(data);
  if (result.issue) return { kind: 'failed', message: result.issue.message };
  if (result.applied.length === 0) return { kind: 'current' };
  const before = data as Record<string, unknown>;
  const after = result.article as Record<string, unknown>;
  let out = text;
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (same(before[key], after[key])) continue;
    out = applyEdits(out, modify(out, [key], after[key], { formattingOptions: { insertSpaces: true, tabSize: 2 } }));
  }
  return { kind: 'migrated', from: result.from!, text: out, rewritten: false };
}

/** A Markdown article: changed front-matter fields set in the YAML (comments kept); a changed body rewrites the file. */
function migrateMarkdown(text: string): Outcome {
  const { draft, issues } = readMarkdownDraft(text);
  if (!draft) return { kind: 'failed', message: issues[0]?.message ?? 'cannot read the front matter' };
  const result = migrateArticle(draft);
  if (result.issue) return { kind: 'failed', message: result.issue.message };
  if (result.applied.length === 0) return { kind: 'current' };
  const after = result.article as Record<string, unknown>;
  if (!same(draft.body, after.body)) return { kind: 'migrated', from: result.from!, text: writeMarkdownArticle(after), rewritten: true };
  const match = /^(\uFEFF?---\r?\n)([\s\S]*?\r?\n)(---\r?\n?)/.exec(text);
  if (!match) return { kind: 'failed', message: 'cannot find the front matter' };
  const document = parseDocument(match[2]!, { schema: 'core' });
  for (const key of new Set([...Object.keys(draft), ...Object.keys(after)])) {
    if (key === 'body' || same(draft[key], after[key])) continue;
    if (key in after) document.set(key, after[key]);
    else document.delete(key);
  }
  return { kind: 'migrated', from: result.from!, text: `${match[1]}${document.toString({ lineWidth: 0, flowCollectionPadding: false })}${match[3]}${text.slice(match[0].length)}`, rewritten: false };
}

/**
 * `presswork migrate <paths…>`: rewrite articles of an older `schemaVersion`
 * in the current one, step by step (what the loaders do in memory, with a
 * notice). JSON and front matter are edited in place, so formatting and
 * comments stay. `--check` writes nothing and exits 1 when a file needs it.
 */
export async function migrate(paths: string[], options: MigrateOptions, io: CliIo): Promise<number> {
  const { files } = await collectFiles(resolvePaths(io.cwd, paths), { pages: false, shown: paths, allowEmpty: options.allowEmpty === true, ignore: options.ignore ?? [], cwd: io.cwd });
  let migrated = 0;
  let failed = 0;
  for (const file of files) {
    const text = await readFile(file, 'utf8');
    const outcome = extname(file).toLowerCase() === '.json' ? migrateJson(text) : migrateMarkdown(text);
    const shown = displayPath(io.cwd, file);
    if (outcome.kind === 'failed') {
      failed++;
      io.stderr.write(`${shown}: × ${outcome.message}\n`);
    } else if (outcome.kind === 'migrated') {
      migrated++;
      if (!options.check) await writeFile(file, outcome.text);
      const how = outcome.rewritten ? ' (body rewritten by the Markdown writer)' : '';
      io.stdout.write(`${shown}: schemaVersion ${outcome.from} → ${schemaVersion}${options.check ? ' needed' : ''}${how}\n`);
    }
  }
  const verb = options.check ? 'need migrating' : 'migrated';
  io.stdout.write(`${migrated} of ${files.length} file${files.length === 1 ? '' : 's'} ${verb}${failed > 0 ? `, ${failed} could not be read` : ''}\n`);
  if (failed > 0) return exitCodes.problems;
  return options.check && migrated > 0 ? exitCodes.problems : exitCodes.ok;
}
