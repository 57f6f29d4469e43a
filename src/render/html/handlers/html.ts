import { h } from '../h.js';
import type { BlockHandler } from '../options.js';
import { sanitizeHtml } from '../sanitize.js';

/** Untrusted raw HTML, sanitized: scripts, event handlers and unsafe URLs removed. */
export const html: BlockHandler<'html'> = (state, node) => {
  if (/<script|\son[a-z]+\s*=|javascript:/i.test(node.value)) state.warn('Removed scripts, event handlers or unsafe URLs from a raw HTML block');
  return h('div', { className: ['pw-html'] }, sanitizeHtml(node.value));
};
