import { describe, expect, it } from 'vitest';
import { placedBlocks, placedImages } from '../../src/model/walk.js';
import { articleWith, sampleBlocks, validImage } from '../helpers/articles.js';

const paragraph = (value: string) => ({ type: 'paragraph', children: [{ type: 'text', value }] });

describe('walking an article', () => {
  const article = articleWith(
    [
      paragraph('First.'),
      { type: 'list', ordered: false, items: [[paragraph('Item one.')], [paragraph('Item two.'), { ...validImage(), alt: 'In a list' }]] },
      { type: 'blockquote', children: [paragraph('Quoted.')] },
      { type: 'factbox', title: 'Facts', children: [{ ...validImage(), alt: 'In a fact box' }] },
      sampleBlocks.gallery,
    ],
    { lead: { ...validImage(), alt: 'Lead' } },
  );

  it('lists every block in reading order with its path: lead, body, and inside lists, quotes and fact boxes', () => {
    expect(placedBlocks(article).map(({ block, segments }) => `${segments.join('.')} ${block.type}`)).toEqual([
      'lead image',
      'body.0 paragraph',
      'body.1 list',
      'body.1.items.0.0 paragraph',
      'body.1.items.1.0 paragraph',
      'body.1.items.1.1 image',
      'body.2 blockquote',
      'body.2.children.0 paragraph',
      'body.3 factbox',
      'body.3.children.0 image',
      'body.4 gallery',
    ]);
  });

  it('lists every image, a gallery’s with the gallery’s path', () => {
    expect(placedImages(article).map(({ image, segments, gallery }) => [image.alt, segments.join('.'), gallery?.join('.')])).toEqual([
      ['Lead', 'lead', undefined],
      ['In a list', 'body.1.items.1.1', undefined],
      ['In a fact box', 'body.3.children.0', undefined],
      ['A kingfisher', 'body.4.images.0', 'body.4'],
      ['', 'body.4.images.1', 'body.4'],
    ]);
  });

  it('has no lead entry for an article without lead media', () => {
    expect(placedBlocks(articleWith([paragraph('Only.')])).map(({ segments }) => segments.join('.'))).toEqual(['body.0']);
  });
});
