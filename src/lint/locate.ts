import { formatPath } from '../model/path.js';
import type { SourceSpan } from '../load/source-map.js';
import type { LintUnit } from './text-units.js';
import type { LintPath } from './types.js';

type Locations = Readonly<Record<string, SourceSpan>>;
type Place = { line: number; column: number; endLine: number; endColumn: number };

/** Offsets of line starts of a source, to turn 1-based line/column into offsets and back. */
export class LineIndex {
  private readonly starts: number[] = [0];
  constructor(readonly source: string) {
    for (let index = source.indexOf('\n'); index !== -1; index = source.indexOf('\n', index + 1)) this.starts.push(index + 1);
  }
  offset(line: number, column: number): number {
    return (this.starts[line - 1] ?? this.source.length) + column - 1;
  }
  point(offset: number): { line: number; column: number } {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.starts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - this.starts[low]! + 1 };
  }
}

/** The nearest recorded span enclosing `segments`, with the length of the path it was recorded for. */
export function spanOf(locations: Locations, segments: LintPath): { span: SourceSpan; depth: number } | undefined {
  for (let depth = segments.length; depth >= 0; depth--) {
    const span = locations[formatPath(segments.slice(0, depth))];
    if (span) return { span, depth };
  }
  return undefined;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** The words as a pattern that allows line breaks and repeated spaces where the text has spaces (wrapped Markdown). */
export const loosePattern = (text: string) =>
  new RegExp(
    text
      .trim()
      .split(/\s+/u)
      .map(escape)
      .join(String.raw`\s+`),
    'gu',
  );

function wholeSpan(span: SourceSpan): Place {
  return { line: span.line, column: span.column, endLine: span.endLine ?? span.line, endColumn: span.endColumn ?? span.column };
}

/**
 * Where a finding's words are in the source: the span recorded for its
 * field, narrowed to the words when the source is given and the words are
 * written there as they read (the n-th time in the span for the n-th time in
 * the text).
 */
export function locateWords(locations: Locations, lines: LineIndex | undefined, segments: LintPath, unit: LintUnit | undefined, start: number, end: number): Place | undefined {
  const piece = unit?.pieces.find((candidate) => candidate.start <= start && start < Math.max(candidate.end, candidate.start + 1)) ?? unit?.pieces[0];
  const found = spanOf(locations, piece?.segments ?? segments);
  if (!found) return undefined;
  const place = wholeSpan(found.span);
  if (!lines || !unit || found.span.endLine === undefined || found.span.endColumn === undefined) return place;
  const words = unit.text.slice(start, end);
  if (!words.trim()) return place;
  // The span holds the piece's own text (a text node's value) or the whole unit (a Markdown block).
  const inPiece = piece !== undefined && found.depth > unit.segments.length;
  const text = inPiece ? unit.text.slice(piece.start, piece.end) : unit.text;
  const before = inPiece ? start - piece.start : start;
  const pattern = loosePattern(words);
  let nth = 0;
  for (const match of text.matchAll(pattern)) if (match.index < before) nth++;
  const from = lines.offset(found.span.line, found.span.column);
  const to = lines.offset(found.span.endLine, found.span.endColumn);
  const slice = lines.source.slice(from, to);
  let index = 0;
  for (const match of slice.matchAll(pattern)) {
    if (index++ < nth) continue;
    const startPoint = lines.point(from + match.index);
    const endPoint = lines.point(from + match.index + match[0].length);
    return { line: startPoint.line, column: startPoint.column, endLine: endPoint.line, endColumn: endPoint.column };
  }
  return place;
}
