import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { lintSeverities } from '../lint/types.js';
import type { LintSettings } from './check/types.js';
import { UsageError } from './usage-error.js';
import { findExtensionsConfig } from './extensions.js';

/** Settings a project keeps in its `package.json` under `"presswork"`, as ESLint and Prettier users expect. */
export interface ProjectConfig {
  /** Globs (relative to the project folder) of files under checked folders that are not articles. */
  ignore: string[];
  /** `"lint": { "rules": { "link-text": "off" }, "custom": ["./lint-rules.js"] }`: rule settings and modules of the site's own rules (resolved here to absolute paths). */
  lint: LintSettings;
  /** The absolute path of the project's `presswork.config.*` (extension types), when there is one. */
  extensions?: string;
}

const shape = 'The `presswork` field of package.json must be an object like `{ "ignore": ["drafts/**"], "lint": { "rules": { "link-text": "off" }, "custom": ["./lint-rules.js"] } }`';

const isSetting = (value: unknown): boolean => {
  const level = Array.isArray(value) ? (value as unknown[])[0] : value;
  return (level === 'off' || lintSeverities.includes(level as never)) && (!Array.isArray(value) || (value.length === 2 && typeof value[1] === 'object' && value[1] !== null));
};

/** The `lint` part of the field: rule settings checked for shape, module paths resolved against `cwd`. */
function lintConfig(value: unknown, cwd: string): LintSettings {
  if (value === undefined) return {};
  if (typeof value !== 'object' || value === null) throw new UsageError(shape);
  const { rules, custom } = value as { rules?: unknown; custom?: unknown };
  if (rules !== undefined && (typeof rules !== 'object' || rules === null || Array.isArray(rules))) throw new UsageError(shape);
  for (const [id, setting] of Object.entries((rules as Record<string, unknown> | undefined) ?? {})) {
    if (!isSetting(setting)) throw new UsageError(`The setting of lint rule \`${id}\` in package.json must be "off", "info", "warning", "error" or [severity, { options }]`);
  }
  if (custom !== undefined && (!Array.isArray(custom) || custom.some((entry) => typeof entry !== 'string'))) throw new UsageError(shape);
  return {
    ...(rules !== undefined && { rules: rules as LintSettings['rules'] }),
    ...(custom !== undefined && { custom: (custom as string[]).map((entry) => resolve(cwd, entry)) }),
  };
}

/** The `"presswork"` field of `package.json` in `cwd`; defaults when there is none. */
export async function readProjectConfig(cwd: string): Promise<ProjectConfig> {
  const extensions = await findExtensionsConfig(cwd);
  return { ...(await readPackageConfig(cwd)), ...(extensions && { extensions }) };
}

async function readPackageConfig(cwd: string): Promise<ProjectConfig> {
  const none: ProjectConfig = { ignore: [], lint: {} };
  let text: string;
  try {
    text = await readFile(join(cwd, 'package.json'), 'utf8');
  } catch {
    return none;
  }
  let field: unknown;
  try {
    field = (JSON.parse(text) as { presswork?: unknown }).presswork;
  } catch {
    return none; // not ours to judge; npm reports a broken package.json
  }
  if (field === undefined) return none;
  const ignore = typeof field === 'object' && field !== null ? (field as { ignore?: unknown }).ignore : undefined;
  if (typeof field !== 'object' || field === null || (ignore !== undefined && (!Array.isArray(ignore) || ignore.some((glob) => typeof glob !== 'string')))) {
    throw new UsageError(shape);
  }
  return { ignore: (ignore as string[] | undefined) ?? [], lint: lintConfig((field as { lint?: unknown }).lint, cwd) };
}
