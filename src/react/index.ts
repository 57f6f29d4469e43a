// presswork/react: the article as a React component (server or client; no hooks).
import type { ReactElement } from 'react';
import { Fragment, jsx, jsxs } from 'react/jsx-runtime';
import type { Article as ArticleModel } from '../model/types.js';
import { toJsx, type JsxOptions } from '../jsx/to-jsx.js';

/** Props of `<Article>`: the article, and `toJsx`'s options without the runtime. */
export interface ArticleProps extends Omit<JsxOptions<ReactElement>, 'Fragment' | 'jsx' | 'jsxs' | 'elementAttributeNameCase'> {
  article: ArticleModel;
}

/** `<Article article={…} />`: the same elements as `renderHtml(article, { fragment: true })`. */
export function Article({ article, ...options }: ArticleProps): ReactElement {
  return toJsx(article, { ...options, Fragment, jsx, jsxs });
}

export type { BlockComponentProps, BlockComponents, BlockComponent } from '../jsx/to-jsx.js';
