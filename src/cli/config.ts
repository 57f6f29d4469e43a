import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { UsageError } from './usage-error.js';

/** Settings a project keeps in its `package.json` under `"presswork"`, as ESLint and Prettier users expect. */
export interface ProjectConfig {
  /** Globs (relative to the project folder) of files under checked folders that are not articles. */
  ignore: string[];
}

/** The `"presswork"` field of `package.json` in `cwd`; defaults when there is none. */
export async function readProjectConfig(cwd: string): Promise<ProjectConfig> {
  let text: string;
  try {
    text = await readFile(join(cwd, 'package.json'), 'utf8');
  } catch {
    return { ignore: [] };
  }
  let field: unknown;
  try {
    field = (JSON.parse(text) as { presswork?: unknown }).presswork;
  } catch {
    return { ignore: [] }; // not ours to judge; npm reports a broken package.json
  }
  if (field === undefined) return { ignore: [] };
  const ignore = typeof field === 'object' && field !== null ? (field as { ignore?: unknown }).ignore : undefined;
  if (typeof field !== 'object' || field === null || (ignore !== undefined && (!Array.isArray(ignore) || ignore.some((glob) => typeof glob !== 'string')))) {
    throw new UsageError('The `presswork` field of package.json must be an object like `{ "ignore": ["drafts/**"] }`');
  }
  return { ignore: (ignore as string[] | undefined) ?? [] };
}
