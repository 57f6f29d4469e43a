import type { Element, ElementContent } from 'hast';
import type { Components } from 'hast-util-to-jsx-runtime';
import type { Article, Block, BlockOf, BlockType } from '../model/types.js';
import type { HandlerResult, HtmlOptions } from '../render/hast/options.js';
import type { HtmlState } from '../render/hast/state.js';
import { buildHtmlTree } from '../render/html/to-hast.js';
import { convert } from './convert.js';

/** What a framework's element can hold: its elements and strings, as the runtime builds them. */
export type JsxChildren<E> = E | string | Array<E | string>;

/** The props of a block component: the block itself, where it stands, and presswork's rendering of it. */
export interface BlockComponentProps<T extends BlockType, E = unknown> {
  /** The block, as in the article (e.g. an `ImageBlock` for `image`). */
  block: BlockOf<T>;
  /** The enclosing block (a list, quote or fact box), when there is one. */
  parent: Block | undefined;
  /** True for the lead media: above the fold, so load it eagerly (e.g. Next.js `<Image priority>`). */
  lead: boolean;
  /** presswork's own rendering of the block: wrap it, or ignore it and render the block yourself. */
  children?: JsxChildren<E> | undefined;
}

/** A component that renders one block type: a function or class component of the framework. */
export type BlockComponent<T extends BlockType, E = unknown> = ((props: BlockComponentProps<T, E>) => unknown) | (abstract new (props: BlockComponentProps<T, E>) => unknown);

/** Components per block type: a site's own `<Image>` with its CDN `srcset`, its `<Video>` player. */
export type BlockComponents<E = unknown> = { [T in BlockType]?: BlockComponent<T, E> };

/** An automatic JSX runtime (`react/jsx-runtime`, `preact/jsx-runtime`, `vue/jsx-runtime`…). */
export interface JsxRuntime<E> {
  Fragment: unknown;
  // The runtimes type `type` and `props` each their own way; what matters is the element they return.
  /* eslint-disable @typescript-eslint/no-explicit-any */
  jsx: (type: any, props: any, key?: string) => E;
  jsxs: (type: any, props: any, key?: string) => E;
  /* eslint-enable @typescript-eslint/no-explicit-any */
}

/** Options for `toJsx`: a JSX runtime, components, and the HTML renderer's options. */
export interface JsxOptions<E> extends JsxRuntime<E>, Omit<HtmlOptions, 'fragment' | 'stylesheet'> {
  /**
   * How attribute names are written: `'react'` (`className`, `dateTime`; React's
   * default) or `'html'` (`class`, `datetime`; Preact, Vue and Solid). Default `'react'`.
   */
  elementAttributeNameCase?: 'react' | 'html';
  /** How `style` properties are named: `'dom'` (`textAlign`; default) or `'css'` (`text-align`; Solid). */
  stylePropertyNameCase?: 'dom' | 'css';
  /** Components in place of HTML elements, by tag name (e.g. `{ a: Link }`), as in `hast-util-to-jsx-runtime`. */
  components?: Partial<Components>;
  /**
   * Components in place of whole blocks, by block type (e.g. `{ image: Image }`); each receives
   * {@link BlockComponentProps}. `rehypePlugins` see such a block as a `presswork-block:<type>`
   * element around presswork's rendering of it.
   */
  blocks?: BlockComponents<E>;
}

/** The tag name that stands for a block component in the tree, until the runtime puts the component there. */
const placeholder = (type: string) => `presswork-block:${type}`;

/**
 * The article as a framework element tree, for React, Preact, Solid, Vue or
 * any automatic JSX runtime: the same elements as `renderHtml(article, {
 * fragment: true })`, built from the same hast tree as
 * `hast-util-to-jsx-runtime` builds them, with `components` in place of elements and
 * `blocks` components in place of blocks. No hooks, no client code: it
 * renders in React Server Components and streams.
 */
export function toJsx<E>(article: Article, options: JsxOptions<E>): E {
  const { Fragment, jsx, jsxs, elementAttributeNameCase, stylePropertyNameCase, components, blocks, ...html } = options;
  const byPlaceholder: Record<string, unknown> = {};
  // `{ image: undefined }` leaves the default in place.
  for (const [type, component] of Object.entries(blocks ?? {}) as Array<[string, unknown]>) if (component) byPlaceholder[placeholder(type)] = component;
  const hooks = blocks && { block: (state: HtmlState, node: Block, parent: Block | undefined, result: HandlerResult) => blockSlot(state, node, parent, result, blocks) };
  const tree = buildHtmlTree(article, { ...html, fragment: true }, hooks);
  return convert(tree, {
    Fragment,
    jsx,
    jsxs,
    elementAttributeNameCase: elementAttributeNameCase ?? 'react',
    stylePropertyNameCase: stylePropertyNameCase ?? 'dom',
    components: { ...components, ...byPlaceholder } as Partial<Components>,
  });
}

/** A block with a component: an element the runtime replaces by the component, holding the default rendering as children. */
function blockSlot<E>(state: HtmlState, node: Block, parent: Block | undefined, result: HandlerResult, blocks: BlockComponents<E>): HandlerResult {
  if (!(blocks as Record<string, unknown>)[node.type]) return result;
  const children: ElementContent[] = result === undefined ? [] : Array.isArray(result) ? result : [result];
  // The runtime passes element properties through as props: objects are not hast values, but arrive intact.
  const properties = { block: node, parent, lead: state.lead } as unknown as Element['properties'];
  return { type: 'element', tagName: placeholder(node.type), properties, children };
}
