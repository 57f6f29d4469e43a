import type { InlineList } from './types.js';
import * as z from 'zod';
import { languageTag, direction } from './language.js';
import { safeString, nonBlankString } from './strings.js';
import { linkUrl } from './url-schemas.js';
import { inlineText } from './inline-text.js';

const isoDateOrDateTime = z.union([z.iso.date(), z.iso.datetime({ offset: true })], {
  error: 'Expected an ISO 8601 date (2025-03-06) or date-time with offset',
});

/** Plain text. */
export const textNode = z.strictObject({
  type: z.literal('text'),
  /** The text. */
  value: safeString,
});
/** Stressed text (`em`). */
export const emphasisNode = z.strictObject({
  type: z.literal('emphasis'),
  /** The stressed words. */
  get children() {
    return inlineContent;
  },
});
/** Important text (`strong`). */
export const strongNode = z.strictObject({
  type: z.literal('strong'),
  /** The important words. */
  get children() {
    return inlineContent;
  },
});
/** A hyperlink; `title` is advisory text, never a replacement for the link text. */
export const linkNode = z.strictObject({
  type: z.literal('link'),
  /** Where the link goes: https, http, mailto, tel or a site-relative path. */
  url: linkUrl,
  /** Extra advice shown on hover; not a substitute for link text. */
  title: safeString.optional(),
  /** The link text, which says where it leads. */
  get children() {
    return linkContent;
  },
});
/** Inline code. */
export const inlineCodeNode = z.strictObject({
  type: z.literal('code'),
  /** The code, verbatim. */
  value: safeString,
});
/** A hard line break. */
export const breakNode = z.strictObject({ type: z.literal('break') });
/** An inline quotation (`q`), optionally in another language. */
export const quoteNode = z.strictObject({
  type: z.literal('quote'),
  /** The language of the quote when it differs from the article's. */
  lang: languageTag.optional(),
  /** The quoted words (quotation marks are added for the language). */
  get children() {
    return inlineContent;
  },
});
/** An abbreviation with its expansion. */
export const abbrNode = z.strictObject({
  type: z.literal('abbr'),
  /** The expansion (`European Union`), read by assistive technology. */
  title: nonBlankString,
  /** The abbreviation as printed. */
  get children() {
    return nonEmptyInline;
  },
});
/** A passage in another language (WCAG 3.1.2), optionally with its own direction. */
export const spanNode = z.strictObject({
  type: z.literal('span'),
  /** The passage's language (WCAG 3.1.2). */
  lang: languageTag,
  /** Its direction, when it differs from the language's default. */
  dir: direction.optional(),
  /** The passage. */
  get children() {
    return nonEmptyInline;
  },
});
/** Subscript. */
export const subNode = z.strictObject({
  type: z.literal('sub'),
  /** The subscript (`2` in H₂O). */
  get children() {
    return inlineContent;
  },
});
/** Superscript. */
export const supNode = z.strictObject({
  type: z.literal('sup'),
  /** The superscript (`6` in 10⁶). */
  get children() {
    return inlineContent;
  },
});
/** A date or time in words, with its machine-readable value. */
export const timeNode = z.strictObject({
  type: z.literal('time'),
  /** The machine-readable date or date-time (ISO 8601). */
  datetime: isoDateOrDateTime,
  /** The date as written (`Tuesday`). */
  get children() {
    return nonEmptyInline;
  },
});

/** Every inline node, discriminated by `type`. */
export type InlineNodeSchema = z.ZodDiscriminatedUnion<
  [
    typeof textNode,
    typeof emphasisNode,
    typeof strongNode,
    typeof linkNode,
    typeof inlineCodeNode,
    typeof breakNode,
    typeof quoteNode,
    typeof abbrNode,
    typeof spanNode,
    typeof subNode,
    typeof supNode,
    typeof timeNode,
  ],
  'type'
>;
// Annotated so declaration files name each node schema instead of inlining them (TS7056).
export const inlineNode: InlineNodeSchema = z.discriminatedUnion('type', [
  textNode,
  emphasisNode,
  strongNode,
  linkNode,
  inlineCodeNode,
  breakNode,
  quoteNode,
  abbrNode,
  spanNode,
  subNode,
  supNode,
  timeNode,
]);

/** A run of inline nodes. */
/**
 * Typed as lists of `Inline` (built-in and registered extension nodes, see
 * `CustomInlines`), so every inline field of every block holds extension
 * nodes too; at run time extension nodes are checked by their own schemas.
 */
export const inlineContent: z.ZodType<InlineList, InlineList> = z.array(inlineNode);
/** Inline content that must not be empty (link text, headings…). */
export const nonEmptyInline: z.ZodType<InlineList, InlineList> = z
  .array(inlineNode)
  .min(1, { error: 'Expected at least one inline node' })
  .refine((nodes) => inlineText(nodes).trim().length > 0, {
    error: 'Expected visible text (link text, headings and labels must not be blank)',
  });

interface Nested {
  type: string;
  children?: readonly Nested[];
}
/** Whether inline content holds a link at any depth. */
export const containsLink = (nodes: readonly Nested[]): boolean => nodes.some((node) => node.type === 'link' || (node.children !== undefined && containsLink(node.children)));

/** Link text: visible, and never another link (nested links are invalid HTML and unusable). */

const linkContent: z.ZodType<InlineList, InlineList> = nonEmptyInline.refine((nodes) => !containsLink(nodes), {
  error: 'A link cannot contain another link',
});

export { isoDateOrDateTime };
