import type { ArticleNotice } from '../model/extensions.js';
import { formatPath } from '../model/path.js';
import type { ArticleIssue } from '../model/errors.js';

/** A 1-based place in a content file. */
export interface SourcePoint {
  line: number;
  column: number;
}

/** A 1-based stretch of a content file: where a field or block starts and, when known, ends (exclusive column). */
export interface SourceSpan extends SourcePoint {
  endLine?: number;
  endColumn?: number;
}

/**
 * Where each part of a loaded article is written in its file, keyed by
 * formatted path (`body[3]`, `lead.caption[0]`). Plain data, so it travels
 * between worker threads and into JSON.
 */
export type SourceLocations = Readonly<Record<string, SourceSpan>>;

/**
 * The place of the nearest recorded path that encloses `segments`:
 * `body[3].caption[0]` falls back to `body[3]`, then to the article.
 */
export function locate(locations: SourceLocations, segments: ReadonlyArray<string | number>): SourceSpan | undefined {
  for (let length = segments.length; length >= 0; length--) {
    const span = locations[formatPath(segments.slice(0, length))];
    if (span) return span;
  }
  return undefined;
}

/**
 * Where each part of a converted article came from, keyed by formatted path
 * (`body[3]`), so validation issues can name the file's line and column.
 */
export class SourceMap {
  private readonly spans: Record<string, SourceSpan> = Object.create(null) as Record<string, SourceSpan>;
  /** Where a field's key (not its value) is written: an unknown field is fixed at its key. */
  private readonly keys = new Map<string, SourcePoint>();

  /** Record that the value at `segments` came from `span`. */
  set(segments: ReadonlyArray<string | number>, span: SourceSpan | undefined): void {
    if (span) this.spans[formatPath(segments)] = span;
  }

  /** Record where the key of the field at `segments` is written. */
  setKey(segments: ReadonlyArray<string | number>, point: SourcePoint | undefined): void {
    if (point) this.keys.set(formatPath(segments), point);
  }

  /** The recorded place of the nearest enclosing path of `segments`. */
  find(segments: ReadonlyArray<string | number>): SourcePoint | undefined {
    const span = locate(this.spans, segments);
    return span && { line: span.line, column: span.column };
  }

  /** Every recorded place, as data. */
  locations(): SourceLocations {
    return { ...this.spans };
  }

  /** Add file, line and column to issues. */
  locate<T extends ArticleIssue | ArticleNotice>(issues: readonly T[], file: string | undefined): T[] {
    return issues.map((issue) => {
      const key = issue.code === 'unrecognized_keys' ? this.keys.get(formatPath(issue.segments)) : undefined;
      const point = issue.line === undefined ? (key ?? this.find(issue.segments)) : undefined;
      return {
        ...issue,
        ...(file !== undefined && { file }),
        ...(point && { line: point.line, column: point.column }),
      };
    });
  }
}
