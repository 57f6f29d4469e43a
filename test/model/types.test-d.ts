import { describe, expectTypeOf, it } from 'vitest';
import type { Article, Block, BlockOf, Inline, InlineOf, LeadMedia } from '../../src/index.js';

describe('inferred types', () => {
  it('should narrow blocks on `type`', () => {
    const block = {} as Block;
    if (block.type === 'image') {
      expectTypeOf(block.alt).toEqualTypeOf<string>();
      expectTypeOf(block.width).toEqualTypeOf<number>();
    }
    if (block.type === 'list') expectTypeOf(block.items).toEqualTypeOf<Block[][]>();
    if (block.type === 'video') expectTypeOf(block.youtubeId).toEqualTypeOf<string | undefined>();
    expectTypeOf<BlockOf<'table'>['rowHeaders']>().toEqualTypeOf<boolean | undefined>();
  });

  it('should narrow inline nodes on `type`', () => {
    const node = {} as Inline;
    if (node.type === 'link') {
      expectTypeOf(node.url).toEqualTypeOf<string>();
      expectTypeOf(node.children).toEqualTypeOf<Inline[]>();
    }
    expectTypeOf<InlineOf<'span'>['dir']>().toEqualTypeOf<'ltr' | 'rtl' | undefined>();
  });

  it('should type article fields from the schema', () => {
    expectTypeOf<Article['headline']>().toEqualTypeOf<string>();
    expectTypeOf<Article['lead']>().toEqualTypeOf<LeadMedia | undefined>();
    expectTypeOf<LeadMedia['type']>().toEqualTypeOf<'image' | 'video' | 'audio'>();
    expectTypeOf<Article['bylines'][number]['role']>().toEqualTypeOf<'author' | 'reporter' | 'photographer' | 'videographer' | 'editor' | 'contributor' | 'translator'>();
  });
});
