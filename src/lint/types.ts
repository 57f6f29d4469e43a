import type { Extensions } from '../extend/registry.js';
import type { SourceSpan } from '../load/source-map.js';
import type { Article } from '../model/types.js';
import type { LintUnit } from './text-units.js';

/** How much a finding matters: `error` blocks publishing, `warning` most likely needs an edit, `info` is advice. */
export type LintSeverity = 'error' | 'warning' | 'info';

/** The severities, least to most severe. */
export const lintSeverities: readonly LintSeverity[] = ['info', 'warning', 'error'];

/** A path into the article: keys and array indexes (`['body', 3, 'children', 0, 'value']`). */
export type LintPath = Array<string | number>;

/**
 * A change that fixes a finding, stated on the article (not on a file), so it
 * applies to Markdown and JSON sources alike: replace `find` with `replace` in
 * the string at `segments`, or remove the block at `segments`.
 */
export type LintFix =
  | {
      kind: 'replace';
      /** The string field (or `text` node's `value`) to edit. */
      segments: LintPath;
      /** Where `find` starts in that string. */
      offset: number;
      find: string;
      replace: string;
      description: string;
      safe: boolean;
    }
  | { kind: 'remove'; segments: LintPath; description: string; safe: boolean };

/** One thing the content lint found. */
export interface LintFinding {
  /** The rule's id, e.g. `sensory-language`. */
  ruleId: string;
  severity: LintSeverity;
  /** What is wrong here, naming the words. */
  message: string;
  /** The part of the article, e.g. `body[3]` or `lead.alt`. */
  path: string;
  /** `path` as keys and indexes. */
  segments: LintPath;
  /** The flagged words, as the reader gets them. */
  text?: string;
  /** Where the words are in the article's file (with `locations`, and exact with `source`). */
  location?: { line: number; column: number; endLine: number; endColumn: number };
  /** How to fix it, in general terms. */
  help: string;
  /** The rule's documentation. */
  helpUrl: string;
  /** WCAG success criteria the rule serves, e.g. `1.3.3`. */
  wcag: string[];
  /** A change that fixes it; `safe` ones are applied by `presswork lint --fix`. */
  fix?: LintFix;
}

/** What a rule reports: the finding without the rule's own fields, on a text unit and a range of its text. */
export interface LintReport {
  /** The unit the words are in (or give `segments`). */
  unit?: LintUnit;
  /** LintRange of the words in `unit.text`; the whole unit when left out. */
  start?: number;
  end?: number;
  /** The part of the article, when there is no unit (a block). */
  segments?: LintPath;
  message: string;
  /** Overrides the rule's severity for this finding (e.g. `info` inside a quotation). */
  severity?: LintSeverity;
  fix?: LintFix;
}

/** What a rule sees: the article, its text as units, the article's language, and where to report. */
export interface LintContext {
  article: Article;
  /** Every run of text in reading order: headline, dek, body blocks, captions, alt texts… */
  units: readonly LintUnit[];
  /** The article's language tag, lower case (`en-us`), and its primary subtag (`en`). */
  language: string;
  primaryLanguage: string;
  /** The rule's options (from `rules: { id: [severity, options] }`). */
  options: Readonly<Record<string, unknown>>;
  report(report: LintReport): void;
}

/** A lint rule: built in, or a site's own (see `retextRule` for rules written as retext plugins). */
export interface LintRule {
  /** Unique id; a site's rules should be prefixed (`acme/house-style`). */
  id: string;
  /** Severity unless configured. */
  severity: LintSeverity;
  /** One sentence: what the rule finds. */
  description: string;
  /** How to fix what it finds. */
  help: string;
  /** Its documentation; default docs/lint.md#<id>. */
  helpUrl?: string;
  /** WCAG success criteria it serves. */
  wcag?: string[];
  /** Primary language subtags it understands (`['en']`); all when left out. */
  languages?: string[];
  check(context: LintContext): void;
}

/** A rule's setting: off, a severity, or a severity with options. */
export type LintRuleSetting = 'off' | LintSeverity | [LintSeverity | 'off', Record<string, unknown>];

/** Options of {@link lintArticle}. */
export interface LintOptions {
  /** Turn rules off, change their severity or give them options: `{ 'link-text': 'off', readability: ['info', { grade: 10 }] }`. */
  rules?: Readonly<Record<string, LintRuleSetting>>;
  /** The site's own rules, run after the built-in ones. */
  custom?: readonly LintRule[];
  /** Extension types (`createPresswork` passes them): their `lint` fields are judged too. */
  extensions?: Extensions | undefined;
  /** Where each part is written in the source file (`LoadResult.locations`): findings get a `location`. */
  locations?: Readonly<Record<string, SourceSpan>>;
  /** The source file's text: with `locations`, a finding's location is the flagged words, not the whole block. */
  source?: string;
}
