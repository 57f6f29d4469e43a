import { pathToFileURL } from 'node:url';
import { assertKnownRules, lintArticle } from '../../lint/lint-article.js';
import { lintRules } from '../../lint/rules/index.js';
import { UsageError } from '../usage-error.js';
import type { LintFinding, LintRule } from '../../lint/types.js';
import type { SourceLocations } from '../../load/source-map.js';
import type { Article } from '../../model/types.js';
import type { LintSettings } from './types.js';
import type { Extensions } from '../../extend/registry.js';

const modules = new Map<string, Promise<LintRule[]>>();

/** A module of site rules: its `rules` export or default export, an array of lint rules. */
function loadRules(specifier: string): Promise<LintRule[]> {
  let loaded = modules.get(specifier);
  if (!loaded) {
    const url = /^[a-z]+:/i.test(specifier) ? specifier : pathToFileURL(specifier).href;
    loaded = import(url).then((module: { rules?: unknown; default?: unknown }) => {
      const rules = module.rules ?? module.default;
      if (!Array.isArray(rules) || rules.some((rule) => typeof (rule as Partial<LintRule> | null)?.id !== 'string' || typeof (rule as Partial<LintRule> | null)?.check !== 'function')) {
        throw new Error(`The lint rule module ${specifier} must export an array of rules (\`export const rules = [...]\` or a default export), each with an \`id\` and a \`check\` function`);
      }
      return rules as LintRule[];
    });
    modules.set(specifier, loaded);
  }
  return loaded;
}

/** The site's rules named by the settings, loaded once per process. */
export async function customRules(settings: LintSettings): Promise<LintRule[]> {
  return (await Promise.all((settings.custom ?? []).map(loadRules))).flat();
}

/**
 * Fail before any work on settings that cannot run: a rule module that does
 * not load or export rules, or a setting for a rule that does not exist
 * (a typo would otherwise turn nothing off, or fail every file).
 */
export async function assertLintSettings(settings: LintSettings): Promise<void> {
  try {
    assertKnownRules(settings.rules ?? {}, [...lintRules, ...(await customRules(settings))]);
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

/** Lint one loaded article with the run's settings; findings carry the file's line and column. */
export async function lintLoaded(article: Article, locations: SourceLocations, source: string, settings: LintSettings, extensions?: Extensions): Promise<LintFinding[]> {
  const custom = await customRules(settings);
  return lintArticle(article, { ...(settings.rules && { rules: settings.rules }), custom, locations, source, extensions });
}
