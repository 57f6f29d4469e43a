import type { ReactElement, ReactNode } from 'react';
import * as react from 'react/jsx-runtime';
import * as preact from 'preact/jsx-runtime';
import type { VNode as PreactVNode } from 'preact';
import type { VNode as VueVNode } from 'vue';
import { describe, expectTypeOf, it } from 'vitest';
import type { Article, ImageBlock, VideoBlock, Block } from '../../src/index.js';
import { toJsx, type BlockComponentProps } from '../../src/jsx/index.js';
import type { ArticleProps } from '../../src/react/index.js';
import { vueRuntime } from '../../src/vue/index.js';
import type { PollBlock } from '../../examples/acme-extensions/src/index.js';

const article = {} as Article;

describe('toJsx types', () => {
  it('returns the element type of the runtime it is given', () => {
    expectTypeOf(toJsx(article, { ...react })).toEqualTypeOf<ReactElement>();
    expectTypeOf(toJsx(article, { ...preact, elementAttributeNameCase: 'html' })).toExtend<PreactVNode>();
    expectTypeOf(toJsx(article, { ...vueRuntime, elementAttributeNameCase: 'html' })).toEqualTypeOf<VueVNode>();
  });

  it('gives a block component the block of its type, extension types included', () => {
    expectTypeOf<BlockComponentProps<'image'>['block']>().toEqualTypeOf<ImageBlock>();
    expectTypeOf<BlockComponentProps<'video'>['block']>().toEqualTypeOf<VideoBlock>();
    expectTypeOf<BlockComponentProps<'acme:poll'>['block']>().toEqualTypeOf<PollBlock>();
    expectTypeOf<BlockComponentProps<'image'>['parent']>().toEqualTypeOf<Block | undefined>();
    expectTypeOf<BlockComponentProps<'image'>['lead']>().toEqualTypeOf<boolean>();
  });

  it('accepts React components typed for their block, and children React can render', () => {
    const Image = ({ block, children }: BlockComponentProps<'image', ReactNode>): ReactNode => (block.alt ? children : null);
    expectTypeOf(Image).toExtend<NonNullable<NonNullable<ArticleProps['blocks']>['image']>>();
    toJsx(article, { ...react, blocks: { image: Image } });
  });

  it('refuses a component for another block type', () => {
    const Video = ({ block }: BlockComponentProps<'video', ReactNode>) => block.title;
    // @ts-expect-error a video component cannot render image blocks
    toJsx(article, { ...react, blocks: { image: Video } });
    // @ts-expect-error not a block type
    toJsx(article, { ...react, blocks: { picture: Video } });
  });
});
