/**
 * Words the renderers add around content. English by default; pass
 * `labels` for another language. When an article is not in English and the
 * defaults are used, renderers mark these words `lang="en"` (WCAG 3.1.2).
 */
export interface Labels {
  /** Before author and reporter names: "By". */
  by: string;
  photographsBy: string;
  videoBy: string;
  editedBy: string;
  translatedBy: string;
  additionalReportingBy: string;
  /** Before a source credit when there is no byline: "Source:". */
  source: string;
  published: string;
  updated: string;
  /** Default label of a related link: "Read more". */
  readMore: string;
  transcript: string;
  imageDescription: string;
  /** Prefix for images in plain text: "Image". */
  image: string;
  video: string;
  audio: string;
  embed: string;
  /** Prefix of a credit: "Credit". */
  credit: string;
  corrections: string;
  correction: string;
  clarification: string;
  update: string;
  /** A link to the media file when the browser cannot play it. */
  download: string;
  duration: string;
  /** Short units of a media duration: "18 min 20 s". */
  days: string;
  hours: string;
  minutes: string;
  seconds: string;
  /** After the title of a video's audio-described version: "(audio described)". */
  audioDescribed: string;
  /** The link to the article's licence in the footer. */
  license: string;
  table: string;
  links: string;
  and: string;
  /** The link from an extension block that a format cannot show (AMP) to the full article: "See it in the full article". */
  fullArticle: string;
}

/** The default (English) labels. */
export const defaultLabels: Labels = {
  by: 'By',
  photographsBy: 'Photographs by',
  videoBy: 'Video by',
  editedBy: 'Edited by',
  translatedBy: 'Translated by',
  additionalReportingBy: 'Additional reporting by',
  source: 'Source:',
  published: 'Published',
  updated: 'Updated',
  readMore: 'Read more',
  transcript: 'Transcript',
  imageDescription: 'Image description',
  image: 'Image',
  video: 'Video',
  audio: 'Audio',
  embed: 'Embedded content',
  credit: 'Credit',
  corrections: 'Corrections and updates',
  correction: 'Correction',
  clarification: 'Clarification',
  update: 'Update',
  download: 'Download the file',
  duration: 'Duration',
  days: 'd',
  hours: 'h',
  minutes: 'min',
  seconds: 's',
  audioDescribed: 'audio described',
  license: 'License',
  table: 'Table',
  links: 'Links',
  and: 'and',
  fullArticle: 'See it in the full article',
};

/** Resolved labels and the language they are written in. */
export interface ResolvedLabels {
  labels: Labels;
  /** Set when the labels' language differs from the article's: mark them with it. */
  lang: string | undefined;
}

/** Merge user labels over the defaults and decide whether they need a `lang`. */
export function resolveLabels(articleLanguage: string, labels: Partial<Labels> | undefined): ResolvedLabels {
  const custom = labels !== undefined && Object.keys(labels).length > 0;
  const english = articleLanguage.toLowerCase().split('-')[0] === 'en';
  return { labels: custom ? { ...defaultLabels, ...labels } : defaultLabels, lang: custom || english ? undefined : 'en' };
}
