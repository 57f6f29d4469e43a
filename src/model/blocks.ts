import * as z from 'zod';
import { inlineContent, nonEmptyInline } from './inline.js';
import { inlineText } from './inline-text.js';
import { languageTag } from './language.js';
import { safeString, nonBlankString } from './strings.js';
import { webUrl } from './url-schemas.js';
import { rawHtmlProblems, sanitizeRawHtml } from './raw-html.js';

/** Importers write `TODO: …` where a person must write the text; it never validates. */
const placeholder = /^\s*TODO:/;
const writtenBy = <T extends z.ZodType<string>>(schema: T, what: string) =>
  schema.refine((value) => !placeholder.test(value), { error: `Write ${what}: the importer left a \`TODO:\` placeholder here` });

const positiveInt = z.number().int().positive().max(100_000);
const mimeType = z.string().regex(/^[a-z]+\/[a-z0-9.+-]+(?:;.*)?$/i, { error: 'Expected a MIME type such as `video/mp4`' });
/** ISO 8601 duration (`PT2M30S`), the form schema.org and `<time>` use. */
const duration = z.string().regex(/^P(?!$)(?:\d+Y)?(?:\d+M)?(?:\d+W)?(?:\d+D)?(?:T(?=\d)(?:\d+H)?(?:\d+M)?(?:\d+(?:\.\d+)?S)?)?$/, {
  error: 'Expected an ISO 8601 duration such as `PT2M30S`',
});
const transcript = z.strictObject({ url: webUrl.optional(), text: nonBlankString.optional() }).refine((value) => value.url !== undefined || value.text !== undefined, {
  error: 'A transcript needs a `url` or a `text`',
});

/** A paragraph of inline content. */
export const paragraphBlock = z.strictObject({
  type: z.literal('paragraph'),
  /** The text, with marks, links and other inline nodes. */
  children: nonEmptyInline,
});

/** A section heading; level 1 is reserved for the headline. */
export const headingBlock = z.strictObject({
  type: z.literal('heading'),
  /** Outline level: 2, 3 or 4 (the headline is the page's only level 1). */
  level: z.union([z.literal(2), z.literal(3), z.literal(4)], {
    error: 'Expected heading level 2, 3 or 4 (level 1 is the headline)',
  }),
  /** The heading text. */
  children: nonEmptyInline,
  /** The anchor id, for links to this section; made from the text when not given. */
  id: z
    .string()
    .regex(/^[A-Za-z][\w-]*$/, { error: 'Expected an id of letters, digits, `-` and `_`, starting with a letter' })
    .optional(),
});

/** An ordered or unordered list; each item is a list of blocks, so lists nest. */
export const listBlock = z.strictObject({
  type: z.literal('list'),
  /** Numbered (`<ol>`) or bulleted (`<ul>`). */
  ordered: z.boolean(),
  /** The first number of an ordered list. */
  start: z.number().int().min(0).optional(),
  /** The items, each a list of blocks (so lists nest). */
  get items() {
    return z.array(z.array(block).min(1, { error: 'A list item needs at least one block' })).min(1, { error: 'A list needs at least one item' });
  },
});

/** A quotation of one or more blocks, with who said it and where. */
export const blockquoteBlock = z.strictObject({
  type: z.literal('blockquote'),
  /** The quoted blocks, verbatim. */
  get children() {
    return z.array(block).min(1, { error: 'A quote needs at least one block' });
  },
  /** Who said or wrote it, shown after the quote. */
  attribution: inlineContent.optional(),
  /** Where the quote comes from (`cite` attribute). */
  cite: webUrl.optional(),
});

/** A display quote repeating body text; hidden from assistive technology. */
export const pullquoteBlock = z.strictObject({
  type: z.literal('pullquote'),
  /** The repeated words. */
  children: nonEmptyInline,
  /** Who said them. */
  attribution: inlineContent.optional(),
});

/** What an image without a usable text alternative needs (WCAG 1.1.1); also said when `alt` is missing. */
export const altMessage = 'Expected alt text describing the image (or `decorative: true` for a purely decorative one)';

/** An image with its text alternative (WCAG 1.1.1). */
export const imageBlock = z
  .strictObject({
    type: z.literal('image'),
    /** The image URL. */
    src: webUrl,
    /** What the image shows, for people who cannot see it; `''` only with `decorative: true`. */
    alt: writtenBy(safeString, 'the alt text (or set `decorative: true` if the image adds nothing)'),
    /** Intrinsic width in pixels (reserves space: no layout shift). */
    width: positiveInt,
    /** Intrinsic height in pixels. */
    height: positiveInt,
    /** The image adds nothing to the text: hidden from assistive technology. */
    decorative: z.boolean().optional(),
    /** The visible caption. */
    caption: inlineContent.optional(),
    /** The photographer or agency, shown after the caption. */
    credit: safeString.optional(),
    /** A longer description for a chart or map, shown in an expandable section. */
    longDescription: inlineContent.optional(),
    /** Other sizes of the same image, for `srcset`. */
    srcset: z
      .array(z.strictObject({ src: webUrl, width: positiveInt }))
      .min(1)
      .optional(),
  })
  .superRefine((image, ctx) => {
    if (!image.decorative && image.alt.trim().length === 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['alt'],
        message: altMessage,
      });
    }
  });

