import type { Element, ElementContent } from 'hast';
import type { PathSegments } from '../../model/path.js';

/**
 * Which part of the article each rendered element came from (`body[3]`,
 * `lead`, `headline`), filled in when a caller traces a render: the checker
 * uses it to point an accessibility problem at the source line. A side map,
 * never markup in the output.
 */
export type SourcePaths = Map<Element, PathSegments>;

/** Every object and array of the article by its path, for handlers that see only the node. */
export function objectPaths(article: object): WeakMap<object, PathSegments> {
  const paths = new WeakMap<object, PathSegments>();
  const walk = (value: unknown, path: Array<string | number>) => {
    if (value === null || typeof value !== 'object' || paths.has(value)) return;
    paths.set(value, path);
    if (Array.isArray(value)) value.forEach((item, index) => walk(item, [...path, index]));
    else for (const [key, item] of Object.entries(value)) walk(item, [...path, key]);
  };
  walk(article, []);
  return paths;
}

/** Note that the elements of a handler's result render `path` (the innermost note wins). */
export function noteSource(sources: SourcePaths, result: ElementContent | ElementContent[] | undefined, path: PathSegments | undefined): void {
  if (!path || result === undefined) return;
  for (const node of Array.isArray(result) ? result : [result]) {
    if (node.type === 'element' && !sources.has(node)) sources.set(node, path);
  }
}

/** `element`, noted as rendering `path` when the render is traced. */
export function from<T extends Element>(sources: SourcePaths | undefined, element: T, path: PathSegments): T {
  sources?.set(element, path);
  return element;
}
