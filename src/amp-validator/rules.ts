import { rules as specRules } from './spec/rules.js';

/** Metadata of one AMP rule. */
export interface AmpRule {
  description: string;
  /**
   * `spec`: AMP validity as the official validator defines it (its rule files,
   * its error codes). `house`: presswork's own rules on top (accessibility,
   * stable output), from `shared/AMP.md`; an AMP cache accepts a page that breaks them.
   */
  source: 'spec' | 'house';
  /** WCAG success criteria, for the rules that are also accessibility checks. */
  wcag?: string[];
  impact: 'minor' | 'moderate' | 'serious' | 'critical';
}

/**
 * presswork's house rules, by id. Ids are stable: reports and baselines use them.
 * Each is checked only in the `presswork` profile.
 */
export const ampHouseRules = {
  'amp-lang': { source: 'house', description: 'The `html` element has `lang`, and `dir="rtl"` for a right-to-left language', impact: 'serious', wcag: ['3.1.1'] },
  'amp-viewport-zoom': { source: 'house', description: 'The viewport never disables zoom (`user-scalable=no`, `maximum-scale`)', impact: 'serious', wcag: ['1.4.4'] },
  'amp-canonical-absolute': { source: 'house', description: 'The canonical link is an absolute http(s) URL', impact: 'moderate' },
  'amp-head-order': { source: 'house', description: 'Head order: charset, viewport, meta, runtime, extensions, custom CSS, boilerplate, then the rest', impact: 'minor' },
  'amp-css-transition': { source: 'house', description: 'Transitions and animations only on `opacity` and `transform`', impact: 'minor' },
  'amp-json-ld': { source: 'house', description: 'JSON-LD scripts have only `type` and `nonce`, and `<` escaped', impact: 'moderate' },
  'amp-native-media': { source: 'house', description: 'No `img` outside `noscript`: `amp-img` loads images lazily with a reserved size', impact: 'moderate' },
  'amp-img-alt': { source: 'house', description: '`amp-img` has an `alt` attribute (empty only for decorative images)', impact: 'critical', wcag: ['1.1.1'] },
  'amp-video-name': { source: 'house', description: '`amp-video` has a `title` or `aria-label`', impact: 'serious', wcag: ['4.1.2'] },
  'amp-video-fallback': { source: 'house', description: '`amp-video` has a `fallback` child with a link to the video', impact: 'serious' },
  'amp-youtube-title': { source: 'house', description: '`amp-youtube` has a `title` (it names the player frame)', impact: 'serious', wcag: ['4.1.2'] },
  'amp-iframe-title': { source: 'house', description: '`amp-iframe` has a `title` (it names the frame)', impact: 'serious', wcag: ['4.1.2'] },
  'amp-iframe-sandbox': { source: 'house', description: '`amp-iframe` has a `sandbox` attribute and a `placeholder` child', impact: 'serious' },
  'amp-audio-name': { source: 'house', description: '`amp-audio` has a `title` or `aria-label`', impact: 'serious', wcag: ['4.1.2'] },
  'amp-structured-data': { source: 'house', description: 'JSON-LD `NewsArticle` with headline, dates, main entity and language', impact: 'moderate' },
} as const satisfies Record<string, AmpRule>;

export type AmpHouseRuleId = keyof typeof ampHouseRules;

/** The id of an official validator error code: `DISALLOWED_ATTR` → `amp-disallowed-attr`. */
export const specRuleId = (code: string): `amp-${string}` => `amp-${code.toLowerCase().replace(/_/g, '-')}`;

/** Every rule: the house rules and one per official validator error code (with its message, parameters as `…`). */
export const ampRules: Record<string, AmpRule> = {
  ...Object.fromEntries(
    Object.entries(specRules.errorFormats)
      .filter(([code]) => code !== 'UNKNOWN_CODE')
      .map(([code, format]) => [specRuleId(code), { source: 'spec', description: format.replace(/%\d+/g, '…'), impact: 'serious' } satisfies AmpRule]),
  ),
  ...ampHouseRules,
};

/** A rule id: a house rule, or an official error code as `amp-…`. */
export type AmpRuleId = AmpHouseRuleId | `amp-${string}`;

/** One broken rule at one place. */
export interface AmpIssue {
  rule: AmpRuleId;
  /** `spec` or `house` (see {@link AmpRule.source}). */
  source: 'spec' | 'house';
  /** An error fails AMP validation; a warning (deprecations, and house rules on pages presswork did not render) does not. */
  severity: 'error' | 'warning';
  /** The official validator's error code, for `spec` issues (e.g. `DISALLOWED_ATTR`). */
  code?: string;
  /** The official wording for `spec` issues. */
  message: string;
  /** 1-based line and column in the document, when known. */
  line?: number;
  column?: number;
  /** The offending element's opening tag. */
  element?: string;
}
