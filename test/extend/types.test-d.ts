import { describe, expectTypeOf, it } from 'vitest';
import type { Article, Block, BlockOf, HtmlOptions, Inline, TextHandlers } from '../../src/index.js';
// The example package adds its types to `CustomBlocks` and `CustomInlines` by declaration merging.
import type { MapBlock, PollBlock, TickerInline } from '../../examples/acme-extensions/src/index.js';

describe('extension types by declaration merging', () => {
  it('should grow the Block union, so `switch (block.type)` narrows extension blocks too', () => {
    const block = {} as Block;
    switch (block.type) {
      case 'acme:poll':
        expectTypeOf(block).toEqualTypeOf<PollBlock>();
        expectTypeOf(block.options[0]!.label).toEqualTypeOf<string>();
        break;
      case 'acme:map':
        expectTypeOf(block.image.width).toEqualTypeOf<number>();
        break;
      case 'image':
        expectTypeOf(block.alt).toEqualTypeOf<string>();
        break;
      default:
        break;
    }
    expectTypeOf<BlockOf<'acme:map'>>().toEqualTypeOf<MapBlock>();
  });

  it('should hold extension blocks inside lists, quotes and fact boxes, and in the body', () => {
    expectTypeOf<BlockOf<'list'>['items'][number][number]>().toEqualTypeOf<Block>();
    expectTypeOf<BlockOf<'factbox'>['children'][number]>().toEqualTypeOf<Block>();
    expectTypeOf<Article['body'][number]>().toEqualTypeOf<Block>();
    expectTypeOf<PollBlock>().toExtend<Block>();
  });

  it('should grow the Inline union, in every inline field', () => {
    expectTypeOf<TickerInline>().toExtend<Inline>();
    expectTypeOf<BlockOf<'paragraph'>['children'][number]>().toEqualTypeOf<Inline>();
    expectTypeOf<NonNullable<BlockOf<'image'>['caption']>[number]>().toEqualTypeOf<Inline>();
  });

  it('should let handler overrides be given for extension types, typed by their node', () => {
    expectTypeOf<NonNullable<NonNullable<HtmlOptions['handlers']>['acme:poll']>>().parameter(1).toEqualTypeOf<PollBlock>();
    expectTypeOf<NonNullable<TextHandlers['acme:map']>>().parameter(1).toEqualTypeOf<MapBlock>();
  });
});
