import * as z from 'zod';

/**
 * Characters that never belong in article text: C0/C1 controls (except tab and
 * newline) and the bidi embedding/override/isolate controls, which can reorder
 * what a reader sees ("Trojan Source"). Authors mark a change of direction with
 * a `span` node that carries `dir` instead.
 */
// eslint-disable-next-line no-control-regex
const forbiddenCharacters = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/u;

/** Longest string accepted in any field: 4 MiB of UTF-16 code units. */
export const maxStringLength = 4 * 1024 * 1024;

/** Describe the first forbidden character of `value`, or `undefined`. */
export function findForbiddenCharacter(value: string): string | undefined {
  const match = forbiddenCharacters.exec(value);
  if (!match) return undefined;
  const code = match[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
  return `U+${code}`;
}

/** Any text field: no control or bidi-override characters, bounded length. */
export const safeString = z
  .string()
  .max(maxStringLength)
  .superRefine((value, ctx) => {
    const found = findForbiddenCharacter(value);
    if (found) {
      ctx.addIssue({
        code: 'custom',
        message: `Contains control character ${found}; remove it (use a \`span\` with \`dir\` for a change of text direction)`,
      });
    }
  });

/** Text that must say something: not empty, not only white space. */
export const nonBlankString = safeString.refine((value) => value.trim().length > 0, {
  error: 'Expected non-empty text',
});
