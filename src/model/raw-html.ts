import type { Element, Nodes, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { defaultSchema, sanitize, type Schema } from 'hast-util-sanitize';
import { isLanguageTag } from './language-tags.js';

/**
 * What raw HTML may hold: GitHub's sanitization schema (what
 * `rehype-sanitize` uses): no scripts, no event handlers, no `style`, only
 * safe URL protocols, and ids prefixed with `user-content-` so they cannot
 * clobber page globals.
 */
export const sanitizeSchema: Schema = {
  ...defaultSchema,
  // Drop these elements with their content: CSS or script text is not prose.
  strip: ['script', 'style', 'noscript', 'template'],
  // GitHub keeps task-list checkboxes; in an article they are unlabelled form controls.
  tagNames: (defaultSchema.tagNames ?? []).filter((name) => name !== 'input'),
  protocols: { ...defaultSchema.protocols, href: ['http', 'https', 'mailto', 'tel'], src: ['http', 'https'] },
};

/** Raw HTML parsed and sanitized, with what the sanitizer removed, in words. */
export interface SanitizedHtml {
  tree: Root;
  /** E.g. "`<iframe>`", "`onclick` on `<a>`", "`href` on `<a>`" (an unsafe URL). */
  removed: string[];
}

/** `tag` and `tag attribute` counts of a tree. */
function inventory(tree: Nodes): Map<string, number> {
  const counts = new Map<string, number>();
  const add = (key: string) => counts.set(key, (counts.get(key) ?? 0) + 1);
  const visit = (node: Nodes) => {
    if (node.type === 'element') {
      add(node.tagName);
      for (const [name, value] of Object.entries(node.properties)) if (value !== undefined && value !== null && value !== false) add(`${node.tagName} ${name}`);
    }
    if ('children' in node) for (const child of node.children) visit(child);
  };
  visit(tree);
  return counts;
}

/** Parse untrusted HTML, keep only safe markup, and say what was removed. */
export function sanitizeRawHtml(html: string): SanitizedHtml {
  const parsed = fromHtml(html, { fragment: true });
  const before = inventory(parsed);
  const tree = sanitize(parsed, sanitizeSchema) as Root;
  const after = inventory(tree);
  const removed: string[] = [];
  for (const [key, count] of before) {
    if ((after.get(key) ?? 0) >= count) continue;
    const [tag, attribute] = key.split(' ');
    // An attribute of a removed element is not worth naming again.
    if (attribute && (after.get(tag!) ?? 0) < (before.get(tag!) ?? 0)) continue;
    const name = attribute ? attribute.toLowerCase() : '';
    removed.push(attribute ? `\`${name}\` on \`<${tag}>\`` : `\`<${tag}>\``);
  }
  return { tree, removed };
}

const textOf = (node: Element): string => {
  let out = '';
  for (const child of node.children) {
    if (child.type === 'text') out += child.value;
    else if (child.type === 'element') out += child.tagName === 'img' ? (child.properties.alt ?? '') : textOf(child);
  }
  return out;
};

/**
 * What in sanitized raw HTML an accessible page cannot have, as messages:
 * images without `alt`, links without text, a second level-1 heading,
 * invalid `lang` values. Validation reports these, so a valid article always
 * renders with zero accessibility violations.
 */
export function rawHtmlProblems(tree: Root): string[] {
  const problems: string[] = [];
  const visit = (node: Nodes) => {
    if (node.type === 'element') {
      const { tagName, properties } = node;
      if (tagName === 'img' && typeof properties.alt !== 'string') problems.push('An `<img>` in raw HTML has no `alt`: describe the image, or write `alt=""` if it is decorative');
      if (tagName === 'a' && properties.href !== undefined && textOf(node).trim() === '') problems.push('A link in raw HTML has no text: write what it leads to between `<a>` and `</a>`');
      if (tagName === 'h1') problems.push('An `<h1>` in raw HTML: the headline is the page’s one level-1 heading; use `<h2>`–`<h4>`');
      if (typeof properties.lang === 'string' && properties.lang !== '' && !isLanguageTag(properties.lang))
        problems.push(`\`lang="${properties.lang}"\` in raw HTML is not a BCP 47 language tag (such as \`fr\` or \`pt-BR\`)`);
    }
    if ('children' in node) for (const child of node.children) visit(child);
  };
  visit(tree);
  return [...new Set(problems)];
}
