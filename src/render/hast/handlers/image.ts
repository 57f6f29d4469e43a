import type { ElementContent } from 'hast';
import { h } from '../h.js';
import type { BlockOf } from '../../../model/types.js';
import type { BlockHandler } from '../options.js';
import type { HtmlState } from '../state.js';
import { mediaCaption } from './media-caption.js';

/** The long description of an image, in a disclosure after it. */
export function longDescription(state: HtmlState, node: BlockOf<'image'>): ElementContent[] {
  if (!node.longDescription?.length) return [];
  return [h('details', { className: ['pw-image-description'] }, [h('summary', [state.label('imageDescription')]), h('p', state.inline(node.longDescription))])];
}

/** `srcset` and `sizes` attributes, when the image has renditions. */
export function responsiveAttributes(state: HtmlState, node: BlockOf<'image'>): { srcSet?: string; sizes?: string } {
  if (!node.srcset) return {};
  return { srcSet: node.srcset.map((entry) => `${state.url(entry.src)} ${entry.width}w`).join(', '), sizes: `(min-width: 48rem) 48rem, 100vw` };
}

/** Width and height are always set so the page does not shift as images load. */
export const image: BlockHandler<'image'> = (state, node) => {
  const img = h('img', {
    src: state.url(node.src),
    alt: node.decorative ? '' : node.alt,
    width: node.width,
    height: node.height,
    ...responsiveAttributes(state, node),
    loading: state.lead ? undefined : 'lazy',
    fetchPriority: state.lead ? 'high' : undefined,
    decoding: 'async',
  });
  return h('figure', { className: ['pw-image'] }, [img, ...longDescription(state, node), ...mediaCaption(state, node)]);
};
