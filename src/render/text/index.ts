export { renderText } from './render-text.js';
export { textHandlers } from './handlers/blocks.js';
export type { TextOptions, TextHandler, TextHandlers } from './options.js';
export type { TextState, TextUnit, TextSettings } from './state.js';
