import { h } from '../h.js';
import type { BlockHandler } from '../options.js';

/** A figure of figures; each image keeps its own caption. */
export const gallery: BlockHandler<'gallery'> = (state, node) =>
  h('figure', { className: ['pw-gallery'] }, [
    ...(node.title ? [h('figcaption', { className: ['pw-gallery-title'] }, node.title)] : []),
    h('div', { className: ['pw-gallery-images'] }, state.all(node.images, node)),
  ]);
