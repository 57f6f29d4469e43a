import { ArticleValidationError, createIssue } from '../model/errors.js';
import { safeParseArticle } from '../model/parse.js';
import type { Article } from '../model/types.js';
import { containFault } from './contain-fault.js';
import { jsonSourceMap } from './json-source-map.js';
import type { LoadOptions, LoadResult } from './result.js';

/** Where a JSON syntax error is, from V8's message ("… at position 42" or "line 3 column 5"). */
function errorPlace(source: string, message: string): { line: number; column: number } | undefined {
  const lineColumn = /line (\d+) column (\d+)/.exec(message);
  if (lineColumn) return { line: Number(lineColumn[1]), column: Number(lineColumn[2]) };
  const position = /position (\d+)/.exec(message);
  if (!position) return undefined;
  const before = source.slice(0, Number(position[1])).split('\n');
  return { line: before.length, column: (before[before.length - 1]?.length ?? 0) + 1 };
}

/** Read an article in the canonical JSON form (a CMS export) without throwing. */
export function safeParseJsonArticle(source: string, options: LoadOptions = {}): LoadResult {
  return containFault(options.file, () => convertJson(source, options));
}

function convertJson(source: string, { file, extensions }: LoadOptions): LoadResult {
  let data: unknown;
  // Editors do not count a byte order mark as a column.
  const text = source.replace(/^\uFEFF/, '');
  try {
    data = JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    const issue = { ...createIssue([], 'invalid_json', `Not valid JSON: ${message}`, file), ...errorPlace(source, message) };
    return { file, ok: false, issues: [issue] };
  }
  const result = safeParseArticle(data, { extensions });
  const sourceMap = jsonSourceMap(text);
  if (!result.success) return { file, ok: false, issues: sourceMap.locate(result.issues, file) };
  return { file, ok: true, article: result.article, locations: sourceMap.locations(), notices: sourceMap.locate(result.notices, file) };
}

/**
 * Read an article in the canonical JSON form.
 *
 * @throws {ArticleValidationError} listing every problem.
 */
export function parseJsonArticle(source: string, options: LoadOptions = {}): Article {
  const result = safeParseJsonArticle(source, options);
  if (!result.ok) throw new ArticleValidationError(result.issues, options.file);
  return result.article;
}
