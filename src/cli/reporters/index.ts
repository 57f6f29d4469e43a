import type { Reporter } from './context.js';
import { json } from './json.js';
import { junit } from './junit.js';
import { pretty } from './pretty.js';
import { sarif } from './sarif.js';

/** The reporters `--reporter` accepts. */
export const reporters: Record<'pretty' | 'json' | 'junit' | 'sarif', Reporter> = { pretty, json, junit, sarif };
export type { Reporter, ReporterContext } from './context.js';
export { summaryLine } from './pretty.js';
