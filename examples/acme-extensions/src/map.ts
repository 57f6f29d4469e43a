import { defineBlock, h } from 'presswork';
import * as z from 'zod';

/** A map: a static picture of it for every format, and a link to the interactive one. */
export const mapSchema = z.strictObject({
  /** What the map shows; the picture's alt text. */
  title: z.string().trim().min(1),
  /** The static map picture. */
  image: z.strictObject({ src: z.url({ protocol: /^https$/ }), width: z.number().int().positive(), height: z.number().int().positive() }),
  /** The interactive map. */
  url: z.url({ protocol: /^https$/ }),
  /** A caption under the map. */
  caption: z.string().trim().min(1).optional(),
});

/** The map block's TypeScript type. */
export type MapBlock = { type: 'acme:map' } & z.output<typeof mapSchema>;

const caption = (node: MapBlock) => h('figcaption', [node.caption ? `${node.caption} ` : '', h('a', { href: node.url }, 'Open the interactive map')]);

/** `acme:map`: a figure with the static map and a link; AMP gets the same figure with `amp-img`. */
export const map = defineBlock({
  type: 'acme:map',
  label: 'Map',
  schema: mapSchema,
  html: (_state, node) =>
    h('figure', { className: ['acme-map'] }, [
      h('img', { src: node.image.src, alt: node.title, width: node.image.width, height: node.image.height, loading: 'lazy', decoding: 'async' }),
      caption(node),
    ]),
  amp: (_state, node) =>
    h('figure', { className: ['acme-map'] }, [h('amp-img', { src: node.image.src, alt: node.title, width: node.image.width, height: node.image.height, layout: 'responsive' }), caption(node)]),
  text: (state, node) => [{ text: `Map: ${node.title}.${node.caption ? ` ${node.caption}` : ''} ${state.link('Interactive map', node.url)}` }],
  lint: (node) => [{ field: ['title'], kind: 'alt' }, ...(node.caption ? [{ field: ['caption'], kind: 'caption' as const }] : [])],
  markdown: ({ attributes, labelText }) => {
    const { src, width, height, ...rest } = attributes;
    return { ...rest, image: { src, width, height }, ...(labelText && { caption: labelText }) };
  },
});
