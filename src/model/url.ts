// No zod here: the renderers import these, and a site's bundle should not carry the schema library.

/** Link targets: http(s), mailto and tel. */
export const linkSchemes: ReadonlySet<string> = new Set(['http:', 'https:', 'mailto:', 'tel:']);
/** Media and page addresses: http(s). */
export const mediaSchemes: ReadonlySet<string> = new Set(['http:', 'https:']);

/**
 * Relative references are allowed: site-relative (`/path`, `#anchor`,
 * `?query`) and, written explicitly as such, document-relative (`./media/a.jpg`,
 * `../a`), which `render --out-dir` copies beside the pages. A bare
 * `example.com/story` is not: it is almost always a URL missing its scheme.
 * Nor is a protocol-relative `//host`, which hides the scheme.
 */
function isRelative(value: string): boolean {
  return /^(?:\/(?!\/)|#|\?|\.\.?\/)/.test(value) || value === '/';
}

function schemeOf(value: string): string | undefined {
  const match = /^([a-z][a-z\d+.-]*):/i.exec(value);
  return match ? `${match[1]!.toLowerCase()}:` : undefined;
}

/**
 * Whether `value` is a URL presswork will put in an `href`/`src`: one of the
 * `allowed` schemes or site-relative, with no white space or control
 * characters (browsers strip those, which is how `java\tscript:` slips past
 * naive checks).
 */
export function isSafeUrl(value: string, allowed: ReadonlySet<string> = linkSchemes): boolean {
  // eslint-disable-next-line no-control-regex
  if (value.length === 0 || /[\s\u0000-\u001F\u007F-\u009F]/u.test(value)) return false;
  if (isRelative(value)) return true;
  const scheme = schemeOf(value);
  if (!scheme || !allowed.has(scheme)) return false;
  if (scheme === 'http:' || scheme === 'https:') {
    try {
      return new URL(value).hostname.length > 0;
    } catch {
      return false;
    }
  }
  return value.length > scheme.length;
}

/** What may stand in a URL as it is; anything else is percent-encoded (a `%` only before two hex digits). */
const notUrlCodePoint = /%(?![0-9A-Fa-f]{2})|[^A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=%]/gu;

/**
 * A URL as it is written into `href`/`src`: an absolute http(s) URL
 * serialized by the WHATWG URL Standard (as browsers and the JSON-LD do),
 * then, for it and any other URL, each character that cannot stand in a URL
 * percent-encoded (`"`, `<`, `{`, non-ASCII…). Site- and document-relative
 * URLs stay relative.
 */
export function serializeUrl(value: string): string {
  let url = value;
  if (/^https?:/i.test(value)) {
    try {
      url = new URL(value).href;
    } catch {
      // Not parseable: encode what cannot stand in a URL, as for the rest.
    }
  }
  // The URL Standard leaves `{`, `|`, `}` and `^` in queries; validators (and RFC 3986) do not.
  return url.replace(notUrlCodePoint, (character) => {
    try {
      return encodeURIComponent(character);
    } catch {
      return '%EF%BF%BD';
    }
  });
}
