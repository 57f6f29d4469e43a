import type { LintRule } from '../types.js';
import { allCapsText } from './all-caps-text.js';
import { altTextQuality } from './alt-text-quality.js';
import { boilerplateResidue } from './boilerplate-residue.js';
import { captions } from './captions.js';
import { headingStructure } from './heading-structure.js';
import { languageOfParts } from './language-of-parts.js';
import { linkText } from './link-text.js';
import { nameConsistency } from './name-consistency.js';
import { readability } from './readability.js';
import { repeatedWords } from './repeated-words.js';
import { sensoryLanguage } from './sensory-language.js';

/** The built-in rules, in the order they run. */
export const lintRules: readonly LintRule[] = [
  sensoryLanguage,
  boilerplateResidue,
  nameConsistency,
  repeatedWords,
  altTextQuality,
  linkText,
  languageOfParts,
  readability,
  headingStructure,
  captions,
  allCapsText,
];
