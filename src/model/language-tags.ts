// Language tags and text direction without the schema library: the AMP
// validator and renderers use these in a browser bundle of their own.

/** The name of language `code` in `language` (`English`, `anglais`), for caption track labels; the code if `Intl` has none. */
export function languageName(language: string, code: string): string {
  try {
    return new Intl.DisplayNames([language], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** Text direction of a language or passage. */
export type Direction = 'ltr' | 'rtl';

// Languages written right to left by default (ISO 639 codes), and scripts
// that are right to left whatever the language (ISO 15924).
const rtlLanguages = new Set(['ar', 'arc', 'ckb', 'dv', 'fa', 'he', 'iw', 'ks', 'ku-arab', 'mzn', 'nqo', 'pnb', 'ps', 'sd', 'syr', 'ug', 'ur', 'yi']);
const rtlScripts = new Set(['adlm', 'arab', 'hebr', 'mand', 'nkoo', 'rohg', 'syrc', 'thaa']);
const ltrScripts = new Set(['latn', 'cyrl', 'grek', 'deva', 'hans', 'hant', 'jpan', 'kore']);

/**
 * Whether `tag` is a BCP 47 language tag that browsers and screen readers
 * understand: well formed (checked by `Intl`, so it stays portable) and
 * starting with a two- or three-letter ISO 639 language code. The grammar
 * also admits 5–8 letter "registered" languages, which no registry holds:
 * `english` is a mistake for `en`, and axe's `valid-lang` says so.
 */
export function isLanguageTag(tag: string): boolean {
  if (!/^[a-z]{2,3}(?:-|$)/i.test(tag)) return false;
  try {
    return Intl.getCanonicalLocales(tag).length === 1;
  } catch {
    return false;
  }
}

/**
 * The default text direction of a BCP 47 tag: a script subtag decides when
 * present (`az-Arab` is rtl, `ku-Latn` ltr), otherwise the language does.
 */
export function directionOf(tag: string): Direction {
  const subtags = tag.toLowerCase().split('-');
  const script = subtags.find((part, index) => index > 0 && part.length === 4);
  if (script && rtlScripts.has(script)) return 'rtl';
  if (script && ltrScripts.has(script)) return 'ltr';
  return rtlLanguages.has(subtags[0] ?? '') ? 'rtl' : 'ltr';
}
