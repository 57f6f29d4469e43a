import { francAll } from 'franc-min';
import { proseKinds } from '../retext-rule.js';
import { sentences, spacedLanguage } from '../nlcst.js';
import { overlaps, type LintUnit } from '../text-units.js';
import type { LintRule } from '../types.js';
import { short } from '../words.js';

/** Scripts each language is written in (ISO 15924 names as Unicode knows them); Latin when not listed. */
const scriptsOf: Record<string, readonly string[]> = {
  ar: ['Arabic'],
  fa: ['Arabic'],
  ur: ['Arabic'],
  ps: ['Arabic'],
  he: ['Hebrew'],
  yi: ['Hebrew'],
  ru: ['Cyrillic'],
  uk: ['Cyrillic'],
  bg: ['Cyrillic'],
  be: ['Cyrillic'],
  mk: ['Cyrillic'],
  kk: ['Cyrillic'],
  sr: ['Cyrillic', 'Latin'],
  el: ['Greek'],
  hi: ['Devanagari'],
  mr: ['Devanagari'],
  ne: ['Devanagari'],
  bn: ['Bengali'],
  ta: ['Tamil'],
  th: ['Thai'],
  ka: ['Georgian'],
  hy: ['Armenian'],
  am: ['Ethiopic'],
  ja: ['Han', 'Hiragana', 'Katakana'],
  zh: ['Han'],
  ko: ['Hangul', 'Han'],
};

/** Scripts told apart, each a Unicode script property. */
const scripts = ['Latin', 'Arabic', 'Hebrew', 'Cyrillic', 'Greek', 'Devanagari', 'Bengali', 'Tamil', 'Thai', 'Georgian', 'Armenian', 'Ethiopic', 'Han', 'Hiragana', 'Katakana', 'Hangul'];
/** A run of letters of one script (and their combining marks). */
const letterRun = new RegExp(scripts.map((name) => `\\p{Script=${name}}[\\p{Script=${name}}\\p{M}]*`).join('|'), 'gu');
const scriptTests = scripts.map((name) => [name, new RegExp(`^\\p{Script=${name}}`, 'u')] as const);
const scriptOf = (word: string) => scriptTests.find(([, test]) => test.test(word))?.[0];

/** Languages the detector may name for a sentence in a Latin-script article (ISO 639-3 → BCP 47). */
export const latinLanguages: Record<string, string> = {
  eng: 'en',
  fra: 'fr',
  spa: 'es',
  deu: 'de',
  ita: 'it',
  por: 'pt',
  nld: 'nl',
  pol: 'pl',
  ron: 'ro',
  ces: 'cs',
  hun: 'hu',
  swe: 'sv',
  tur: 'tr',
  ind: 'id',
  vie: 'vi',
};
const toIso3 = Object.fromEntries(Object.entries(latinLanguages).map(([iso3, tag]) => [tag, iso3]));

/** Names of scripts and languages for messages. */
const names: Record<string, string> = {
  en: 'English',
  fr: 'French',
  es: 'Spanish',
  de: 'German',
  it: 'Italian',
  pt: 'Portuguese',
  nl: 'Dutch',
  pl: 'Polish',
  ro: 'Romanian',
  cs: 'Czech',
  hu: 'Hungarian',
  sv: 'Swedish',
  tr: 'Turkish',
  id: 'Indonesian',
  vi: 'Vietnamese',
};
const scriptLanguage: Record<string, string> = {
  Arabic: 'ar',
  Hebrew: 'he',
  Cyrillic: 'ru',
  Greek: 'el',
  Devanagari: 'hi',
  Bengali: 'bn',
  Tamil: 'ta',
  Thai: 'th',
  Georgian: 'ka',
  Armenian: 'hy',
  Ethiopic: 'am',
  Hangul: 'ko',
  Hiragana: 'ja',
  Katakana: 'ja',
  Han: 'zh',
};

/**
 * A passage in another language without its language marked (WCAG 3.1.2):
 * screen readers read it with the article's voice and rules, which garbles
 * it. Two checks: runs of words in a script the article's language is not
 * written in (Arabic or Cyrillic in an English article; a Latin-script run of
 * three words or more in an Arabic one, not a lone brand or acronym); and, in
 * Latin-script articles, whole sentences of five words or more that the
 * franc language detector places in another language with a clear margin
 * (the article's language scoring at most `margin`, 0.8 by default, of the
 * winner's score). Passages in `:span[…]{lang=…}`, quotes with `lang`, and
 * inline code are skipped.
 */