/** A set of images shown together. */
export const galleryBlock = z.strictObject({
  type: z.literal('gallery'),
  /** The gallery's heading, naming it for assistive technology. */
  title: nonBlankString.optional(),
  /** The images, in order. */
  images: z.array(imageBlock).min(1, { error: 'A gallery needs at least one image' }),
});

const captionTrack = z.strictObject({
  /** The WebVTT file. */
  src: webUrl,
  /** Its language (BCP 47). */
  srclang: languageTag,
  /** The name players show, such as `English`. */
  label: nonBlankString,
  /** `captions` (speech and sound), `subtitles` (translation) or `descriptions` (audio description text). */
  kind: z.enum(['captions', 'subtitles', 'descriptions']),
});

/** A video, self-hosted (`sources`) or on YouTube (`youtubeId`). */
export const videoBlock = z
  .strictObject({
    type: z.literal('video'),
    /** What the video is, for its player and frame title. */
    title: writtenBy(nonBlankString, 'the video’s title'),
    /** Width in pixels (the aspect ratio of the player). */
    width: positiveInt,
    /** Height in pixels. */
    height: positiveInt,
    /** Self-hosted files, best first (one of `sources` or `youtubeId`). */
    sources: z
      .array(z.strictObject({ src: webUrl, type: mimeType }))
      .min(1)
      .optional(),
    /** The 11-character YouTube id (played from youtube-nocookie.com). */
    youtubeId: z
      .string()
      .regex(/^[\w-]{11}$/, { error: 'Expected an 11-character YouTube video id' })
      .optional(),
    /** The still shown before playing. */
    poster: z.strictObject({ src: webUrl, width: positiveInt, height: positiveInt }).optional(),
    /** Running time, ISO 8601 (`PT2M30S`). */
    duration: duration.optional(),
    /** Caption or subtitle tracks (WCAG 1.2.2); a video needs captions or a transcript. */
    captions: z.array(captionTrack).min(1).optional(),
    /** A transcript, as a URL or text (WCAG 1.2.1). */
    transcript: transcript.optional(),
    /** A version with audio description (WCAG 1.2.5). */
    audioDescription: webUrl.optional(),
    /** The visible caption. */
    caption: inlineContent.optional(),
    /** Who made it. */
    credit: safeString.optional(),
  })
  .superRefine((video, ctx) => {
    if ((video.sources === undefined) === (video.youtubeId === undefined)) {
      ctx.addIssue({ code: 'custom', path: ['sources'], message: 'A video needs exactly one of `sources` or `youtubeId`' });
    }
    if (!video.captions?.some((track) => track.kind !== 'descriptions') && !video.transcript) {
      ctx.addIssue({
        code: 'custom',
        path: ['captions'],
        message: 'A video needs `captions` or a `transcript` (WCAG 1.2.1, 1.2.2)',
      });
    }
  });

/** An audio clip; the transcript is required (WCAG 1.2.1). */
export const audioBlock = z.strictObject({
  type: z.literal('audio'),
  /** What the clip is, for its player. */
  title: writtenBy(nonBlankString, 'the clip’s title'),
  /** The audio file. */
  src: webUrl,
  /** Its MIME type, such as `audio/mpeg`. */
  mimeType: mimeType.optional(),
  /** Running time, ISO 8601 (`PT10M`). */
  duration: duration.optional(),
  /** The transcript, as a URL or text (required: WCAG 1.2.1). */
  transcript,
  /** The visible caption. */
  caption: inlineContent.optional(),
  /** Who made it. */
  credit: safeString.optional(),
});

/** Third-party content (a post, a map); `html` is untrusted and sanitized. */
export const embedBlock = z.strictObject({
  type: z.literal('embed'),
  /** Whose content it is (`Maps`, a social network), named in the frame title. */
  provider: nonBlankString,
  /** The content's own page; the fallback links to it. */
  url: webUrl,
  /** What the embed shows, for its frame title. */
  title: writtenBy(nonBlankString, 'the frame title'),
  /** The provider's embed code: untrusted, sanitized in HTML, never in AMP. */
  html: safeString.optional(),
  /** Width in pixels, when the provider fixes one. */
  width: positiveInt.optional(),
  /** Height in pixels. */
  height: positiveInt.optional(),
  /** What readers get where the embed cannot run (AMP, text, no scripts). */
  fallback: nonEmptyInline,
});

