import type { ArticleIssue } from '../model/errors.js';
import type { Article } from '../model/types.js';

/** One content file's outcome: its article, or every problem found in it. */
export type LoadResult =
  | { file: string | undefined; ok: true; article: Article }
  | { file: string | undefined; ok: false; issues: ArticleIssue[] };
