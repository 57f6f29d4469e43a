import { proseKinds } from '../retext-rule.js';
import { within } from '../text-units.js';
import type { LintRule } from '../types.js';

/** `above`/`below` as a place on the page, not `above the river` or `below zero`. */
const onPage = String.raw`(?:above|below)(?![ \u00a0]+(?:the|a|an|its|their|his|her|our|your|this|that|these|those|sea|ground|water|average|normal|zero|freezing|expectations?|par|\d|\p{Lu}))`;
const side = String.raw`(?:on|to) the (?:left|right)|at the (?:top|bottom)(?: of (?:the|this) (?:page|screen))?`;
const things = String.raw`player|video|clip|footage|photo(?:graph)?s?|pictures?|images?|graphics?|charts?|graphs?|maps?|diagrams?|illustrations?|slideshows?|galler(?:y|ies)|buttons?|icons?|sidebar|panels?|widgets?|banner`;
const colours = 'red|green|blue|yellow|orange|purple|pink|grey|gray|black|white|brown';
const marks = 'lines?|buttons?|links?|areas?|bars?|dots?|markers?|box(?:es)?|arrows?|circles?|squares?|icons?|shading|zones?|regions?';

/** English phrases that point at the screen: position, colour or shape of what a reader cannot see or find. */
const patterns: ReadonlyArray<{ pattern: RegExp; what: string; wcag: string[] }> = [
  { pattern: new RegExp(String.raw`\b(?:${things})\s+(?:${onPage}|${side})`, 'giu'), what: 'where something is on the screen', wcag: ['1.3.3'] },
  {
    pattern: new RegExp(String.raw`\b(?:shown|seen|pictured|illustrated|displayed|depicted|highlighted|visible|listed)\s+(?:${onPage}|${side})`, 'giu'),
    what: 'where something is on the screen',
    wcag: ['1.3.3'],
  },
  {
    pattern: new RegExp(
      String.raw`\b(?:click|tap|press|select|hit|use)\s+(?:on\s+)?the\s+(?:[\p{L}-]+\s+){0,3}?(?:button|link|icon|arrow|tab|box)\s+(?:on|at|in|to)\s+the\s+(?:left|right|top|bottom|corner|side)\b`,
      'giu',
    ),
    what: 'where a control is on the screen',
    wcag: ['1.3.3'],
  },
  {
    pattern: new RegExp(String.raw`\b(?:see|look at|follow|click|tap|press|find|note)\s+the\s+(?:${colours}|dotted|dashed|shaded)\s+(?:${marks})\b`, 'giu'),
    what: 'a colour or look',
    wcag: ['1.3.3', '1.4.1'],
  },
  { pattern: new RegExp(String.raw`\b(?:shown|marked|highlighted|coloured|colored|shaded)\s+in\s+(?:${colours})\b`, 'giu'), what: 'a colour', wcag: ['1.3.3', '1.4.1'] },
  { pattern: /\b(?:scroll (?:down|up)|swipe (?:left|right|up|down))\b/giu, what: 'a gesture on a screen', wcag: ['1.3.3'] },
];

/**
 * “Watch the meeting in the player above.”: instructions that depend on
 * where something is shown, or its colour or shape (WCAG 1.3.3, 1.4.1). The
 * text and audio versions have no “above”, AMP and apps may place media
 * elsewhere, and screen-reader users cannot see the red line. Quotations
 * are the speaker’s words and are left alone. English phrases; more with the
 * `phrases` option (regular expressions).
 */
export const sensoryLanguage: LintRule = {
  id: 'sensory-language',
  severity: 'warning',
  description: 'Text points at where something is on the screen, or at its colour or shape (“the player above”, “the red line”).',
  help: 'Name the thing instead of where it is or how it looks: “the video of the meeting”, “the flood line on the map (dashed)”. In the text and audio versions there is no “above”.',
  wcag: ['1.3.3', '1.4.1'],
  check(context) {
    const extra = ((context.options.phrases as string[] | undefined) ?? []).map((source) => ({ pattern: new RegExp(source, 'giu'), what: 'the screen', wcag: ['1.3.3'] }));
    const active = context.primaryLanguage === 'en' ? [...patterns, ...extra] : extra;
    if (active.length === 0) return;
    for (const unit of context.units) {
      if (!proseKinds.has(unit.kind)) continue;
      const matches = active.flatMap(({ pattern, what }) => [...unit.text.matchAll(pattern)].map((match) => ({ start: match.index, end: match.index + match[0].length, what })));
      // Patterns overlap (“click the blue button on the right”): the longest match from each place is the finding.
      matches.sort((a, b) => a.start - b.start || b.end - a.end);
      let reached = 0;
      for (const { start, end, what } of matches) {
        if (start < reached || within(unit.quoted, { start, end })) continue;
        reached = end;
        context.report({ unit, start, end, message: `“${unit.text.slice(start, end)}” refers to ${what}; readers of the text, audio and AMP versions and screen-reader users cannot follow it` });
      }
    }
  },
};
