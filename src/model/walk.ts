import type { Article, Block, ImageBlock, LeadMedia } from './types.js';

/** A block of an article with its path, e.g. `['body', 2, 'items', 0, 1]`. */
export interface PlacedBlock {
  block: Block | LeadMedia;
  segments: Array<string | number>;
}

/**
 * Every block of an article in reading order with its path: the lead media,
 * then the body, descending into lists, quotes and fact boxes. A gallery's
 * images are not blocks: `placedImages` lists them.
 */
export function placedBlocks(article: Article): PlacedBlock[] {
  const out: PlacedBlock[] = [];
  if (article.lead) out.push({ block: article.lead, segments: ['lead'] });
  const walk = (blocks: readonly Block[], path: Array<string | number>) =>
    blocks.forEach((block, index) => {
      const at = [...path, index];
      out.push({ block, segments: at });
      if (block.type === 'list') block.items.forEach((item, i) => walk(item, [...at, 'items', i]));
      else if (block.type === 'blockquote' || block.type === 'factbox') walk(block.children, [...at, 'children']);
    });
  walk(article.body, ['body']);
  return out;
}

/** An image of an article with its path, and the gallery's path when it is in one. */
export interface PlacedImage {
  image: ImageBlock;
  segments: Array<string | number>;
  gallery?: Array<string | number>;
}

/** Every image with its path: lead, body, galleries, lists, quotes and fact boxes. */
export function placedImages(article: Article): PlacedImage[] {
  const out: PlacedImage[] = [];
  for (const { block, segments } of placedBlocks(article)) {
    if (block.type === 'image') out.push({ image: block, segments });
    else if (block.type === 'gallery') block.images.forEach((image, i) => out.push({ image, segments: [...segments, 'images', i], gallery: segments }));
  }
  return out;
}
