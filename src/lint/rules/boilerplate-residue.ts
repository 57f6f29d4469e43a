import type { LintUnit } from '../text-units.js';
import type { LintRule } from '../types.js';
import { short } from '../words.js';

interface Residue {
  pattern: RegExp;
  message: string;
  /** Whether removing the paragraph is all the fix needs (nothing of the story is in it). */
  remove: boolean;
}

const widget = String.raw`(?:share|tweet|email|e-mail|print|copy link|facebook|twitter|x|whatsapp|linkedin|reddit|pinterest|telegram)`;

/** Page furniture a feed or scraper leaves in the text, as whole paragraphs (English). */
const residues: readonly Residue[] = [
  {
    pattern: /^(?:read|see) (?:more|also)\s*[:—–-]/iu,
    message: 'a “Read more” line from the feed: make it a related link (`::related{url=… headline=…}`) so every output presents it as a link',
    remove: false,
  },
  { pattern: /^(?:leave a (?:reply|comment)|post a comment|add a comment|join the (?:conversation|discussion))[.!]?$/iu, message: 'comment-form text', remove: true },
  { pattern: /^please (?:enter|type|leave) your (?:comment|name|e-?mail(?: address)?|reply)(?: here)?[.!]?$/iu, message: 'comment-form text', remove: true },
  { pattern: /^your e-?mail address will not be published\b/iu, message: 'comment-form text', remove: true },
  { pattern: /^save my name, e-?mail,? and website\b/iu, message: 'comment-form text', remove: true },
  { pattern: /^comments? (?:are )?(?:closed|disabled)[.!]?$/iu, message: 'comment-form text', remove: true },
  {
    pattern: /^(?:advertisement|sponsored content|story continues below(?: this)? advertisement|article continues below(?: this)? (?:advertisement|ad)|continue reading (?:the )?main story)$/iu,
    message: 'an advertisement marker',
    remove: true,
  },
  { pattern: new RegExp(String.raw`^(?:share (?:this|on)\b[\w\s]*|${widget}(?:\s*[|·•/,]?\s*${widget}){1,})\s*:?$`, 'iu'), message: 'share-button text', remove: true },
  { pattern: /^(?:click|tap) here to (?:subscribe|sign up|register|download|donate|comment)\b/iu, message: 'a subscription or sign-up prompt', remove: true },
  { pattern: /^(?:sign up|subscribe) (?:for|to) (?:our|the) [^.]{0,60}newsletter\b/iu, message: 'a newsletter prompt', remove: true },
  { pattern: /^follow us on (?:twitter|facebook|instagram|x|tiktok|social media)\b/iu, message: 'a social-media prompt', remove: true },
  { pattern: /^(?:you (?:may|might) also like|related (?:stories|articles|coverage)|trending now|most read)\s*:?$/iu, message: 'a heading of a recommendations widget', remove: true },
  { pattern: /^(?:copyright|©)\s.{0,80}all rights reserved\.?$/iu, message: 'a copyright line: it belongs in the article’s `rights.copyright`', remove: false },
  {
    pattern: /^\(?(?:(?:photo|image|picture|video)(?:\s+credit)?\s*(?::|by)\s*[^.]{1,80}|(?:AP|AFP|Reuters|EPA|Getty Images)(?: Photo)?\/[^)]{1,60})\)?$/iu,
    message: 'a photo credit run into the body text: it belongs in the image’s `credit`',
    remove: false,
  },
];

/**
 * Text a feed or a scraped page brings with the story: “READ MORE:” lines,
 * comment forms, share buttons, advertisement markers, newsletter prompts,
 * credits. Each is read aloud and printed in the text version as if it were
 * the story. Whole paragraphs only (a sentence that mentions “advertisement”
 * is news); English phrases.
 */
export const boilerplateResidue: LintRule = {
  id: 'boilerplate-residue',
  severity: 'error',
  description: 'A paragraph is page furniture from a feed or a scraped page (“READ MORE:”, “LEAVE A REPLY”, share buttons, “Advertisement”).',
  help: 'Delete it, or move what it carries where it belongs: a related link, the image’s credit, the article’s rights.',
  languages: ['en'],
  check(context) {
    for (const unit of context.units) {
      if (unit.kind !== 'paragraph' || unit.block === undefined) continue;
      const text = unit.text.trim();
      // A paragraph of furniture lines (a comment form’s labels, joined by the loader) is furniture when each line is.
      const lines = text.split(/\s*\n\s*|(?<=[.!?])\s+/u);
      const matches = lines.map((line) => residues.find((candidate) => candidate.pattern.test(line)));
      const residue = matches[0]?.remove === false ? matches[0] : matches.every(Boolean) ? matches[0] : undefined;
      if (!residue) continue;
      context.report({
        unit,
        message: `“${short(text)}” is ${residue.message}`,
        ...(residue.remove && unit.segments.length === 3 && { fix: { kind: 'remove' as const, segments: paragraphPath(unit), description: 'Delete the paragraph', safe: true } }),
      });
    }
  },
};

/** The paragraph block itself (a unit’s segments end in `children`); only top-level paragraphs are removed, so no list item is left empty. */
const paragraphPath = (unit: LintUnit) => unit.segments.slice(0, -1);