/** The wire's "READ MORE:" line: a link to a related story. */
export const relatedLinkBlock = z.strictObject({
  type: z.literal('relatedLink'),
  /** The related story. */
  url: webUrl,
  /** Its headline, the link text. */
  headline: nonBlankString,
  /** The lead-in, `Read more` by default. */
  label: nonBlankString.optional(),
});

const tableRow = z.array(inlineContent).min(1, { error: 'A table row needs at least one cell' });

/** A data table; header cells get `scope`. */
export const tableBlock = z
  .strictObject({
    type: z.literal('table'),
    /** What the table shows (required: it names the table). */
    caption: nonEmptyInline.refine((nodes) => !placeholder.test(inlineText(nodes)), { error: 'Write the table’s caption: the importer left a `TODO:` placeholder here' }),
    /** Header rows; each cell becomes `<th scope="col">`. */
    head: z.array(tableRow),
    /** Data rows, each with as many cells as the first row. */
    body: z.array(tableRow).min(1, { error: 'A table needs at least one body row' }),
    /** The first cell of each body row is a header (`<th scope="row">`). */
    rowHeaders: z.boolean().optional(),
  })
  .superRefine((table, ctx) => {
    const width = (table.head[0] ?? table.body[0])?.length;
    for (const [part, rows] of [
      ['head', table.head],
      ['body', table.body],
    ] as const) {
      rows.forEach((row, index) => {
        if (row.length !== width) {
          ctx.addIssue({ code: 'custom', path: [part, index], message: `Expected ${width} cells like the first row, found ${row.length}` });
        }
      });
    }
  });

/** A boxed-out set of facts beside the story (`aside`). */
export const factboxBlock = z.strictObject({
  type: z.literal('factbox'),
  /** The box's heading (level 2). */
  title: nonBlankString,
  /** The facts, as blocks. */
  get children() {
    return z.array(block).min(1, { error: 'A fact box needs at least one block' });
  },
});

/** A thematic break. */
export const dividerBlock = z.strictObject({ type: z.literal('divider') });

/** A code listing, kept verbatim. */
export const codeBlock = z.strictObject({
  type: z.literal('code'),
  /** The code, kept verbatim. */
  value: safeString,
  /** Its language, such as `js`, for highlighting. */
  language: z
    .string()
    .regex(/^[\w+#.-]{1,32}$/, { error: 'Expected a language name such as `js`' })
    .optional(),
});

/**
 * Untrusted raw HTML: sanitized in HTML, never passed into AMP. What the
 * sanitizer keeps must be accessible (alt text, link text, no second `h1`):
 * otherwise it is a validation error, not a violation found after publishing.
 */
export const htmlBlock = z
  .strictObject({
    type: z.literal('html'),
    /** The raw HTML: untrusted, sanitized. */
    value: safeString,
  })
  .superRefine((node, ctx) => {
    for (const message of rawHtmlProblems(sanitizeRawHtml(node.value).tree)) ctx.addIssue({ code: 'custom', path: ['value'], message });
  });

/** Every body block, discriminated by `type`. */
export type BlockSchema = z.ZodDiscriminatedUnion<
  [
    typeof paragraphBlock,
    typeof headingBlock,
    typeof listBlock,
    typeof blockquoteBlock,
    typeof pullquoteBlock,
    typeof imageBlock,
    typeof galleryBlock,
    typeof videoBlock,
    typeof audioBlock,
    typeof embedBlock,
    typeof relatedLinkBlock,
    typeof tableBlock,
    typeof factboxBlock,
    typeof dividerBlock,
    typeof codeBlock,
    typeof htmlBlock,
  ],
  'type'
>;
// Annotated so declaration files name each block schema instead of inlining them (TS7056).
export const block: BlockSchema = z.discriminatedUnion('type', [
  paragraphBlock,
  headingBlock,
  listBlock,
  blockquoteBlock,
  pullquoteBlock,
  imageBlock,
  galleryBlock,
  videoBlock,
  audioBlock,
  embedBlock,
  relatedLinkBlock,
  tableBlock,
  factboxBlock,
  dividerBlock,
  codeBlock,
  htmlBlock,
]);

/** Lead media: an image, video or audio block. */
export const leadMedia: z.ZodDiscriminatedUnion<[typeof imageBlock, typeof videoBlock, typeof audioBlock], 'type'> = z.discriminatedUnion('type', [imageBlock, videoBlock, audioBlock]);
