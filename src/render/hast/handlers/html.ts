import { h } from '../h.js';
import type { BlockHandler } from '../options.js';
import { sanitizeHtml } from '../sanitize.js';

/** Untrusted raw HTML, sanitized: scripts, event handlers and unsafe URLs removed. */
export const html: BlockHandler<'html'> = (state, node) =>
  h(
    'div',
    { className: ['pw-html'] },
    sanitizeHtml(node.value, (removed) => state.warn(`Removed from a raw HTML block: ${removed.join(', ')}`)),
  );
