import { formatPath, type PathSegments } from './path.js';

/** One problem found in an article, with where it is. */
export interface ArticleIssue {
  /** Readable path to the field, e.g. `body[3].alt`; `(root)` for the article itself. */
  path: string;
  /** The same path as keys and indexes. */
  segments: Array<string | number>;
  /** Machine-readable kind, e.g. `invalid_type`, `unrecognized_keys`, `custom`. */
  code: string;
  /** What is wrong and what was expected. */
  message: string;
  /** The content file, when the article came from one. */
  file?: string;
  /** 1-based line in `file`, where known. */
  line?: number;
  /** 1-based column in `file`, where known. */
  column?: number;
}

/** Print issues one per line: `× message → at body[3].alt (file:12:3)`. */
export function summarize(issues: readonly ArticleIssue[]): string {
  return issues
    .map((issue) => {
      const place = issue.file ? ` (${issue.file}${issue.line ? `:${issue.line}:${issue.column ?? 1}` : ''})` : '';
      return `× ${issue.message}\n  → at ${issue.path}${place}`;
    })
    .join('\n');
}

/** Thrown by `parseArticle` (and loaders) when content is not a valid article. */
export class ArticleValidationError extends Error {
  override readonly name = 'ArticleValidationError';
  /** Every problem found, not just the first. */
  readonly issues: ArticleIssue[];
  /** The content file, when known. */
  readonly file: string | undefined;

  constructor(issues: ArticleIssue[], file?: string) {
    const count = issues.length === 1 ? '1 problem' : `${issues.length} problems`;
    super(`Invalid article${file ? ` in ${file}` : ''}: ${count}\n${summarize(issues)}`);
    this.issues = issues;
    this.file = file;
  }
}

/** Build an issue from its parts. */
export function createIssue(segments: PathSegments, code: string, message: string, file?: string): ArticleIssue {
  const issue: ArticleIssue = { path: formatPath(segments), segments: [...segments], code, message };
  if (file !== undefined) issue.file = file;
  return issue;
}
