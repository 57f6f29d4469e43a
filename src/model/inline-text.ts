/** Minimal shape shared by every inline node, so this stays free of schema imports. */
interface InlineLike {
  type: string;
  value?: string;
  children?: readonly InlineLike[];
}

/**
 * The plain text of inline content, as a reader would hear it: text and code
 * values joined, line breaks as spaces.
 */
export function inlineText(nodes: readonly InlineLike[]): string {
  let out = '';
  for (const node of nodes) {
    if (node.type === 'break') out += ' ';
    else if (node.value !== undefined) out += node.value;
    else if (node.children) out += inlineText(node.children);
  }
  return out;
}

/** Whether inline content links to `url` anywhere (an embed's fallback that already points at the embed's page). */
export const linksTo = (nodes: readonly InlineLike[], url: string): boolean =>
  nodes.some((node) => (node.type === 'link' && (node as { url?: string }).url === url) || (node.children !== undefined && linksTo(node.children, url)));