export const languageOfParts: LintRule = {
  id: 'language-of-parts',
  severity: 'warning',
  description: 'A passage in another language or script is not marked with its language.',
  help: 'Mark the passage with its language, `:span[…]{lang=fr}` in Markdown or a `span` node with `lang` in JSON, so screen readers switch voice and pronunciation. Proper names and words that English has adopted need no mark.',
  wcag: ['3.1.2'],
  check(context) {
    const own = scriptsOf[context.primaryLanguage] ?? ['Latin'];
    const margin = typeof context.options.margin === 'number' ? context.options.margin : 0.8;
    for (const unit of context.units) {
      if (!proseKinds.has(unit.kind) && unit.kind !== 'attribution') continue;
      const report: Report = (found) => context.report(found);
      foreignScripts(unit, own, report);
      if (own.includes('Latin') && own.length === 1 && spacedLanguage(context.primaryLanguage)) foreignSentences(unit, context.primaryLanguage, margin, report);
    }
  },
};

type Report = Parameters<LintRule['check']>[0]['report'];

/** Runs of words in a script the article's language is not written in. */
function foreignScripts(unit: LintUnit, own: readonly string[], report: Report): void {
  let run: { start: number; end: number; scripts: Set<string>; words: number } | undefined;
  const flush = () => {
    if (!run) return;
    const { start, end, scripts: seen, words } = run;
    run = undefined;
    if (overlaps(unit.foreign, { start, end })) return;
    // Latin in a non-Latin article: brand names, acronyms and units are common; a run of three words is a passage.
    if (seen.has('Latin') && words < 3) return;
    const text = unit.text.slice(start, end);
    const tag = seen.has('Hiragana') || seen.has('Katakana') ? 'ja' : seen.has('Hangul') ? 'ko' : scriptLanguage[[...seen][0]!];
    report({
      unit,
      start,
      end,
      message: `“${short(text)}” is in ${[...seen].join(' and ')} script but its language is not marked${tag ? ` (for example \`lang=${tag}\`)` : ''}`,
    });
  };
  for (const match of unit.text.matchAll(letterRun)) {
    const script = scriptOf(match[0])!;
    const start = match.index;
    const end = start + match[0].length;
    if (own.includes(script)) {
      flush();
      continue;
    }
    // Foreign words separated only by spaces and punctuation are one passage (Japanese mixes Han and kana).
    const gap = run ? unit.text.slice(run.end, start) : '';
    if (run && !/[\p{L}\p{N}]/u.test(gap) && (run.scripts.has(script) || script !== 'Latin')) {
      run.end = end;
      // Parts joined without a space (a URL, a domain, a hyphenated word) are one word.
      if (/\s/u.test(gap)) run.words++;
      run.scripts.add(script);
    } else {
      flush();
      run = { start, end, scripts: new Set([script]), words: 1 };
    }
  }
  flush();
}

/** Function words frequent in a language and rare in the others the detector weighs it against. */
const commonWords: Record<string, ReadonlySet<string>> = {
  en: new Set(['the', 'and', 'of', 'to', 'that', 'with', 'for', 'said', 'have', 'has', 'from', 'by', 'this', 'are', 'were', 'which', 'its']),
};

function clearlyOwn(words: readonly string[], language: string): boolean {
  const common = commonWords[language];
  if (!common) return false;
  let hits = 0;
  for (const word of words) if (common.has(word.toLowerCase()) && ++hits >= 2) return true;
  return false;
}

/** Whole sentences the detector places in another language with a clear margin. */
function foreignSentences(unit: LintUnit, language: string, margin: number, report: Report): void {
  const ownIso3 = toIso3[language];
  if (!ownIso3) return;
  for (const sentence of sentences(unit, language)) {
    if (sentence.words.length < 5 || overlaps(unit.foreign, sentence)) continue;
    const letters = sentence.text.replace(/[^\p{Script=Latin}]/gu, '');
    if (letters.length < 25 || letters.length * 2 < sentence.text.length) continue;
    // Two of the article language's commonest words settle it without the detector (the costly part).
    if (clearlyOwn(sentence.words, language)) continue;
    const scores = francAll(sentence.text, { only: Object.keys(latinLanguages), minLength: 20 });
    const [best] = scores;
    if (!best || best[0] === ownIso3 || best[0] === 'und') continue;
    const ownScore = scores.find(([code]) => code === ownIso3)?.[1] ?? 0;
    if (ownScore > margin) continue;
    const tag = latinLanguages[best[0]]!;
    report({ unit, start: sentence.start, end: sentence.end, message: `“${short(sentence.text)}” reads as ${names[tag] ?? tag}, but its language is not marked (\`lang=${tag}\`)` });
  }
}
