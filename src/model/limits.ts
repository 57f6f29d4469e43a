import { createIssue, type ArticleIssue } from './errors.js';

/**
 * Documented limits, enforced before schema validation so hostile input gets
 * a clear error instead of a stack overflow.
 */
export const limits = {
  /** Deepest nesting of JSON objects and arrays in an article (about 20 nested lists). */
  maxDepth: 64,
  /** Most blocks, inline nodes and other values in one article. */
  maxNodes: 1_000_000,
} as const;

/** Check depth and size of raw input without recursion; `undefined` when within limits. */
export function checkLimits(input: unknown): ArticleIssue | undefined {
  const stack: Array<{ value: unknown; path: Array<string | number> }> = [{ value: input, path: [] }];
  let nodes = 0;
  while (stack.length > 0) {
    const { value, path } = stack.pop()!;
    if (value === null || typeof value !== 'object') continue;
    if (path.length > limits.maxDepth) {
      return createIssue(path, 'too_deep', `Nested more than ${limits.maxDepth} levels deep; flatten the content`);
    }
    if (++nodes > limits.maxNodes) {
      return createIssue(path, 'too_big', `More than ${limits.maxNodes} nodes in one article; split it`);
    }
    // Array.from visits holes of sparse arrays too (as undefined), which map() would skip.
    const entries = Array.isArray(value) ? Array.from(value, (item, index) => [index, item] as const) : Object.entries(value);
    for (const [key, item] of entries) stack.push({ value: item, path: [...path, key] });
  }
  return undefined;
}
