import { access } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createExtensions, type Extensions, type ExtensionsConfig } from '../extend/registry.js';
import { UsageError } from './usage-error.js';

/** The config file names the CLI looks for in the working folder, in this order. */
export const configNames = ['presswork.config.js', 'presswork.config.mjs', 'presswork.config.ts', 'presswork.config.mts'];

/** The project's `presswork.config.*`, when there is one. */
export async function findExtensionsConfig(cwd: string): Promise<string | undefined> {
  for (const name of configNames) {
    const path = join(cwd, name);
    try {
      await access(path);
      return path;
    } catch {
      // not this one
    }
  }
  return undefined;
}

const loaded = new Map<string, Promise<Extensions>>();

/** Import a config module: JavaScript natively, TypeScript through jiti (loaded only then). */
async function importConfig(path: string): Promise<unknown> {
  if (extname(path) === '.ts' || extname(path) === '.mts') {
    const { createJiti } = await import('jiti');
    return createJiti(import.meta.url, { moduleCache: false }).import(path, { default: true });
  }
  const module = (await import(pathToFileURL(path).href)) as { default?: unknown };
  return module.default;
}

/**
 * The extension types of a `presswork.config.*` whose default export is
 * `createPresswork(...)` or its options (`{ blocks, inlines, unknown }`).
 * Loaded once per process (and per worker thread).
 */
export function loadExtensions(path: string): Promise<Extensions> {
  let extensions = loaded.get(path);
  if (!extensions) {
    extensions = importConfig(path)
      .then((value) => {
        const config = value as ({ extensions?: Extensions } & ExtensionsConfig) | undefined;
        if (!config || typeof config !== 'object') throw new Error('its default export must be `createPresswork({ blocks: [...] })` or `{ blocks: [...], inlines: [...] }`');
        return config.extensions ?? createExtensions(config);
      })
      .catch((error: unknown) => {
        throw new UsageError(`Could not load ${path}: ${error instanceof Error ? error.message : String(error)}`);
      });
    loaded.set(path, extensions);
  }
  return extensions;
}
