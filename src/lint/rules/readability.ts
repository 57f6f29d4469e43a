import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';
import { sentences } from '../nlcst.js';
import type { LintRule } from '../types.js';

// A type, not an interface: flesch-kincaid takes an index signature.
type Counts = { sentence: number; word: number; syllable: number };

const grade = (counts: Counts) => Math.round(fleschKincaid(counts) * 10) / 10;

/** Syllables per word, remembered: news reuses its words, and counting is the rule's main cost. */
const syllables = new Map<string, number>();
function syllablesOf(word: string): number {
  const key = word.toLowerCase();
  let count = syllables.get(key);
  if (count === undefined) {
    count = syllable(key);
    if (syllables.size > 50_000) syllables.clear();
    syllables.set(key, count);
  }
  return count;
}

/**
 * Reading level (Flesch–Kincaid US grade, the formula retext-readability
 * uses, from nlcst sentences and `syllable` counts; English only). Advice,
 * not an error: paragraphs of 20 words or more that read `spread` (6) grades
 * above the article and at grade 16 or more, and the article when it reads
 * above `maxGrade` (14, past a college text). WCAG 3.1.5 (AAA) asks for text
 * at lower-secondary level or a simpler version.
 */
export const readability: LintRule = {
  id: 'readability',
  severity: 'info',
  description: 'A paragraph reads far above the rest of the article, or the article above college level (Flesch–Kincaid grade).',
  help: 'Split long sentences and prefer shorter words; keep one idea to a sentence.',
  wcag: ['3.1.5'],
  languages: ['en'],
  check(context) {
    const spread = typeof context.options.spread === 'number' ? context.options.spread : 6;
    const maxGrade = typeof context.options.maxGrade === 'number' ? context.options.maxGrade : 14;
    const total: Counts = { sentence: 0, word: 0, syllable: 0 };
    const paragraphs: Array<{ unit: (typeof context.units)[number]; counts: Counts }> = [];
    for (const unit of context.units) {
      if (unit.kind !== 'paragraph') continue;
      const counts: Counts = { sentence: 0, word: 0, syllable: 0 };
      for (const sentence of sentences(unit, 'en')) {
        const words = sentence.words.filter((word) => /\p{L}/u.test(word));
        if (words.length === 0) continue;
        counts.sentence++;
        counts.word += words.length;
        for (const word of words) counts.syllable += syllablesOf(word);
      }
      if (counts.word === 0) continue;
      total.sentence += counts.sentence;
      total.word += counts.word;
      total.syllable += counts.syllable;
      paragraphs.push({ unit, counts });
    }
    if (total.word === 0) return;
    const articleGrade = grade(total);
    if (articleGrade > maxGrade) context.report({ segments: ['body'], message: `The article reads at US grade ${articleGrade} (Flesch–Kincaid), above ${maxGrade}` });
    for (const { unit, counts } of paragraphs) {
      const level = grade(counts);
      if (counts.word >= 20 && level >= 16 && level >= articleGrade + spread) {
        context.report({ unit, message: `This paragraph reads at US grade ${level} (Flesch–Kincaid), ${Math.round((level - articleGrade) * 10) / 10} above the article’s ${articleGrade}` });
      }
    }
  },
};
