import type { Extensions } from '../../extend/registry.js';
import { extensionHandlers } from '../shared/extension-handlers.js';
import { omittedBlock } from './fallback.js';
import type { BlockHandlers, HandlerResult, InlineHandlers } from './options.js';
import type { HtmlState } from './state.js';
import type { Block, Inline } from '../../model/types.js';

type AnyBlockHandler = (state: HtmlState, node: Block, parent?: Block) => HandlerResult;
type AnyInlineHandler = (state: HtmlState, node: Inline) => HandlerResult;

/**
 * The handler maps of a format with the registered extensions' handlers
 * added: made once per registry, so every render reuses the same objects.
 */
export function hastExtensionHandlers(
  extensions: Extensions | undefined,
  format: 'html' | 'amp',
  defaults: { blocks: BlockHandlers; inlines: InlineHandlers },
): { blocks: BlockHandlers; inlines: InlineHandlers } {
  return (
    extensionHandlers(extensions, format, (registry) => {
      const blocks: Record<string, AnyBlockHandler> = {};
      const inlines: Record<string, AnyInlineHandler> = {};
      for (const [type, extension] of registry.blocks) {
        const html = extension.html as AnyBlockHandler;
        if (format === 'html') blocks[type] = html;
        else if (extension.amp === 'omit-with-fallback') blocks[type] = (state, node, parent) => omittedBlock(state, node, extension.label, html(state, node, parent));
        else blocks[type] = extension.amp;
      }
      for (const [type, extension] of registry.inlines) inlines[type] = format === 'html' ? extension.html : extension.amp;
      return { blocks: { ...defaults.blocks, ...(blocks as Partial<BlockHandlers>) }, inlines: { ...defaults.inlines, ...(inlines as Partial<InlineHandlers>) } };
    }) ?? defaults
  );
}
