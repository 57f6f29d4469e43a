import { formatPath } from '../model/path.js';
import type { Article } from '../model/types.js';
import { LineIndex, locateWords } from './locate.js';
import { lintRules } from './rules/index.js';
import { textUnits } from './text-units.js';
import { lintSeverities, type LintFinding, type LintOptions, type LintRule, type LintRuleSetting, type LintSeverity } from './types.js';

const docs = 'https://github.com/presswork/presswork/blob/main/docs/lint.md';

/** Thrown for a rule setting that names no rule or no severity. */
export class LintConfigError extends Error {
  override name = 'LintConfigError';
}

/** The options of a rule set without any: one object, so what a rule prepares per options object is reused across articles. */
const noOptions: Readonly<Record<string, unknown>> = Object.freeze({});

/** A rule's severity and options from its setting; `undefined` when it is off. */
function resolve(rule: LintRule, setting: LintRuleSetting | undefined): { severity: LintSeverity; options: Readonly<Record<string, unknown>> } | undefined {
  const [level, options] = Array.isArray(setting) ? setting : [setting ?? rule.severity, noOptions];
  if (level === 'off') return undefined;
  if (!lintSeverities.includes(level)) throw new LintConfigError(`Unknown severity \`${level}\` for lint rule \`${rule.id}\`; expected off, ${lintSeverities.join(', ')}`);
  return { severity: level, options };
}

/** Every rule `lintArticle` knows with these options: the built-in ones and the site's. */
function knownRules(options: Pick<LintOptions, 'custom'> = {}): LintRule[] {
  return [...lintRules, ...(options.custom ?? [])];
}

/** Fail on a setting for a rule that does not exist: a typo would otherwise turn nothing off. */
export function assertKnownRules(settings: Readonly<Record<string, unknown>>, rules: readonly LintRule[]): void {
  const ids = new Set(rules.map((rule) => rule.id));
  const unknown = Object.keys(settings).filter((id) => !ids.has(id));
  if (unknown.length > 0) throw new LintConfigError(`Unknown lint rule${unknown.length === 1 ? '' : 's'} ${unknown.map((id) => `\`${id}\``).join(', ')}; the rules are ${[...ids].join(', ')}`);
}

/**
 * Lint an article's words: what axe cannot see in markup (sensory
 * instructions, feed residue, misspelt names, repeated words, alt text and
 * link text that say nothing, unmarked languages, reading level). Portable:
 * no file system, no DOM. With `locations` (and `source`) each finding names
 * its place in the file, and findings come in file order; otherwise by rule.
 */
export function lintArticle(article: Article, options: LintOptions = {}): LintFinding[] {
  const rules = knownRules(options);
  assertKnownRules(options.rules ?? {}, rules);
  const units = textUnits(article, options.extensions);
  const language = article.language.toLowerCase();
  const primaryLanguage = language.split('-')[0]!;
  const lines = options.locations && options.source !== undefined ? new LineIndex(options.source) : undefined;
  const findings: LintFinding[] = [];
  for (const rule of rules) {
    const setting = resolve(rule, options.rules?.[rule.id]);
    if (!setting || (rule.languages && !rule.languages.includes(primaryLanguage))) continue;
    rule.check({
      article,
      units,
      language,
      primaryLanguage,
      options: setting.options,
      report(report) {
        // A paragraph's or heading's words are its `children`: the finding names the block.
        const unitPath = report.unit && report.unit.segments.at(-1) === 'children' ? report.unit.segments.slice(0, -1) : report.unit?.segments;
        const segments = unitPath ?? report.segments ?? [];
        const start = report.start ?? 0;
        const end = report.end ?? report.unit?.text.length ?? 0;
        const text = report.unit ? report.unit.text.slice(start, end).trim() : undefined;
        const location = options.locations ? locateWords(options.locations, lines, segments, report.unit, start, end) : undefined;
        findings.push({
          ruleId: rule.id,
          severity: report.severity ?? setting.severity,
          message: report.message,
          path: formatPath(segments),
          segments: [...segments],
          ...(text && { text }),
          ...(location && { location }),
          help: rule.help,
          helpUrl: rule.helpUrl ?? `${docs}#${rule.id}`,
          wcag: rule.wcag ?? [],
          ...(report.fix && { fix: report.fix }),
        });
      },
    });
  }
  return findings.sort((a, b) => (a.location?.line ?? 0) - (b.location?.line ?? 0) || (a.location?.column ?? 0) - (b.location?.column ?? 0));
}
