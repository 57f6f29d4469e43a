import type { Reporter } from './context.js';
import { json } from './json.js';
import { junit } from './junit.js';
import { pretty } from './pretty.js';
import { sarif } from './sarif.js';

/** The reporters `--reporter` accepts. */
export const reporters: Record<'pretty' | 'json' | 'junit' | 'sarif', Reporter> = { pretty, json, junit, sarif };

/** Reporters loaded when used (the HTML report builds a tree with hast, which a cached run never loads). */
export const lazyReporters: Record<'html', () => Promise<Reporter>> = { html: async () => (await import('./html-report.js')).htmlReport };

/** Every `--reporter` name. */
export type ReporterName = keyof typeof reporters | keyof typeof lazyReporters;
export const reporterNames = [...Object.keys(reporters), ...Object.keys(lazyReporters)] as ReporterName[];

/** The reporter of a name, loading it when it is a lazy one. */
export async function reporterOf(name: ReporterName): Promise<Reporter> {
  return name === 'html' ? lazyReporters.html() : reporters[name];
}
export type { Reporter, ReporterContext } from './context.js';
export { summaryLine } from './pretty.js';
