import { isLanguageTag } from '../../model/language-tags.js';

/**
 * A page date as an ISO 8601 date-time with an offset, or `undefined` when the
 * page does not say the time zone (presswork will not guess one).
 */
export function isoDateTime(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const text = value.trim();
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})$/i.test(text)) {
    // Seconds are required by the model: `14:15+00:00` is `14:15:00+00:00`.
    return text
      .replace(/([+-]\d{2})(\d{2})$/, '$1:$2')
      .replace(/z$/, 'Z')
      .replace(/(T\d{2}:\d{2})(?=Z|[+-])/, '$1:00');
  }
  // RFC 2822 and other forms Date reads, when they carry a zone.
  if (!/(?:Z|GMT|UTC|[+-]\d{2}:?\d{2}|\b[ECMP][SD]T)\s*$/i.test(text)) return undefined;
  const time = Date.parse(text);
  return Number.isNaN(time) ? undefined : new Date(time).toISOString().replace('.000Z', 'Z');
}

/** A slug from the page address's last segment, or from the headline: lowercase ASCII words joined by hyphens. */
export function slugFor(url: string | undefined, headline: string | undefined): string {
  const ascii = (value: string) =>
    value
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/\.(?:s?html?|php|aspx?)$/, '')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '');
  const segments = url ? safePath(url).split('/').filter(Boolean).map(decode).map(ascii) : [];
  // The last segment that reads as words (not an id or a date part).
  // Words joined by hyphens, not an id (`r-8fa032ba3add…`, `cae05c00-18f3-…-story`) or a date part.
  const isWords = (segment: string) => {
    const words = segment.split('-').filter((part) => /^[a-z]{3,}$/.test(part));
    return !/^(?:index|article|story|news)$/.test(segment) && (words.length >= 2 || (words.length === 1 && segment === words[0] && segment.length > 3));
  };
  const fromUrl = [...segments].reverse().find(isWords);
  const candidate = fromUrl ?? (headline ? ascii(headline) : '');
  const short = candidate.length > 80 ? candidate.slice(0, 80).replace(/-[^-]*$/, '') : candidate;
  return short || `article-${hash(url ?? headline ?? '')}`;
}

function safePath(url: string): string {
  try {
    return new URL(url).pathname;
  } catch {
    return '';
  }
}

function decode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/** A short stable hash (FNV-1a) for names made from text that has no ASCII letters. */
export function hash(value: string): string {
  let h = 0x811c9dc5;
  for (let index = 0; index < value.length; index++) {
    h ^= value.charCodeAt(index);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}

/** A language tag from `<html lang>`, `og:locale` (`en_US`) or Readability, if it is one. */
export function languageFrom(...values: Array<string | null | undefined>): string | undefined {
  for (const value of values) {
    const tag = value?.trim().replace(/_/g, '-');
    if (tag && isLanguageTag(tag)) return tag;
  }
  return undefined;
}

const looksLikeName = (value: string) => /^\p{Lu}[\p{L}.'’-]*(?:\s+[\p{L}.'’-]+){0,4}$/u.test(value);

/** "By Ana Ruiz and Li Wei" as names; a byline that is not a list of names stays one entry. */
export function bylineNames(byline: string | null | undefined): string[] {
  const text = (byline ?? '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^by:?\s+/i, '');
  if (!text || text.length > 200) return [];
  const parts = text
    .split(/\s*(?:,|;|\band\b|&|\|)\s*/i)
    .map((part) => part.trim())
    .filter(Boolean);
  return parts.length > 1 && parts.every(looksLikeName) ? parts : [text];
}
