import { createRequire } from 'node:module';
import { wcagCriteria } from './report.js';

const require = createRequire(import.meta.url);

/** A WCAG conformance level: the rules of that level and the levels below it. */
export type Level = 'A' | 'AA' | 'AAA';
export const levels: readonly Level[] = ['A', 'AA', 'AAA'];

/** Which axe rules run. */
export interface RuleSelection {
  /** WCAG level to check (2.0, 2.1 and 2.2 criteria at that level and below). Default `AA`. */
  level?: Level;
  /** Also run axe's best-practice rules (not WCAG failures). Default `true`. */
  bestPractice?: boolean;
  /** axe tags to run instead of `level` and `bestPractice`, e.g. `['wcag2a', 'section508']`. */
  tags?: string[];
  /** Run only these rule ids (overrides `level`, `bestPractice` and `tags`). */
  only?: string[];
  /** Per-rule switches on top of the selection, e.g. `{ region: { enabled: false } }` or an AAA rule `{ enabled: true }`. */
  rules?: Record<string, { enabled: boolean }>;
}

const levelTags: Record<Level, string[]> = {
  A: ['wcag2a', 'wcag21a', 'wcag22a'],
  AA: ['wcag2a', 'wcag21a', 'wcag22a', 'wcag2aa', 'wcag21aa', 'wcag22aa'],
  AAA: ['wcag2a', 'wcag21a', 'wcag22a', 'wcag2aa', 'wcag21aa', 'wcag22aa', 'wcag2aaa', 'wcag21aaa', 'wcag22aaa'],
};

/** The tags a level (and best practice, unless turned off) selects. */
export function tagsFor(level: Level = 'AA', bestPractice = true): string[] {
  return [...levelTags[level], ...(bestPractice ? ['best-practice'] : [])];
}

/**
 * Rules axe leaves off by default that presswork runs at their level: each
 * judges a criterion no other rule covers. css-orientation-lock (1.3.4,
 * experimental) reads the style sheets' orientation media queries;
 * target-size (2.5.8) measures rendered targets. Both need layout, so they
 * run in Chromium and are "not evaluated" in jsdom.
 */
export const vouchedRules: readonly string[] = ['css-orientation-lock', 'target-size'];

/** Thrown for a rule id or tag axe does not know. */
export class RuleSelectionError extends Error {
  override readonly name = 'RuleSelectionError';
}

interface RuleMeta {
  ruleId: string;
  tags: string[];
  /** Whether axe runs the rule when its tags are asked for (AAA, deprecated and some new rules are off). */
  enabled: boolean;
}

let known: RuleMeta[] | undefined;
/** axe's rules with their tags and default switch, read once from axe-core itself. */
function axeRules(): RuleMeta[] {
  known ??= (require('axe-core') as { _audit: { rules: Array<{ id: string; tags: string[]; enabled: boolean }> } })._audit.rules.map(({ id, tags, enabled }) => ({ ruleId: id, tags, enabled }));
  return known;
}

/** A rule whose WCAG tags are all AAA: the level AAA (or an AAA tag) asks for it although axe leaves it off. */
function aaaOnly(rule: RuleMeta): boolean {
  const levels = rule.tags.filter((tag) => /^wcag2\d*a+$/.test(tag));
  return levels.length > 0 && levels.every((tag) => tag.endsWith('aaa'));
}

/** Whether a rule whose tags are selected runs. */
function runsWhenTagged(rule: RuleMeta, tags: ReadonlySet<string>): boolean {
  if (rule.tags.includes('deprecated')) return tags.has('deprecated');
  if (rule.tags.includes('experimental') && !tags.has('experimental')) return vouchedRules.includes(rule.ruleId);
  return rule.enabled || aaaOnly(rule) || vouchedRules.includes(rule.ruleId);
}

/**
 * The ids of the axe rules a selection runs, sorted. A rule runs when one of
 * its tags is selected, unless axe leaves it off (deprecated, experimental
 * and some new rules; AAA rules run at AAA) and presswork does not vouch for
 * it; `rules` switches add or remove single rules.
 */
export function selectRules(selection: RuleSelection = {}): string[] {
  const all = axeRules();
  const ids = new Set(all.map((rule) => rule.ruleId));
  for (const id of [...(selection.only ?? []), ...Object.keys(selection.rules ?? {})]) {
    if (!ids.has(id)) throw new RuleSelectionError(`Unknown axe rule \`${id}\`: see https://github.com/dequelabs/axe-core/blob/develop/doc/rule-descriptions.md`);
  }
  let chosen: string[];
  if (selection.only) chosen = [...selection.only];
  else {
    const tags = new Set(selection.tags ?? tagsFor(selection.level, selection.bestPractice));
    const knownTags = new Set(all.flatMap((rule) => rule.tags));
    for (const tag of selection.tags ?? []) if (!knownTags.has(tag)) throw new RuleSelectionError(`Unknown axe tag \`${tag}\``);
    chosen = all.filter((rule) => rule.tags.some((tag) => tags.has(tag)) && runsWhenTagged(rule, tags)).map((rule) => rule.ruleId);
  }
  const selected = new Set(chosen);
  for (const [id, { enabled }] of Object.entries(selection.rules ?? {})) {
    if (enabled) selected.add(id);
    else selected.delete(id);
  }
  return [...selected].sort();
}

/** @internal The WCAG criteria an axe rule judges (`['1.1.1']`), from its tags; none for a rule axe does not know. */
export function ruleCriteria(id: string): string[] {
  return wcagCriteria(axeRules().find((rule) => rule.ruleId === id)?.tags ?? []);
}
