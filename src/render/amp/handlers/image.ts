import { h } from '../../hast/h.js';
import { longDescription } from '../../hast/handlers/image.js';
import { mediaCaption } from '../../hast/handlers/media-caption.js';
import type { BlockHandler } from '../../hast/options.js';

/** `amp-img` with alt text (empty only when decorative), size and a responsive layout. */
export const image: BlockHandler<'image'> = (state, node) => {
  const img = h('amp-img', {
    src: state.url(node.src),
    srcSet: node.srcset?.map((entry) => `${state.url(entry.src)} ${entry.width}w`).join(', '),
    alt: node.decorative ? '' : node.alt,
    width: node.width,
    height: node.height,
    layout: 'responsive',
  });
  return h('figure', { className: ['pw-image'] }, [img, ...longDescription(state, node), ...mediaCaption(state, node)]);
};
