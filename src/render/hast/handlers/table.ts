import type { ElementContent } from 'hast';
import { h } from '../h.js';
import type { Inline } from '../../../model/types.js';
import type { BlockHandler } from '../options.js';
import { inlineText } from '../../../model/inline-text.js';

/**
 * Header cells get `scope`. The table sits in a focusable, labelled region
 * so keyboard users can scroll a wide table (WCAG 2.1.1).
 */
export const table: BlockHandler<'table'> = (state, node) => {
  // The caption's whole text, however it is marked up (`*Costs* by phase` → `table-costs-by-phase`).
  const captionId = state.id(`table-${inlineText(node.caption)}`);
  const row = (cells: Inline[][], header: boolean): ElementContent =>
    h(
      'tr',
      cells.map((cell, index) =>
        header ? h('th', { scope: 'col' }, state.inline(cell)) : node.rowHeaders && index === 0 ? h('th', { scope: 'row' }, state.inline(cell)) : h('td', state.inline(cell)),
      ),
    );
  const children: ElementContent[] = [h('caption', { id: captionId }, state.inline(node.caption))];
  if (node.head.length > 0)
    children.push(
      h(
        'thead',
        node.head.map((cells) => row(cells, true)),
      ),
    );
  children.push(
    h(
      'tbody',
      node.body.map((cells) => row(cells, false)),
    ),
  );
  return h('div', { className: ['pw-table'], role: 'region', ariaLabelledBy: captionId, tabIndex: 0 }, [h('table', children)]);
};
