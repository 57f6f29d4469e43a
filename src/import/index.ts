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
export { ImportError, todoMarker, type ImportIssue, type ImportResult, type ImportSeverity } from './types.js';
