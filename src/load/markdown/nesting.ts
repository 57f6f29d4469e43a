import { limits } from '../../model/limits.js';

/** Quote and list markers at the start of a line: `> `, `- `, `* `, `+ `, `1. `, `1) `. */
const containerMarker = /^[ \t]*(?:>|[-*+](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$))/;
/** A run of emphasis delimiters long enough to only ever be an attack (or a rule line, allowed). */
const delimiterRun = new RegExp(`[*_]{${limits.maxDepth * 2 + 1},}`);
const thematicBreak = /^[ \t]*(?:[*_-][ \t]*)+$/;

/**
 * Where Markdown nests deeper than the model allows, found on the raw text
 * before parsing: micromark's time grows with the square of the nesting
 * (1,000 nested quotes, 2 KB, take a second), so such a file is refused
 * before it can stall a run. Counts quote and list markers at the start of a
 * line, leading indentation (a list level takes at least two columns) and emphasis delimiter runs.
 */
export function excessiveNesting(lines: readonly string[]): { line: number; column: number; message: string } | undefined {
  for (const [index, text] of lines.entries()) {
    let rest = text;
    let depth = 0;
    for (let match = containerMarker.exec(rest); match && depth <= limits.maxDepth; match = containerMarker.exec(rest)) {
      depth++;
      rest = rest.slice(match[0].length);
    }
    const indent = /^[ \t]*/.exec(text)![0].replace(/\t/g, '    ').length;
    if (depth > limits.maxDepth || indent > limits.maxDepth * 2) {
      return { line: index + 1, column: 1, message: `Quotes, lists or indentation nested more than ${limits.maxDepth} levels deep; flatten the content` };
    }
    const run = thematicBreak.test(text) ? undefined : delimiterRun.exec(text);
    if (run) return { line: index + 1, column: run.index + 1, message: `A run of ${run[0].length} \`${run[0][0]}\` nests emphasis more than ${limits.maxDepth} levels deep; write fewer` };
  }
  return undefined;
}
