import type { Directives } from 'mdast-util-directive';
import { closest } from '../../model/suggest.js';
import type { ConvertState, Path } from './state.js';

/**
 * Read a directive's attributes, reporting any not in `allowed` (with a
 * "did you mean" hint), so a typo is never silently ignored.
 */
export function readAttributes(state: ConvertState, node: Directives, path: Path, allowed: readonly string[]): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const [name, value] of Object.entries(node.attributes ?? {})) {
    if (value === null || value === undefined) continue;
    if (!allowed.includes(name)) {
      const match = closest(name, allowed);
      state.fail(
        node,
        path,
        'unknown_attribute',
        `Unknown attribute \`${name}\` on \`${node.name}\`.${match ? ` Did you mean \`${match}\`?` : ''} Allowed: ${allowed.map((a) => `\`${a}\``).join(', ')}`,
      );
      continue;
    }
    attributes[name] = value;
  }
  return attributes;
}

/** A numeric attribute as a number (validation reports non-numbers), or undefined. */
export function numberAttribute(value: string | undefined): number | string | undefined {
  if (value === undefined) return undefined;
  return /^\d+$/.test(value) ? Number(value) : value;
}

/** A boolean attribute: present (`{decorative}`) or `true` means true. */
export function booleanAttribute(value: string | undefined): boolean | undefined {
  if (value === undefined) return undefined;
  return value === '' || value === 'true';
}

/** A copy without undefined fields, so the draft only holds what the author wrote. */
export function compact<T extends Record<string, unknown>>(draft: T): T {
  return Object.fromEntries(Object.entries(draft).filter(([, value]) => value !== undefined)) as T;
}
