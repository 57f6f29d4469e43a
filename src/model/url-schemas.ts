import * as z from 'zod';
import { isSafeUrl, linkSchemes, mediaSchemes } from './url.js';

function urlSchema(allowed: ReadonlySet<string>, expected: string) {
  return z
    .string()
    .max(8192)
    .refine((value) => isSafeUrl(value, allowed), {
      error: `Expected ${expected}`,
    });
}

/** A link target: http(s), mailto, tel or site-relative. */
export const linkUrl = urlSchema(linkSchemes, 'an http(s), mailto or tel URL, or a relative path (`/…`, `./…`, `../…`)');
/** A media or page address: http(s) or site-relative. */
export const webUrl = urlSchema(mediaSchemes, 'an http(s) URL or a relative path (`/…`, `./…`, `../…`)');
/** An absolute https URL (canonical and AMP addresses). */
export const httpsUrl = z
  .string()
  .max(8192)
  .refine((value) => isSafeUrl(value, new Set(['https:'])) && value.startsWith('https:'), {
    error: 'Expected an absolute https URL',
  });
