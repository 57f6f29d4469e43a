export { renderAmp, toAmpHast, type AmpOptions } from './render-amp.js';
export { ampHandlers } from './handlers/index.js';
export { useComponent } from './components.js';
