import { formatPath } from '../model/path.js';
import type { ArticleIssue } from '../model/errors.js';

/** A 1-based place in a content file. */
export interface SourcePoint {
  line: number;
  column: number;
}

/**
 * Where each part of a converted article came from, keyed by formatted path
 * (`body[3]`), so validation issues can name the file's line and column.
 */
export class SourceMap {
  private readonly points = new Map<string, SourcePoint>();
  /** Where a field's key (not its value) is written: an unknown field is fixed at its key. */
  private readonly keys = new Map<string, SourcePoint>();

  /** Record that the value at `segments` came from `point`. */
  set(segments: ReadonlyArray<string | number>, point: SourcePoint | undefined): void {
    if (point) this.points.set(formatPath(segments), point);
  }

  /** Record where the key of the field at `segments` is written. */
  setKey(segments: ReadonlyArray<string | number>, point: SourcePoint | undefined): void {
    if (point) this.keys.set(formatPath(segments), point);
  }

  /** The recorded place of the nearest enclosing path of `segments`. */
  find(segments: ReadonlyArray<string | number>): SourcePoint | undefined {
    for (let length = segments.length; length >= 0; length--) {
      const point = this.points.get(formatPath(segments.slice(0, length)));
      if (point) return point;
    }
    return undefined;
  }

  /** Add file, line and column to issues. */
  locate(issues: readonly ArticleIssue[], file: string | undefined): ArticleIssue[] {
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
