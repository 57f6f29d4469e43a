import { safeParseArticle } from '../model/parse.js';
import { formatPath } from '../model/path.js';
import type { ImportIssue } from './types.js';

/**
 * Validation problems no gap explains: listed as gaps too (code `invalid`), so
 * the list is complete even where the importer did not foresee a problem.
 */
export function unexplained(article: Record<string, unknown>, issues: readonly ImportIssue[]): ImportIssue[] {
  const result = safeParseArticle(article);
  if (result.success) return [];
  // A gap covers the problems at its path and below; a size gap covers both width and height.
  const same = (a: string | number | undefined, b: string | number | undefined) => a === b || (a === 'width' && b === 'height');
  const covered = (segments: ReadonlyArray<string | number>) =>
    issues.some((issue) => issue.severity === 'gap' && issue.segments && issue.segments.length <= segments.length && issue.segments.every((segment, index) => same(segment, segments[index])));
  return result.issues
    .filter((issue) => !covered(issue.segments))
    .map((issue) => ({ code: 'invalid', severity: 'gap' as const, message: issue.message, path: formatPath(issue.segments), segments: issue.segments }));
}
