import type { ContainerDirective } from 'mdast-util-directive';

/**
 * Directive syntax that did not parse. remark-directive leaves a directive it
 * cannot read as plain text (and an unclosed container runs to the end of its
 * parent), so without these checks a typo is published as `:::pullquote{…`
 * text, or swallows the rest of the article.
 */

/** `::name` or `:::name` at the start of a paragraph line: meant as a block directive. */
const blockStart = /^(:{2,})([A-Za-z][\w-]*)/;
/** `:name[label]{` in running text: meant as an inline directive. */
const inlineStart = /(?:^|[\s(“"'])(:)([A-Za-z][\w-]*)\[[^\]\n]*\]\{/;
/** A line that only closes a container: `:::` (more colons close nested ones). */
export const closingFence = /^[\s>]*:{3,}\s*$/;

/** What is wrong with what follows `:name`: its `[label]` or its `{attributes}`. */
function diagnose(rest: string): string {
  let after = rest;
  if (after.startsWith('[')) {
    const close = after.indexOf(']');
    if (close === -1) return 'the `[` label has no closing `]`';
    after = after.slice(close + 1);
  }
  if (!after.startsWith('{')) return 'what follows the name is not `[label]` or `{attributes}`';
  const close = after.indexOf('}');
  const inside = close === -1 ? after.slice(1) : after.slice(1, close);
  if ((inside.match(/"/g)?.length ?? 0) % 2 === 1 || (inside.match(/'/g)?.length ?? 0) % 2 === 1) return 'an attribute value’s quote is not closed';
  if (close === -1) return 'the `{` attributes have no closing `}`';
  return 'the `{…}` attributes are not `name="value"` pairs';
}

/** A message when a paragraph's first line starts like a block directive that did not parse. */
export function malformedBlockDirective(firstLine: string): string | undefined {
  const match = blockStart.exec(firstLine.trimStart());
  if (!match) return undefined;
  const [whole, colons, name] = match;
  const rest = firstLine.trimStart().slice(whole.length);
  return `\`${colons}${name}\` starts like a directive but does not parse: ${diagnose(rest)}. It would be published as text`;
}

/** A message when running text holds `:name[…]{` that did not parse as an inline directive. */
export function malformedInlineDirective(text: string): string | undefined {
  const match = inlineStart.exec(text);
  if (!match) return undefined;
  const start = match.index + match[0].indexOf(':');
  const rest = text.slice(start + 1 + match[2]!.length);
  return `\`:${match[2]}\` starts like a directive but does not parse: ${diagnose(rest)}. It would be published as text`;
}

/** Whether a container directive ends with its own closing fence (not at the end of its parent). */
export function isClosed(node: ContainerDirective, lines: readonly string[]): boolean {
  const end = node.position?.end.line;
  return end === undefined || end === node.position?.start.line ? false : closingFence.test(lines[end - 1] ?? '');
}
