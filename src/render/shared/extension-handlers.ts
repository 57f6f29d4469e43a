import type { Extensions } from '../../extend/registry.js';

/** Handler maps built from a registry once (renders reuse them). */
const cache = new WeakMap<Extensions, Map<string, object>>();

/**
 * The handlers one format takes from the registered extensions, made once
 * per registry and format. `build` turns one registry into the map.
 */
export function extensionHandlers<T extends object>(extensions: Extensions | undefined, key: string, build: (extensions: Extensions) => T): T | undefined {
  if (!extensions || (extensions.blocks.size === 0 && extensions.inlines.size === 0)) return undefined;
  let formats = cache.get(extensions);
  if (!formats) cache.set(extensions, (formats = new Map<string, object>()));
  let handlers = formats.get(key) as T | undefined;
  if (!handlers) formats.set(key, (handlers = build(extensions)));
  return handlers;
}
