import type { SourceLocations } from './source-map.js';
import type { ArticleIssue } from '../model/errors.js';
import type { Article } from '../model/types.js';
import type { ArticleNotice } from '../model/extensions.js';
import type { Extensions } from '../extend/registry.js';

/** Options of the content readers. */
export interface LoadOptions {
  /** The file name, for messages. */
  file?: string;
  /** Extension types to accept (`createPresswork` passes them). */
  extensions?: Extensions | undefined;
}

/** One content file's outcome: its article, or every problem found in it. */
export type LoadResult =
  | {
      file: string | undefined;
      ok: true;
      article: Article;
      /** Where each field and block is written in the file (see `locate`), for tools that point back at the source. */
      locations: SourceLocations;
      /** What the reader should know: an upgrade from an older `schemaVersion`, an unknown extension type kept as fallback. */
      notices: ArticleNotice[];
    }
  | { file: string | undefined; ok: false; issues: ArticleIssue[] };
