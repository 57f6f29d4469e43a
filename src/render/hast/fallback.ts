import type { Element, ElementContent, Root } from 'hast';
import { toText } from 'hast-util-to-text';
import { h } from './h.js';
import { fallbackPieces, type FallbackPiece } from '../shared/fallback.js';
import type { HtmlState } from './state.js';

function piecesToNodes(state: HtmlState, pieces: readonly FallbackPiece[]): ElementContent[] {
  const out: ElementContent[] = [];
  pieces.forEach((piece, index) => {
    if (index > 0) out.push({ type: 'text', value: ' ' });
    out.push('url' in piece ? h('a', { href: state.url(piece.url) }, piece.url) : { type: 'text', value: piece.text });
  });
  return out;
}

/** An unknown extension block (kept by `unknown: 'warn'`): its words and links, in a marked box. */
export function unknownBlock(state: HtmlState, node: { type: string }): Element {
  state.warn(`No handler for extension block \`${node.type}\`: rendered its text as a fallback`);
  return h('div', { className: ['pw-fallback'], dataType: node.type }, [h('p', piecesToNodes(state, fallbackPieces(node)))]);
}

/** An unknown extension inline node: its words and links. */
export function unknownInline(state: HtmlState, node: { type: string }): Element {
  state.warn(`No handler for extension inline node \`${node.type}\`: rendered its text as a fallback`);
  return h('span', { className: ['pw-fallback'], dataType: node.type }, piecesToNodes(state, fallbackPieces(node)));
}

/**
 * A block a format cannot show (`amp: 'omit-with-fallback'`): the words and
 * links of its HTML rendering, and a link to the full article, so it never
 * silently disappears.
 */
export function omittedBlock(state: HtmlState, node: { type: string }, label: string, html: ElementContent | ElementContent[] | undefined): Element {
  const nodes = html === undefined ? [] : Array.isArray(html) ? html : [html];
  const root: Root = { type: 'root', children: nodes };
  const links: Element[] = [];
  const visit = (parent: Root | Element) => {
    for (const child of parent.children) {
      if (child.type !== 'element') continue;
      if (child.tagName === 'a' && typeof child.properties.href === 'string') links.push(h('li', [h('a', { href: child.properties.href }, toText(child).trim() || child.properties.href)]));
      else visit(child);
    }
  };
  visit(root);
  // One paragraph per line of the rendering's text (block elements end lines).
  const lines = toText(root)
    .split(/\n+/)
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  return h('div', { className: ['pw-fallback'], dataType: node.type }, [
    ...lines.map((line) => h('p', line)),
    links.length > 0 ? h('ul', links) : undefined,
    h('p', [h('a', { href: state.url(state.article.canonicalUrl) }, [`${label}: `, state.label('fullArticle')])]),
  ]);
}
