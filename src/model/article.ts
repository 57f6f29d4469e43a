import { checkHeadingOutline } from './outline.js';
import * as z from 'zod';
import { block, leadMedia } from './blocks.js';
import { inlineContent, nonEmptyInline, isoDateOrDateTime } from './inline.js';
import { languageTag, direction } from './language.js';
import { safeString, nonBlankString } from './strings.js';
import { httpsUrl, webUrl } from './url-schemas.js';

import { schemaVersion } from './migrate.js';

export { schemaVersion };

const isoDateTime = z.iso.datetime({
  offset: true,
  error: 'Expected an ISO 8601 date-time with an offset, such as `2025-03-06T14:05:00Z` or `2025-03-06T09:05:00-05:00`',
});

/** Who wrote, reported, photographed or edited the article. */
export const byline = z.strictObject({
  /** The person's name as printed. */
  name: nonBlankString,
  /** What they did; decides the credit line ("By", "Photographs by"…). */
  role: z.enum(['author', 'reporter', 'photographer', 'videographer', 'editor', 'contributor', 'translator']),
  /** Their author page. */
  url: webUrl.optional(),
  /** Their organisation, shown in brackets (a wire, a partner paper). */
  affiliation: nonBlankString.optional(),
});

/** A correction, clarification or update notice, shown after the body. */
export const correction = z.strictObject({
  /** `correction` (an error fixed), `clarification` or `update`. */
  kind: z.enum(['correction', 'clarification', 'update']),
  /** When it was made (ISO 8601 date or date-time). */
  date: isoDateOrDateTime,
  /** What changed, in a sentence. */
  text: nonEmptyInline,
});

/**
 * The article: the canonical JSON form. Field names are a public contract
 * shared with content files and CMS exports.
 */
export const articleSchema = z
  .strictObject({
    /** The version of this schema the content follows: `2` (older versions are upgraded when read, see `migrateArticle`). */
    schemaVersion: z.literal(schemaVersion, { error: `Expected \`schemaVersion: ${schemaVersion}\`` }),
    /** A stable id from the CMS, unique across the site. */
    id: nonBlankString.max(200),
    /** The URL name: lowercase ASCII words joined by hyphens; also the output file name. */
    slug: z
      .string()
      .max(200)
      .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
        error: 'Expected a slug of lowercase ASCII letters and digits joined by single hyphens, such as `eu-defense-spending`',
      }),
    /** The article's language, a BCP 47 tag such as `en` or `ar-EG` (`<html lang>`). */
    language: languageTag,
    /** Text direction; derived from `language` when not given. */
    direction: direction.optional(),
    /** The headline: the page's one `h1` and its title. */
    headline: nonBlankString.max(1000),
    /** A second headline (for search or social), shown under the first. */
    alternativeHeadline: nonBlankString.optional(),
    /** The standfirst: a sentence or two under the headline. */
    dek: inlineContent.optional(),
    /** A short label above the headline (`Analysis`, `Live`). */
    kicker: nonBlankString.optional(),
    /** The site section, with its page. */
    section: z.strictObject({ name: nonBlankString, url: webUrl.optional() }).optional(),
    /** Topic tags. */
    tags: z.array(nonBlankString).optional(),
    /** Everyone credited; may be empty for a wire story (then `source` is credited). */
    bylines: z.array(byline),
    /** Where the story comes from: the newsroom, a wire service or a partner. */
    source: z.strictObject({ name: nonBlankString, url: webUrl.optional(), kind: z.enum(['staff', 'wire', 'partner']).optional() }).optional(),
    /** Where it was reported (`WASHINGTON`), shown before the dates. */
    dateline: nonBlankString.optional(),
    /** First publication, ISO 8601 date-time with an offset. */
    published: isoDateTime,
    /** Last substantive change, ISO 8601 date-time with an offset. */
    modified: isoDateTime.optional(),
    /** The article's https address (`<link rel="canonical">`). */
    canonicalUrl: httpsUrl,
    /** The https address of its AMP version (`<link rel="amphtml">`). */
    ampUrl: httpsUrl.optional(),
    /** The lead image, video or audio, shown above the body and loaded first. */
    lead: leadMedia.optional(),
    /** The story, as blocks. */
    body: z.array(block).min(1, { error: 'An article needs at least one body block' }),
    /** Corrections, clarifications and updates, oldest first, shown after the body. */
    corrections: z.array(correction).optional(),
    /** Copyright notice and licence URL. */
    rights: z.strictObject({ copyright: safeString.optional(), license: webUrl.optional() }).optional(),
    /** A sentence on the article's accessibility (schema.org `accessibilitySummary`). */
    accessibilitySummary: safeString.optional(),
  })
  .superRefine(checkHeadingOutline);
