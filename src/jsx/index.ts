// presswork/jsx: the article as a framework element tree, for any automatic JSX runtime.
export { toJsx, type JsxOptions, type JsxRuntime, type JsxChildren, type BlockComponent, type BlockComponents, type BlockComponentProps } from './to-jsx.js';
