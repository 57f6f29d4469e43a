import { checkHeadingOutline } from './outline.js';
import * as z from 'zod';
import { block, leadMedia } from './blocks.js';
import { inlineContent, nonEmptyInline, isoDateOrDateTime } from './inline.js';
import { languageTag, direction } from './language.js';
import { safeString, nonBlankString } from './strings.js';
import { httpsUrl, webUrl } from './url.js';

/** The only schema version this release reads. */
export const schemaVersion = 1;

const isoDateTime = z.iso.datetime({
  offset: true,
  error: 'Expected an ISO 8601 date-time with an offset, such as `2025-03-06T14:05:00Z` or `2025-03-06T09:05:00-05:00`',
});

/** Who wrote, reported, photographed or edited the article. */
export const byline = z.strictObject({
  name: nonBlankString,
  role: z.enum(['author', 'reporter', 'photographer', 'videographer', 'editor', 'contributor', 'translator']),
  url: webUrl.optional(),
  affiliation: nonBlankString.optional(),
});

/** A correction, clarification or update notice, shown after the body. */
export const correction = z.strictObject({
  kind: z.enum(['correction', 'clarification', 'update']),
  date: isoDateOrDateTime,
  text: nonEmptyInline,
});

/**
 * The article: the canonical JSON form. Field names are a public contract
 * shared with content files and CMS exports.
 */
export const articleSchema = z
  .strictObject({
    schemaVersion: z.literal(schemaVersion, { error: `Expected \`schemaVersion: ${schemaVersion}\`` }),
    id: nonBlankString.max(200),
    slug: z
      .string()
      .max(200)
      .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
        error: 'Expected a slug of lowercase ASCII letters and digits joined by single hyphens, such as `eu-defense-spending`',
      }),
    language: languageTag,
    direction: direction.optional(),
    headline: nonBlankString.max(1000),
    alternativeHeadline: nonBlankString.optional(),
    dek: inlineContent.optional(),
    kicker: nonBlankString.optional(),
    section: z.strictObject({ name: nonBlankString, url: webUrl.optional() }).optional(),
    tags: z.array(nonBlankString).optional(),
    bylines: z.array(byline),
    source: z.strictObject({ name: nonBlankString, url: webUrl.optional(), kind: z.enum(['staff', 'wire', 'partner']).optional() }).optional(),
    dateline: nonBlankString.optional(),
    published: isoDateTime,
    modified: isoDateTime.optional(),
    canonicalUrl: httpsUrl,
    ampUrl: httpsUrl.optional(),
    lead: leadMedia.optional(),
    body: z.array(block).min(1, { error: 'An article needs at least one body block' }),
    corrections: z.array(correction).optional(),
    rights: z.strictObject({ copyright: safeString.optional(), license: webUrl.optional() }).optional(),
    accessibilitySummary: safeString.optional(),
  })
  .superRefine(checkHeadingOutline);
