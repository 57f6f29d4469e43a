import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { h as preactH } from 'preact';
import * as preactRuntime from 'preact/jsx-runtime';
import { render as preactRender } from 'preact-render-to-string';
import { createComponent } from 'solid-js';
import { ssrElement, renderToString as solidRender } from 'solid-js/web';
import { createSSRApp, defineComponent, h as vueH } from 'vue';
import { renderToString as vueRender } from 'vue/server-renderer';
import { describe, expect, it, vi } from 'vitest';
import { renderHtml } from '../../src/index.js';
import { toJsx, type BlockComponentProps } from '../../src/jsx/index.js';
import { Article } from '../../src/react/index.js';
import { Article as SolidArticle } from '../../src/solid/index.js';
import { Article as VueArticle, vueRuntime } from '../../src/vue/index.js';
import { articleWith, sampleBlocks, validImage } from '../helpers/articles.js';
import { normalize } from '../helpers/frameworks.js';
import { elementsOf } from '../helpers/html.js';

const paragraph = (value: string) => ({ type: 'paragraph', children: [{ type: 'text', value }] });
const article = articleWith(
  [
    paragraph('Before the images.'),
    { ...validImage(), src: 'https://media.example.com/body.jpg', alt: 'In the body', caption: [{ type: 'text', value: 'A caption.' }] },
    { type: 'factbox', title: 'Facts', children: [{ ...validImage(), src: 'https://media.example.com/boxed.jpg', alt: 'In a fact box' }] },
    sampleBlocks.video,
    { type: 'paragraph', children: [{ type: 'link', url: 'https://example.com/more', children: [{ type: 'text', value: 'more' }] }] },
  ],
  { lead: { ...validImage(), src: 'https://media.example.com/lead.jpg', alt: 'The lead' } },
);

/** A site's own image: its CDN's srcset, eager above the fold, presswork's caption kept out. */
function CdnImage({ block, lead, parent }: BlockComponentProps<'image', ReactNode>) {
  const url = (width: number) => `https://cdn.example.com/${width}/${encodeURIComponent(block.src)}`;
  return (
    <img
      className="site-image"
      src={url(800)}
      srcSet={`${url(400)} 400w, ${url(800)} 800w`}
      alt={block.alt}
      width={block.width}
      height={block.height}
      loading={lead ? 'eager' : 'lazy'}
      data-inside={parent?.type}
    />
  );
}

describe('block components', () => {
  it('puts the component in place of each block of its type, with the block, its parent and whether it is the lead', () => {
    const html = renderToStaticMarkup(<Article article={article} blocks={{ image: CdnImage }} />);
    const images = elementsOf(html).filter((element) => element.tagName === 'img');
    expect(images.map(({ properties }) => [properties.alt, properties.src, properties.loading, properties.dataInside])).toEqual([
      ['The lead', `https://cdn.example.com/800/${encodeURIComponent('https://media.example.com/lead.jpg')}`, 'eager', undefined],
      ['In the body', `https://cdn.example.com/800/${encodeURIComponent('https://media.example.com/body.jpg')}`, 'lazy', undefined],
      ['In a fact box', `https://cdn.example.com/800/${encodeURIComponent('https://media.example.com/boxed.jpg')}`, 'lazy', 'factbox'],
    ]);
    expect(images.every(({ properties }) => (properties.className as string[]).includes('site-image'))).toBe(true);
    // Everything else is presswork's: the figure and caption are gone with the default rendering, the rest stays.
    expect(html).not.toContain('A caption.');
    expect(html).toContain('<h2 class="pw-factbox-title"');
    expect(html).toContain('Before the images.');
  });

  it('passes presswork’s rendering as children, so a component can wrap it', () => {
    const Framed = ({ children, block }: BlockComponentProps<'video', ReactNode>) => (
      <div className="site-player" data-src={block.sources?.[0]?.src}>
        {children}
      </div>
    );
    const html = renderToStaticMarkup(<Article article={article} blocks={{ video: Framed }} />);
    const figure = /<figure class="pw-video">.*?<\/figure>/s;
    const video = normalize('presswork', renderHtml(articleWith([sampleBlocks.video]), { fragment: true })).match(figure)![0];
    expect(normalize('react', html)).toContain(`<div class="site-player" data-src="https://media.example.com/flood.mp4">${video}</div>`);
  });

  it('renders nothing of a block whose component returns nothing', () => {
    const html = renderToStaticMarkup(<Article article={article} blocks={{ factbox: () => null }} />);
    expect(html).not.toContain('Facts');
    expect(html).toContain('In the body');
  });

  it('puts element components in place of elements, by tag name', () => {
    const Link = ({ href, children }: { href?: string; children?: ReactNode }) => (
      <a href={href} data-router="site">
        {children}
      </a>
    );
    const html = renderToStaticMarkup(<Article article={article} components={{ a: Link }} />);
    expect(html).toContain('<a href="https://example.com/more" data-router="site">more</a>');
  });
});

describe('components in the other frameworks', () => {
  const src = (html: string) =>
    elementsOf(html)
      .filter((element) => element.tagName === 'img')
      .map(({ properties }) => properties.src);
  const expected = ['cdn:https://media.example.com/lead.jpg', 'cdn:https://media.example.com/body.jpg', 'cdn:https://media.example.com/boxed.jpg'];

  it('Preact: a function component gets the block as props', () => {
    const Image = ({ block }: BlockComponentProps<'image'>) => preactH('img', { src: `cdn:${block.src}`, alt: block.alt });
    expect(src(preactRender(toJsx(article, { ...preactRuntime, elementAttributeNameCase: 'html', blocks: { image: Image } }) as preactRuntime.JSX.Element))).toEqual(expected);
  });

  it('Vue: a component gets the block as a prop and presswork’s rendering as its default slot', async () => {
    const Image = defineComponent({
      props: { block: { type: Object, required: true }, lead: Boolean, parent: Object },
      setup:
        (props, { slots }) =>
        () =>
          vueH('div', { class: 'site-image' }, [vueH('img', { src: `cdn:${(props.block as { src: string }).src}`, alt: '' }), slots.default?.()]),
    });
    const warn = vi.spyOn(console, 'warn');
    const html = await vueRender(toJsx(article, { ...vueRuntime, elementAttributeNameCase: 'html', blocks: { image: Image } }));
    expect(src(html)).toEqual(expected.flatMap((cdn) => [cdn, cdn.slice(4)]));
    // Children arrive as a slot function, as Vue wants them (its own jsx-runtime warns here).
    expect(warn).not.toHaveBeenCalled();
    warn.mockRestore();
  });

  it('Vue: <Article> needs no options', async () => {
    const html = await vueRender(createSSRApp({ render: () => vueH(VueArticle, { article }) }));
    expect(src(html)).toEqual(['https://media.example.com/lead.jpg', 'https://media.example.com/body.jpg', 'https://media.example.com/boxed.jpg']);
  });

  it('Solid: a component gets the block as props, on the server', () => {
    const Image = (props: BlockComponentProps<'image'>) => ssrElement('img', { src: `cdn:${props.block.src}`, alt: props.block.alt }, undefined, false);
    expect(src(solidRender(() => createComponent(SolidArticle, { article, blocks: { image: Image } })))).toEqual(expected);
  });
});
