import { serializeUrl } from '../../model/url.js';

// A site renders the same few hundred addresses (its sections, authors, media host) over and over,
// and parsing one with the URL Standard costs a fifth of a small article's render: remember them.
const cache = new Map<string, string>();
const limit = 2048;

/** `serializeUrl`, remembered for the most recent addresses (the cache starts over when full). */
export function serializedUrl(value: string): string {
  let url = cache.get(value);
  if (url === undefined) {
    url = serializeUrl(value);
    if (cache.size >= limit) cache.clear();
    cache.set(value, url);
  }
  return url;
}
