/**
 * presswork/import: bring existing content in as draft articles, with what a
 * person still has to do (alt text, captions, frame titles) listed as gaps.
 * `importHtml` loads jsdom and Readability on first use (Node.js);
 * `importWireText` is portable.
 *
 * @packageDocumentation
 */
export { importHtml, type ImportHtmlOptions } from './html/import-html.js';
export { importLimits } from './html/page.js';
export { importWireText, type ImportWireOptions } from './wire/import-wire.js';
export { fromPortableText, type FromPortableTextOptions, type PortableTextContext } from './portable-text/from-portable-text.js';
export { toPortableText, type ToPortableTextOptions } from './portable-text/to-portable-text.js';
export type { PortableTextNode, PortableTextBlock, PortableTextSpan } from './portable-text/types.js';
export { fromAns, type AnsElement, type FromAnsOptions } from './ans/from-ans.js';
export { ImportError, todoMarker, type ImportIssue, type ImportResult, type ImportSeverity } from './types.js';
