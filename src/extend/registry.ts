import type { ModelExtensions, UnknownTypePolicy } from '../model/extensions.js';
import { ExtensionDefinitionError, type BlockExtension, type InlineExtension } from './define.js';

/** What `createPresswork` takes: the extension types and what to do with unknown ones. */
export interface ExtensionsConfig {
  /** Block types, from `defineBlock`. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- any block extension, whatever its node type
  blocks?: ReadonlyArray<BlockExtension<any, any>>;
  /** Inline types, from `defineInline`. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- any inline extension, whatever its node type
  inlines?: ReadonlyArray<InlineExtension<any, any>>;
  /**
   * A namespaced type no extension registers: `'error'` (default) makes the
   * article invalid; `'warn'` keeps it with a notice and renders its words and
   * links as fallback text in every output. Never a silent drop.
   */
  unknown?: UnknownTypePolicy;
}

/** The registered extension types, as every reader and renderer takes them (`options.extensions`). */
export interface Extensions extends ModelExtensions {
  readonly blocks: ReadonlyMap<string, BlockExtension>;
  readonly inlines: ReadonlyMap<string, InlineExtension>;
}

/**
 * Check and index extension definitions.
 *
 * @throws {ExtensionDefinitionError} for a type registered twice or an object not made by `defineBlock`/`defineInline`.
 */
export function createExtensions(config: ExtensionsConfig = {}): Extensions {
  const blocks = new Map<string, BlockExtension>();
  const inlines = new Map<string, InlineExtension>();
  const types = new Map<string, BlockExtension | InlineExtension>();
  const add = (extension: BlockExtension | InlineExtension | undefined, kind: 'block' | 'inline') => {
    if (extension?.kind !== kind) throw new ExtensionDefinitionError(`createPresswork: every entry of \`${kind}s\` must come from \`define${kind === 'block' ? 'Block' : 'Inline'}\``);
    if (types.has(extension.type)) throw new ExtensionDefinitionError(`createPresswork: \`${extension.type}\` is registered twice`);
    types.set(extension.type, extension);
    if (extension.kind === 'block') blocks.set(extension.type, extension);
    else inlines.set(extension.type, extension);
  };
  for (const extension of config.blocks ?? []) add(extension, 'block');
  for (const extension of config.inlines ?? []) add(extension, 'inline');
  // Checked at run time too: JavaScript configs are not type-checked.
  const unknown: unknown = config.unknown ?? 'error';
  if (unknown !== 'error' && unknown !== 'warn') throw new ExtensionDefinitionError(`createPresswork: \`unknown\` must be 'error' or 'warn'; received ${JSON.stringify(unknown)}`);
  return Object.freeze({ blocks, inlines, types, unknown });
}
