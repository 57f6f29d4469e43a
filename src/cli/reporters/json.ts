import type { Reporter } from './context.js';

/** The full results as JSON, for other tools. */
export const json: Reporter = (results, context) => `${JSON.stringify({ tool: 'presswork', version: context.version, summary: context.summary, results }, null, 2)}\n`;
