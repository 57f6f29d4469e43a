import type { ElementContent } from 'hast';
import { h } from '../h.js';
import type { Inline } from '../../../model/types.js';
import type { BlockHandler } from '../options.js';

/** Links inside a hidden pull quote would be focusable but unannounced, so they become text, at any depth. */
function withoutLinks(nodes: readonly Inline[]): Inline[] {
  return nodes.flatMap((node): Inline[] => {
    if (node.type === 'link') return withoutLinks(node.children);
    return 'children' in node ? [{ ...node, children: withoutLinks(node.children) }] : [node];
  });
}

/**
 * A pull quote repeats words already in the body, so it is hidden from
 * assistive technology (which would otherwise read them twice).
 */
export const pullquote: BlockHandler<'pullquote'> = (state, node) => {
  const children: ElementContent[] = [h('p', { className: ['pw-pullquote-text'] }, state.inline(withoutLinks(node.children)))];
  if (node.attribution?.length) children.push(h('p', { className: ['pw-pullquote-attribution'] }, ['— ', ...state.inline(withoutLinks(node.attribution))]));
  return h('aside', { className: ['pw-pullquote'], ariaHidden: 'true' }, children);
};
