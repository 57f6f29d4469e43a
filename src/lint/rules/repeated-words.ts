import type { Root } from 'nlcst';
import { toString } from 'nlcst-to-string';
import retextRepeatedWords from 'retext-repeated-words';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { retextRule } from '../retext-rule.js';
import { pieceOf, within } from '../text-units.js';

/** A word of a script without case (Arabic, Hebrew, Thai…). */
const caseless = (word: string) => word.toLowerCase() === word.toUpperCase() && /\p{L}/u.test(word);

/**
 * retext-repeated-words exempts capitalized words (“Duran Duran”) by testing
 * that the first letter equals its upper case, which every letter of a
 * caseless script does: this finds the repeats it skips there, the same way.
 */
function caselessRepeats() {
  return (tree: Root, file: VFile) => {
    visit(tree, 'SentenceNode', (sentence) => {
      let previous: { index: number; value: string } | undefined;
      sentence.children.forEach((child, index) => {
        if (child.type === 'WhiteSpaceNode') return;
        const value = child.type === 'WordNode' ? toString(child) : undefined;
        if (value !== undefined && previous?.value === value && caseless(value)) {
          const start = sentence.children[previous.index]!.position?.start;
          const end = child.position?.end;
          file.message(`Unexpected repeated \`${value}\`, remove one occurrence`, { ...(start && end && { place: { start, end } }), ruleId: 'caseless', source: 'presswork' });
        }
        previous = value === undefined ? undefined : { index, value };
      });
    });
  };
}

/** retext-repeated-words and its caseless complement, as one plugin. */
function repeatedWordsPlugin() {
  const cased = retextRepeatedWords();
  const uncased = caselessRepeats();
  return (tree: Root, file: VFile) => {
    cased(tree, file);
    uncased(tree, file);
  };
}

/**
 * `we we`: a word typed twice (retext-repeated-words, which already allows
 * `had had`, `that that` and `Duran Duran`). Outside a quotation the fix
 * drops the repeat; inside one the words may be the speaker's, so the advice
 * is to correct the quote or mark it `[sic]`, and `we we [sic]` is accepted.
 */
export const repeatedWords = retextRule({
  id: 'repeated-words',
  severity: 'warning',
  description: 'A word is repeated (`we we`).',
  help: 'Delete the repeat. In a quotation, correct it if it is a typing slip, or keep it and add “[sic]” if the speaker said it.',
  plugin: repeatedWordsPlugin,
  map(message, unit, range) {
    const actual = unit.text.slice(range.start, range.end);
    const word = /^[^\s]+/.exec(actual)?.[0] ?? actual;
    if (within(unit.quoted, range)) {
      if (/^\s*\[sic\]/i.test(unit.text.slice(range.end))) return undefined;
      return {
        unit,
        ...range,
        message: `“${actual}” repeats a word inside a quotation: correct the quote, or write “${actual} [sic]” if that is what was said`,
        fix: fixAt(unit, range, actual, `${actual} [sic]`, 'Mark the repeat as the speaker’s with [sic]', false),
      };
    }
    return { unit, ...range, message: `“${actual}” repeats a word: delete one “${word}”`, fix: fixAt(unit, range, actual, word, `Delete the repeated “${word}”`, true) };
  },
});

function fixAt(unit: import('../text-units.js').LintUnit, range: { start: number; end: number }, find: string, replace: string, description: string, safe: boolean) {
  const piece = pieceOf(unit, range);
  return piece ? { kind: 'replace' as const, segments: piece.segments, offset: range.start - piece.start, find, replace, description, safe } : undefined;
}
