import type { SourceLocations } from './source-map.js';
import type { ArticleIssue } from '../model/errors.js';
import type { Article } from '../model/types.js';

/** One content file's outcome: its article, or every problem found in it. */
export type LoadResult =
  | {
      file: string | undefined;
      ok: true;
      article: Article;
      /** Where each field and block is written in the file (see `locate`), for tools that point back at the source. */
      locations: SourceLocations;
    }
  | { file: string | undefined; ok: false; issues: ArticleIssue[] };
