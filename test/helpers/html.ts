import type { Element, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';

/** Every element of an HTML string in document order, parsed back with a real HTML parser (parse5). */
export function elementsOf(html: string): Element[] {
  const out: Element[] = [];
  const visit = (nodes: RootContent[]) => {
    for (const node of nodes) {
      if (node.type !== 'element') continue;
      out.push(node);
      visit(node.children);
    }
  };
  visit(fromHtml(html).children);
  return out;
}
