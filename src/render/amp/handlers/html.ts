import { toText } from 'hast-util-to-text';
import { h } from '../../hast/h.js';
import type { BlockHandler } from '../../hast/options.js';
import { htmlToTree } from '../../hast/sanitize.js';

/** Raw HTML never reaches AMP: its text content stands in, paragraph by paragraph. */
export const html: BlockHandler<'html'> = (_, node) => {
  const text = toText(htmlToTree(node.value));
  const paragraphs = text
    .split(/\n\s*\n/)
    .map((part) => part.trim())
    .filter(Boolean);
  return paragraphs.length > 0
    ? h(
        'div',
        { className: ['pw-html'] },
        paragraphs.map((part) => h('p', part)),
      )
    : undefined;
};
