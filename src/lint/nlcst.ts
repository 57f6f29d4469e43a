import type { Root, Sentence, Word } from 'nlcst';
import { toString } from 'nlcst-to-string';
import { ParseEnglish } from 'parse-english';
import { ParseLatin } from 'parse-latin';
import type { LintUnit } from './text-units.js';

const english = new ParseEnglish();
const latin = new ParseLatin();

/** Languages written without spaces between words: word-based rules do not apply. */
const unspaced = new Set(['ja', 'zh', 'th', 'lo', 'km', 'my', 'bo']);

/** Whether words in `language` (a primary subtag) are separated by spaces. */
export function spacedLanguage(language: string): boolean {
  return !unspaced.has(language);
}

const trees = new WeakMap<LintUnit, Root>();

/** The unit's text as an nlcst tree (parse-english for English, parse-latin otherwise), parsed once per unit. */
export function unitTree(unit: LintUnit, language: string): Root {
  let tree = trees.get(unit);
  if (!tree) {
    tree = (language === 'en' ? english : latin).parse(unit.text);
    trees.set(unit, tree);
  }
  return tree;
}

/** A sentence of a unit: its range in the unit's text and its words. */
export interface SentenceInfo {
  start: number;
  end: number;
  text: string;
  words: string[];
}

/** The sentences of a unit, with offsets into its text. */
export function sentences(unit: LintUnit, language: string): SentenceInfo[] {
  const out: SentenceInfo[] = [];
  for (const paragraph of unitTree(unit, language).children) {
    if (paragraph.type !== 'ParagraphNode') continue;
    for (const sentence of paragraph.children) {
      if (sentence.type !== 'SentenceNode') continue;
      const start = sentence.position?.start.offset ?? 0;
      const end = sentence.position?.end.offset ?? start;
      out.push({ start, end, text: unit.text.slice(start, end), words: wordsOf(sentence) });
    }
  }
  return out;
}

function wordsOf(sentence: Sentence): string[] {
  return sentence.children.filter((child): child is Word => child.type === 'WordNode').map((word) => toString(word));
}
