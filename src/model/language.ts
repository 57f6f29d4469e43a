import * as z from 'zod';
import { isLanguageTag } from './language-tags.js';

export { directionOf, isLanguageTag, type Direction } from './language-tags.js';

/** A BCP 47 language tag such as `en`, `en-GB` or `ar-EG`. */
export const languageTag = z.string().max(64).refine(isLanguageTag, {
  error: 'Expected a BCP 47 language tag such as `en` or `ar-EG`, starting with a two- or three-letter language code',
});

export const direction = z.enum(['ltr', 'rtl']);
