import type { Element, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { createElement } from 'react';
import { renderToReadableStream, renderToStaticMarkup } from 'react-dom/server';
import * as preact from 'preact/jsx-runtime';
import { render as preactRender } from 'preact-render-to-string';
import { createComponent } from 'solid-js';
import { renderToString as solidRender } from 'solid-js/web';
import { createSSRApp, h as vueH } from 'vue';
import { renderToString as vueRender } from 'vue/server-renderer';
import { toJsx, type JsxOptions } from '../../src/jsx/index.js';
import { Article as ReactArticle, type ArticleProps as ReactProps } from '../../src/react/index.js';
import { Article as SolidArticle } from '../../src/solid/index.js';
import { Article as VueArticle } from '../../src/vue/index.js';
import type { Article } from '../../src/index.js';

type Options = Omit<JsxOptions<unknown>, 'Fragment' | 'jsx' | 'jsxs'>;

/** Each framework's server renderer, given the article and `toJsx` options (without the runtime). */
export const frameworks = {
  react: (article: Article, options: Options = {}) => renderToStaticMarkup(createElement(ReactArticle, { ...(options as Omit<ReactProps, 'article'>), article })),
  preact: (article: Article, options: Options = {}) => preactRender(toJsx(article, { ...options, ...preact, elementAttributeNameCase: 'html' }) as preact.JSX.Element),
  vue: (article: Article, options: Options = {}) => vueRender(createSSRApp({ render: () => vueH(VueArticle, { article, options }) })),
  solid: (article: Article, options: Options = {}) => solidRender(() => createComponent(SolidArticle, { ...options, article })),
} satisfies Record<string, (article: Article, options?: Options) => string | Promise<string>>;

export type Framework = keyof typeof frameworks;

/** React's streaming renderer, read to the end. */
export async function reactStream(article: Article, options: Options = {}): Promise<string> {
  const stream = await renderToReadableStream(createElement(ReactArticle, { ...(options as Omit<ReactProps, 'article'>), article }));
  await stream.allReady;
  return new Response(stream).text();
}

/**
 * Where a framework's server output is known to differ from `renderHtml`
 * without a difference in the page, each undone here before comparing:
 *
 * - every framework serializes its own way (`dateTime=` for `datetime=`,
 *   `allowFullScreen=""` for `allowfullscreen`, `<br/>`, which characters
 *   are escaped, and React its own order of an `<input>`'s attributes): both
 *   outputs are parsed by the HTML parser (parse5) and compared as trees,
 *   attributes in name order, written out by one serializer;
 * - React 19 adds `<link rel="preload" as="image">` for an image with
 *   `fetchpriority="high"` (in a document it goes to the head): removed,
 *   after checking that each matches such an image;
 * - Vue marks fragments with `<!--[-->` and `<!--]-->`, and React's
 *   streaming renderer separates adjacent text with `<!-- -->` (for
 *   hydration): comments removed (presswork writes none);
 * - Solid's `renderToString` adds `data-hk` hydration keys, and a space at
 *   the end of `class`: the keys are removed; class is compared as a token
 *   list (as the parser reads it).
 */
export function normalize(framework: Framework | 'react-stream' | 'presswork', html: string): string {
  const tree = fromHtml(html, { fragment: true });
  if (framework === 'react' || framework === 'react-stream') removeImagePreloads(tree);
  if (framework === 'vue' || framework === 'react-stream') removeNodes(tree, (node) => node.type === 'comment');
  if (framework === 'solid') forEachElement(tree, (element) => delete element.properties.dataHk);
  forEachElement(tree, (element) => {
    element.properties = Object.fromEntries(Object.entries(element.properties).sort(([a], [b]) => a.localeCompare(b)));
  });
  return toHtml(tree);
}

function removeImagePreloads(tree: Root): void {
  const value = (property: Element['properties'][string]) => (Array.isArray(property) ? property.join(',') : String(property ?? ''));
  const preloads = new Set<string>();
  forEachElement(tree, ({ tagName, properties }) => {
    // What React preloads: the srcset (with sizes) of a high-priority image, or its src when it has none.
    if (tagName === 'img' && properties.fetchPriority === 'high') preloads.add(properties.srcSet ? `srcset ${value(properties.srcSet)} ${value(properties.sizes)}` : `href ${value(properties.src)}`);
  });
  removeNodes(tree, (node) => {
    if (node.type !== 'element' || node.tagName !== 'link' || node.properties.as !== 'image') return false;
    const { imageSrcSet, imageSizes, href } = node.properties;
    const key = imageSrcSet ? `srcset ${value(imageSrcSet)} ${value(imageSizes)}` : `href ${value(href)}`;
    if (!preloads.has(key)) throw new Error(`React preloads an image presswork does not mark fetchpriority="high": ${toHtml(node)}`);
    return true;
  });
}

function forEachElement(tree: Root | Element, visit: (element: Element) => void): void {
  for (const node of tree.children) {
    if (node.type !== 'element') continue;
    visit(node);
    forEachElement(node, visit);
  }
}

function removeNodes(tree: Root | Element, remove: (node: RootContent) => boolean): void {
  tree.children = tree.children.filter((node) => !remove(node));
  for (const node of tree.children) if (node.type === 'element') removeNodes(node, remove);
}
