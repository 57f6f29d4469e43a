import type { ElementContent } from 'hast';
import { h } from '../h.js';
import type { InlineOf } from '../../../model/types.js';
import type { InlineHandler, InlineHandlers } from '../options.js';

const wrap =
  <T extends 'emphasis' | 'strong' | 'sub' | 'sup'>(tagName: string): InlineHandler<T> =>
  (state, node) =>
    h(tagName, state.inline((node as InlineOf<'emphasis'>).children));

/** One handler per inline type. */
/** A telephone number never wraps between its groups of digits: spaces and hyphens become their no-break forms. */
function unbroken(nodes: ElementContent[]): ElementContent[] {
  for (const node of nodes) {
    if (node.type === 'text') node.value = node.value.replace(/ /g, '\u00A0').replace(/-/g, '\u2011');
    else if (node.type === 'element') unbroken(node.children);
  }
  return nodes;
}

export const inlineHandlers: InlineHandlers = {
  text: (_, node) => ({ type: 'text', value: node.value }),
  emphasis: wrap('em'),
  strong: wrap('strong'),
  sub: wrap('sub'),
  sup: wrap('sup'),
  link: (state, node) => h('a', { href: state.url(node.url), title: node.title }, node.url.startsWith('tel:') ? unbroken(state.inline(node.children)) : state.inline(node.children)),
  code: (_, node) => h('code', node.value),
  break: () => h('br'),
  quote: (state, node) => h('q', { lang: node.lang }, state.inline(node.children)),
  abbr: (state, node) => h('abbr', { title: node.title }, state.inline(node.children)),
  span: (state, node) => h('span', { lang: node.lang, dir: node.dir }, state.inline(node.children)),
  time: (state, node) => h('time', { dateTime: node.datetime }, state.inline(node.children)),
};
