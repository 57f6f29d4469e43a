import type { ElementContent, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { defaultSchema, sanitize, type Schema } from 'hast-util-sanitize';

/**
 * GitHub's sanitization schema (what `rehype-sanitize` uses): no scripts,
 * no event handlers, no `style`, only safe URL protocols, and ids prefixed
 * with `user-content-` so they cannot clobber page globals.
 */
export const sanitizeSchema: Schema = {
  ...defaultSchema,
  // Drop these elements with their content: CSS or script text is not prose.
  strip: ['script', 'style', 'noscript', 'template'],
  protocols: { ...defaultSchema.protocols, href: ['http', 'https', 'mailto', 'tel'], src: ['http', 'https'] },
};

/** Parse untrusted HTML and keep only safe markup. */
export function sanitizeHtml(html: string): ElementContent[] {
  return htmlToTree(html).children.filter((node): node is ElementContent => node.type !== 'doctype');
}

/** Untrusted HTML parsed and sanitized, for renderers that keep only its text (AMP, plain text). */
export function htmlToTree(html: string): Root {
  return sanitize(fromHtml(html, { fragment: true }), sanitizeSchema) as Root;
}
