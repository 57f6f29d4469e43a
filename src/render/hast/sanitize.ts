import type { ElementContent, Root } from 'hast';
import { sanitizeRawHtml } from '../../model/raw-html.js';

export { sanitizeSchema } from '../../model/raw-html.js';

/** Parse untrusted HTML and keep only safe markup; `onRemoved` hears what the sanitizer took out. */
export function sanitizeHtml(html: string, onRemoved?: (removed: string[]) => void): ElementContent[] {
  return htmlToTree(html, onRemoved).children.filter((node): node is ElementContent => node.type !== 'doctype');
}

/** Untrusted HTML parsed and sanitized, for renderers that keep only its text (AMP, plain text). */
export function htmlToTree(html: string, onRemoved?: (removed: string[]) => void): Root {
  const { tree, removed } = sanitizeRawHtml(html);
  if (removed.length > 0) onRemoved?.(removed);
  return tree;
}
