import type { AxeResults, Result, RunOptions } from 'axe-core';
import { wcagCriteria, type A11yResult } from './report.js';

/** WCAG 2.0/2.1/2.2 A and AA, plus axe's best practices. */
export const defaultTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/**
 * Rules that need layout (rendered boxes, colours, scrolling), which jsdom
 * does not compute. In jsdom they are turned off and reported as
 * `notEvaluated`, never as passed; the chromium engine runs them.
 */
export const layoutRules = ['color-contrast', 'link-in-text-block', 'target-size', 'scrollable-region-focusable', 'avoid-inline-spacing', 'css-orientation-lock'];

/** axe run options for the given tags, with some rules switched off. */
export function runOptions(tags: readonly string[], disabled: readonly string[], rules: Record<string, { enabled: boolean }> = {}): RunOptions {
  return {
    runOnly: { type: 'tag', values: [...tags] },
    rules: { ...Object.fromEntries(disabled.map((id) => [id, { enabled: false }])), ...rules },
    resultTypes: ['violations', 'incomplete'],
    // Reports are about the document, not the checker: no iframes to descend into in jsdom.
    iframes: false,
    elementRef: false,
  };
}

/** axe results in presswork's report shape. */
export function fromAxe(result: Result): A11yResult {
  return {
    id: result.id,
    source: 'axe',
    impact: result.impact ?? null,
    description: result.description,
    help: result.help,
    helpUrl: result.helpUrl,
    wcag: wcagCriteria(result.tags),
    tags: result.tags,
    nodes: result.nodes.map((node) => ({
      target: node.target.map(String),
      html: node.html,
      ...(node.failureSummary && { failureSummary: node.failureSummary }),
    })),
  };
}

export function splitResults(results: AxeResults): { violations: A11yResult[]; incomplete: A11yResult[]; passes: string[] } {
  return {
    violations: results.violations.map(fromAxe),
    incomplete: results.incomplete.map(fromAxe),
    passes: results.passes.map((result) => result.id),
  };
}
