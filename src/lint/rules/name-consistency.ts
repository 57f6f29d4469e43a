import leven from 'leven';
import { proseKinds } from '../retext-rule.js';
import { overlaps, pieceOf, type LintUnit } from '../text-units.js';
import type { LintRule } from '../types.js';

interface Occurrence {
  unit: LintUnit;
  /** Reading order across the article. */
  order: number;
  start: number;
  end: number;
}

interface Spelling {
  word: string;
  occurrences: Occurrence[];
  /** Seen capitalized where a sentence does not start: a name, not a capitalized common word. */
  midSentence: boolean;
}

/** Endings that make another word of a name (Russia → Russian, Ukrainian → Ukrainians), not a misspelling. */
const derived = /^(?:s|es|n|an|ian|ish|ese|i|er|ers|ism)$/u;

const capitalized = /\p{Lu}[\p{Ll}\p{M}]+(?:[-’'](?:\p{Lu}[\p{Ll}\p{M}]+))*/gu;

/**
 * “Healy” beside “Healey”: one name spelt two ways in an article, found by
 * edit distance (one letter added, dropped or changed; words of four letters
 * or more). Only capitalized words that appear mid-sentence somewhere (names,
 * not sentence-initial common words) and never in lower case; quotations are
 * left out. The suggestion is the spelling used more often; on a tie the
 * later variant is flagged without a suggestion.
 */
export const nameConsistency: LintRule = {
  id: 'name-consistency',
  severity: 'warning',
  description: 'One name is spelt two ways in the article (“Healy” and “Healey”).',
  help: 'Check the name against a reliable source and use one spelling throughout.',
  check(context) {
    const spellings = new Map<string, Spelling>();
    let order = 0;
    const lower = new Set<string>();
    for (const unit of context.units) {
      if (!proseKinds.has(unit.kind)) continue;
      for (const word of unit.text.matchAll(/[\p{Ll}][\p{L}\p{M}]*/gu)) if (word.index === 0 || !/[\p{L}\p{M}]/u.test(unit.text[word.index - 1]!)) lower.add(word[0]);
      for (const match of unit.text.matchAll(capitalized)) {
        const word = match[0];
        const range = { unit, order: order++, start: match.index, end: match.index + word.length };
        const before = unit.text.slice(0, match.index);
        if (/[\p{L}\p{M}\d]$/u.test(before)) continue;
        if (word.length < 4 || overlaps(unit.quoted, range)) continue;
        const spelling = spellings.get(word) ?? { word, occurrences: [], midSentence: false };
        spelling.occurrences.push(range);
        // Sentence-initial: the unit's start, or after a full stop, colon, quotation mark, dash or bracket.
        const preceding = before.trimEnd();
        if (preceding !== '' && !/[.!?:;“"‘«„—–(\n]$/u.test(preceding)) spelling.midSentence = true;
        spellings.set(word, spelling);
      }
    }
    const names = [...spellings.values()].filter((spelling) => !lower.has(spelling.word.toLowerCase()));
    const reported = new Set<string>();
    for (const [index, a] of names.entries()) {
      for (const b of names.slice(index + 1)) {
        if (!(a.midSentence || b.midSentence) || leven(a.word, b.word) !== 1 || isDerived(a.word, b.word)) continue;
        const [major, minor] = a.occurrences.length >= b.occurrences.length ? [a, b] : [b, a];
        if (reported.has(minor.word)) continue;
        reported.add(minor.word);
        const tie = major.occurrences.length === minor.occurrences.length;
        const flagged = tie ? (first(a) < first(b) ? b : a) : minor;
        const other = flagged === a ? b : a;
        for (const occurrence of flagged.occurrences) {
          const piece = pieceOf(occurrence.unit, occurrence);
          context.report({
            unit: occurrence.unit,
            start: occurrence.start,
            end: occurrence.end,
            message: tie
              ? `“${flagged.word}” and “${other.word}” look like one name spelt two ways (${times(flagged)} each)`
              : `“${flagged.word}” (${times(flagged)}) looks like a misspelling of “${other.word}” (${times(other)})`,
            ...(!tie &&
              piece && {
                fix: {
                  kind: 'replace' as const,
                  segments: piece.segments,
                  offset: occurrence.start - piece.start,
                  find: flagged.word,
                  replace: other.word,
                  description: `Spell it “${other.word}”`,
                  safe: false,
                },
              }),
          });
        }
      }
    }
  },
};

function isDerived(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return long.startsWith(short) && derived.test(long.slice(short.length));
}

/** Where a spelling first appears, as an order across units. */
const first = (spelling: Spelling) => spelling.occurrences[0]!.order;
const times = (spelling: Spelling) => (spelling.occurrences.length === 1 ? 'once' : `${spelling.occurrences.length} times`);
