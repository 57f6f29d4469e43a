/** A piece of an unknown node's content: words, or a URL. */
export type FallbackPiece = { text: string } | { url: string };

const isUrl = (value: string) => /^https?:\/\/\S+$/i.test(value);

/**
 * The words and URLs of a node no handler knows (an unregistered extension
 * type kept by `unknown: 'warn'`), in field order: what every output shows
 * instead of dropping it.
 */
export function fallbackPieces(node: object): FallbackPiece[] {
  const pieces: FallbackPiece[] = [];
  const stack: unknown[] = [node];
  while (stack.length > 0) {
    const value = stack.pop();
    if (typeof value === 'string') {
      const text = value.trim();
      if (text) pieces.push(isUrl(text) ? { url: text } : { text });
    } else if (Array.isArray(value)) {
      for (let index = value.length - 1; index >= 0; index--) stack.push(value[index]);
    } else if (value && typeof value === 'object') {
      const entries = Object.entries(value).filter(([key]) => key !== 'type');
      for (let index = entries.length - 1; index >= 0; index--) stack.push(entries[index]![1]);
    }
  }
  return pieces;
}
