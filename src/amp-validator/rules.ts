/** Metadata of one AMP conformance rule. */
export interface AmpRule {
  description: string;
  /** WCAG success criteria, for the rules that are also accessibility checks. */
  wcag?: string[];
  impact: 'minor' | 'moderate' | 'serious' | 'critical';
}

/**
 * The rules of `shared/AMP.md` (from the AMP HTML spec and the validator's
 * tag specs), by id. Ids are stable: reports and baselines use them.
 */
export const ampRules = {
  'amp-doctype': { description: 'The document starts with `<!doctype html>`', impact: 'serious' },
  'amp-html-attribute': { description: 'The `html` element has `⚡` (or `amp`), `lang`, and `dir="rtl"` for right-to-left languages', impact: 'serious', wcag: ['3.1.1'] },
  'amp-head-body': { description: 'The document has exactly one `head` and one `body`', impact: 'serious' },
  'amp-charset': { description: '`<meta charset="utf-8">` is the first child of `head`', impact: 'serious' },
  'amp-viewport': { description: 'A viewport meta with `width=device-width`, never disabling zoom', impact: 'serious', wcag: ['1.4.4'] },
  'amp-canonical': { description: 'Exactly one `<link rel="canonical">` with an http(s) URL', impact: 'serious' },
  'amp-runtime': { description: 'Exactly one AMP runtime script (`v0.js`) in `head`', impact: 'serious' },
  'amp-boilerplate': { description: 'The AMP boilerplate CSS, verbatim, in `head`', impact: 'serious' },
  'amp-custom-css': { description: 'At most one `style[amp-custom]` in head, within size limits and AMP’s CSS restrictions', impact: 'serious' },
  'amp-head-order': { description: 'Head order: charset, viewport, meta, runtime, extensions, custom CSS, boilerplate, then the rest', impact: 'minor' },
  'amp-forbidden-script': { description: 'Only the runtime, extension scripts and JSON-LD (`type`/`nonce` only, `<` escaped) are allowed', impact: 'critical' },
  'amp-forbidden-element': { description: 'No `img`, `video`, `audio`, `iframe`, `picture`, `embed`, `object`, `param`, `applet`, `frame`, `frameset`, `form` or non-root `base`', impact: 'serious' },
  'amp-event-handler': { description: 'No `on…` event-handler attributes', impact: 'critical' },
  'amp-xml-attribute': { description: 'No `xmlns` or `xml:*` attributes', impact: 'moderate' },
  'amp-reserved-name': { description: 'No `i-amp-`/`i-amphtml-` names; no ids AMP reserves or that shadow DOM properties', impact: 'serious' },
  'amp-url-protocol': { description: 'Links use only allowed protocols (never `javascript:`)', impact: 'critical' },
  'amp-link-target': { description: '`target` is `_blank`, `_self` or `_top`', impact: 'moderate' },
  'amp-aria-attribute': { description: 'Only ARIA attributes on AMP’s allowlist', impact: 'serious' },
  'amp-extension-script': { description: 'Exactly one extension script per component used, none for components not used', impact: 'serious' },
  'amp-img': { description: '`amp-img` has `src`, `width`, `height` and a layout', impact: 'serious' },
  'amp-img-alt': { description: '`amp-img` has an `alt` attribute (empty only for decorative images)', impact: 'critical', wcag: ['1.1.1'] },
  'amp-video': { description: '`amp-video` has https sources, size, layout, valid caption tracks and a fallback link', impact: 'serious' },
  'amp-video-name': { description: '`amp-video` has a `title` or `aria-label`', impact: 'serious', wcag: ['4.1.2'] },
  'amp-youtube': { description: '`amp-youtube` has `data-videoid`, size and a non-intrinsic layout', impact: 'serious' },
  'amp-youtube-title': { description: '`amp-youtube` has a `title` (it names the player frame)', impact: 'serious', wcag: ['4.1.2'] },
  'amp-iframe': { description: '`amp-iframe` has an https `src`, `sandbox`, size, layout and a `placeholder` child', impact: 'serious' },
  'amp-iframe-title': { description: '`amp-iframe` has a `title` (it names the frame)', impact: 'serious', wcag: ['4.1.2'] },
  'amp-audio': { description: '`amp-audio` has an https `src`', impact: 'serious' },
  'amp-audio-name': { description: '`amp-audio` has a `title` or `aria-label`', impact: 'serious', wcag: ['4.1.2'] },
  'amp-structured-data': { description: 'JSON-LD `NewsArticle` with headline, dates, main entity and language', impact: 'moderate' },
} as const satisfies Record<string, AmpRule>;

export type AmpRuleId = keyof typeof ampRules;

/** One broken rule at one place. */
export interface AmpIssue {
  rule: AmpRuleId;
  message: string;
  /** 1-based line and column in the document, when known. */
  line?: number;
  column?: number;
  /** The offending element's opening tag. */
  element?: string;
}
