import type { AxeResults, NodeResult, Result, RunOptions } from 'axe-core';
import { wcagCriteria, type A11yResult } from './report.js';

import { tagsFor } from './rule-selection.js';

/** WCAG 2.0/2.1/2.2 A and AA, plus axe's best practices: level `AA` with best practice. */
export const defaultTags = tagsFor('AA', true);

/**
 * Rules that need layout (rendered boxes, colours, scrolling), which jsdom
 * does not compute. In jsdom they are turned off and reported as
 * `notEvaluated`, never as passed; the chromium engine runs them.
 */
export const layoutRules = ['color-contrast', 'color-contrast-enhanced', 'link-in-text-block', 'target-size', 'scrollable-region-focusable', 'avoid-inline-spacing', 'css-orientation-lock'];

/**
 * Layout rules whose result can change with the viewport width even without
 * media queries (text reflows, boxes wrap and overflow): the chromium engine
 * runs them again at its second viewport.
 */
export const reflowRules = ['color-contrast', 'color-contrast-enhanced', 'link-in-text-block', 'target-size', 'scrollable-region-focusable'];

/** The default bound on waiting for media metadata and style sheets, in ms. */
export const defaultLoadTimeout = 1000;

/**
 * axe run options for exactly the rules in `ruleIds`. Frames are checked
 * (each engine loads axe into them); only style sheets are preloaded by
 * axe, with a bound: the engines wait for media themselves.
 */
export function runOptions(ruleIds: readonly string[], loadTimeout = defaultLoadTimeout): RunOptions {
  return {
    runOnly: { type: 'rule', values: [...ruleIds] },
    resultTypes: ['violations', 'incomplete'],
    iframes: true,
    elementRef: false,
    preload: { assets: ['cssom'], timeout: Math.max(1, loadTimeout) },
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
    nodes: result.nodes.map((node: NodeResult & { screenshot?: string }) => ({
      target: node.target.map(String),
      html: node.html,
      ...(node.failureSummary && { failureSummary: node.failureSummary }),
      // The Chromium engine adds a screenshot to a violation's node when asked to.
      ...(node.screenshot !== undefined && { screenshot: node.screenshot }),
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
