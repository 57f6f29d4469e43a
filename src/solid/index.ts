// presswork/solid: the article as a Solid component. Solid's own `solid-js/h` runtime needs a DOM,
// so elements are made with `Dynamic`, which renders on the server (renderToString, streaming) and in the browser.
import { createComponent, mergeProps, type JSX } from 'solid-js';
import { Dynamic } from 'solid-js/web';
import type { Article as ArticleModel } from '../model/types.js';
import { toJsx, type JsxOptions, type JsxRuntime } from '../jsx/to-jsx.js';

type Props = Record<string, unknown>;

/** An automatic JSX runtime for Solid that works on the server and in the browser, for `toJsx`. */
export const solidRuntime: JsxRuntime<JSX.Element> = {
  Fragment: (props: { children?: JSX.Element }) => props.children,
  jsx: element,
  jsxs: element,
};

function element(type: unknown, props: Props): JSX.Element {
  if (typeof type === 'function') return createComponent(type as (props: Props) => JSX.Element, props);
  return createComponent(Dynamic, mergeProps(props, { component: type as string }));
}

/** Props of `<Article>`: the article, and `toJsx`'s options without the runtime. */
export interface ArticleProps extends Omit<JsxOptions<JSX.Element>, 'Fragment' | 'jsx' | 'jsxs' | 'elementAttributeNameCase' | 'stylePropertyNameCase'> {
  article: ArticleModel;
}

/** `<Article article={…} />`: the same elements as `renderHtml(article, { fragment: true })`. */
export function Article(props: ArticleProps): JSX.Element {
  const { article, ...options } = props;
  return toJsx(article, { ...options, ...solidRuntime, elementAttributeNameCase: 'html', stylePropertyNameCase: 'css' });
}

export type { BlockComponentProps, BlockComponents, BlockComponent } from '../jsx/to-jsx.js';
