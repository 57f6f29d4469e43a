import { proseKinds } from '../retext-rule.js';
import type { LintRule } from '../types.js';

/** Three or more words in capitals, of two letters or more each, twelve letters in all. */
const shouting = /\b\p{Lu}{2,}(?:[\s,'’-]+\p{Lu}{2,}){2,}\b/gu;

/**
 * Running text in capital letters: harder to read for many people with
 * dyslexia or low vision, and some screen readers spell capitalized words
 * letter by letter. Use the style sheet (`text-transform`) for a capitals look;
 * acronyms alone are fine. Only scripts with case are concerned.
 */
export const allCapsText: LintRule = {
  id: 'all-caps-text',
  severity: 'warning',
  description: 'Several words in a row are written in capital letters.',
  help: 'Write the words in sentence case; if the design wants capitals, the style sheet can show them so (`text-transform: uppercase`).',
  check(context) {
    for (const unit of context.units) {
      if (!proseKinds.has(unit.kind)) continue;
      for (const match of unit.text.matchAll(shouting)) {
        if (match[0].replace(/[^\p{L}]/gu, '').length < 12) continue;
        context.report({ unit, start: match.index, end: match.index + match[0].length, message: `“${match[0]}” is written in capitals` });
      }
    }
  },
};
