// presswork/vue: the article as a Vue component. Vue's own `vue/jsx-runtime` hands a component its
// children as an array, which Vue warns about and re-wraps per render: here they arrive as a default slot.
import { defineComponent, Fragment, h, type PropType, type VNode } from 'vue';
import type { Article as ArticleModel } from '../model/types.js';
import { toJsx, type JsxOptions, type JsxRuntime } from '../jsx/to-jsx.js';

type Props = Record<string, unknown> & { children?: unknown };

/** An automatic JSX runtime for Vue whose components get their children as the default slot, for `toJsx`. */
export const vueRuntime: JsxRuntime<VNode> = { Fragment, jsx: element, jsxs: element };

function element(type: unknown, props: Props, key?: string): VNode {
  const { children, ...rest } = props;
  const properties = key === undefined ? rest : { ...rest, key };
  if (typeof type === 'string' || type === Fragment) return h(type as string, properties, children as VNode[]);
  return h(type as Parameters<typeof h>[0], properties, children === undefined ? undefined : { default: () => children });
}

/** `toJsx`'s options without the runtime: the props of `<Article>` besides `article`. */
export type ArticleOptions = Omit<JsxOptions<VNode>, 'Fragment' | 'jsx' | 'jsxs' | 'elementAttributeNameCase'>;

/** `<Article :article="…" />`: the same elements as `renderHtml(article, { fragment: true })`. */
export const Article = defineComponent({
  name: 'PressworkArticle',
  props: {
    article: { type: Object as PropType<ArticleModel>, required: true },
    options: { type: Object as PropType<ArticleOptions>, default: () => ({}) },
  },
  setup(props) {
    return () => toJsx(props.article, { ...props.options, ...vueRuntime, elementAttributeNameCase: 'html' });
  },
});

export type { BlockComponentProps, BlockComponents, BlockComponent } from '../jsx/to-jsx.js';
