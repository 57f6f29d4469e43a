import type { Root } from 'hast';
import { unified } from 'unified';
import type { HtmlOptions } from './options.js';

/** Run the caller's rehype plugins synchronously on the tree. */
export function applyPlugins(tree: Root, options: HtmlOptions): Root {
  if (!options.rehypePlugins?.length) return tree;
  return unified().use(options.rehypePlugins).runSync(tree) as Root;
}
