export type { OutputFormat } from '../render/render-format.js';
import type { OutputFormat } from '../render/render-format.js';
/** Where checks run: axe-core in jsdom, or in real Chromium. */
export type Engine = 'jsdom' | 'chromium';
/** axe-core's impact levels, least to most severe. */
export type Impact = 'minor' | 'moderate' | 'serious' | 'critical';
export const impacts: readonly Impact[] = ['minor', 'moderate', 'serious', 'critical'];

/** One element a rule flagged. */
export interface A11yNode {
  /** CSS selector path to the element (axe's `target`). */
  target: string[];
  /** The element's opening markup, or the offending line in text output. */
  html: string;
  /** What to fix, in axe's words. */
  failureSummary?: string;
  /** 1-based line in the output, for text rules. */
  line?: number;
  /** The part of the article the element renders, e.g. `body[3]` (`checkArticle` only). */
  path?: string;
  /** `path` as keys and indexes. */
  segments?: Array<string | number>;
  /** Where to fix it: the line and columns of that part in the article's file, or of the element in a checked page. */
  location?: { line: number; column: number; endLine: number; endColumn: number };
  /** A JPEG data URL of the page with the element outlined (the Chromium engine with `screenshots: true`). */
  screenshot?: string;
}

/** A rule that failed (or needs review), with every element it flagged. */
export interface A11yResult {
  /** Rule id: axe's (`image-alt`) or presswork's (`amp-img-alt`, `text-symbol-run`). */
  id: string;
  /** Which checker reported it. */
  source: 'axe' | 'amp' | 'text';
  impact: Impact | null;
  description: string;
  help: string;
  helpUrl: string;
  /** WCAG success criteria, e.g. `1.1.1`. */
  wcag: string[];
  tags: string[];
  nodes: A11yNode[];
}

/** The accessibility report of one output. */
export interface A11yReport {
  format: OutputFormat;
  engine: Engine;
  /** Failed rules. */
  violations: A11yResult[];
  /** Rules axe could not decide: a person must review these. */
  incomplete: A11yResult[];
  /** Rules the engine cannot judge (layout in jsdom): neither passed nor failed. */
  notEvaluated: string[];
  /** Rules that ran and passed. */
  passes: string[];
  counts: { violations: number; violationNodes: number; incomplete: number; passes: number; notEvaluated: number };
}

/** `wcag111` → `1.1.1`, `wcag1412` → `1.4.12`. */
export function wcagCriteria(tags: readonly string[]): string[] {
  const out: string[] = [];
  for (const tag of tags) {
    const match = /^wcag(\d)(\d)(\d{1,2})$/.exec(tag);
    if (match) out.push(`${match[1]}.${match[2]}.${match[3]}`);
  }
  return out;
}

/** Assemble a report and its counts. */
export function createReport(format: OutputFormat, engine: Engine, parts: Pick<A11yReport, 'violations' | 'incomplete' | 'notEvaluated' | 'passes'>): A11yReport {
  return {
    format,
    engine,
    ...parts,
    counts: {
      violations: parts.violations.length,
      violationNodes: parts.violations.reduce((sum, result) => sum + result.nodes.length, 0),
      incomplete: parts.incomplete.length,
      passes: parts.passes.length,
      notEvaluated: parts.notEvaluated.length,
    },
  };
}

/** @internal Every element a report flags, violations and those needing review: what gets a source location. */
export function flaggedNodes(report: A11yReport): A11yNode[] {
  return [...report.violations, ...report.incomplete].flatMap((result) => result.nodes);
}

/** Whether a report has a violation at or above `level`. */
export function hasViolationsAtLeast(report: A11yReport, level: Impact): boolean {
  const threshold = impacts.indexOf(level);
  return report.violations.some((violation) => impacts.indexOf(violation.impact ?? 'critical') >= threshold);
}
