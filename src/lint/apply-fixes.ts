import { applyEdits, modify, parseTree, findNodeAtLocation, type Edit, type Node as JsonNode } from 'jsonc-parser';
import type { SourceLocations } from '../load/source-map.js';
import { LineIndex, loosePattern, spanOf } from './locate.js';
import type { LintFinding, LintFix, LintPath } from './types.js';

/** The outcome of applying fixes to one source file. */
export interface AppliedFixes {
  /** The source with the fixes made. */
  source: string;
  /** The findings whose fixes were made. */
  fixed: LintFinding[];
}

const isSafe = (finding: LintFinding): finding is LintFinding & { fix: LintFix } => finding.fix?.safe === true;

/**
 * Make the safe fixes of `findings` in an article's source, changing only
 * the words or block each names, so the rest of the file keeps its
 * formatting: JSON by editing the one value (jsonc-parser), Markdown by
 * editing the text at the finding's place. A fix whose words are not written
 * there as they read (escaped, split by markup) is left for a person.
 */
export function applySafeFixes(source: string, format: 'markdown' | 'json', findings: readonly LintFinding[], locations: SourceLocations): AppliedFixes {
  const safe = findings.filter(isSafe);
  return format === 'json' ? fixJson(source, safe) : fixMarkdown(source, safe, locations);
}

function fixJson(source: string, findings: ReadonlyArray<LintFinding & { fix: LintFix }>): AppliedFixes {
  const tree = parseTree(source);
  const fixed: LintFinding[] = [];
  const edits: Edit[] = [];

  // No formatting options: jsonc-parser then edits only the value, and the file keeps its own layout.
  const options = {};
  for (const finding of findings) {
    const { fix } = finding;
    if (fix.kind === 'remove') {
      const edit = removal(tree, fix.segments);
      if (edit) {
        edits.push(edit);
        fixed.push(finding);
      }
      continue;
    }
    const node = tree && findNodeAtLocation(tree, fix.segments);
    const value: unknown = node?.value;
    if (typeof value !== 'string' || value.slice(fix.offset, fix.offset + fix.find.length) !== fix.find) continue;
    // A new string for a string: one edit, aligned with its finding.
    const [edit] = modify(source, fix.segments, value.slice(0, fix.offset) + fix.replace + value.slice(fix.offset + fix.find.length), options);
    if (!edit) continue;
    edits.push(edit);
    fixed.push(finding);
  }
  // Two fixes of one place (a repeat inside a paragraph that goes): the first one wins.
  const kept: Edit[] = [];
  const keptFindings: LintFinding[] = [];
  edits.forEach((edit, index) => {
    if (kept.some((other) => edit.offset < other.offset + other.length && other.offset < edit.offset + edit.length)) return;
    kept.push(edit);
    keptFindings.push(fixed[index]!);
  });
  return { source: applyEdits(source, kept), fixed: keptFindings };
}

/**
 * Remove an array element with the comma and white space that separate it,
 * as a person would: up to the next element, or (the last one) from the end
 * of the one before, so the closing bracket keeps its line.
 */
function removal(tree: JsonNode | undefined, segments: LintPath): Edit | undefined {
  const node = tree && findNodeAtLocation(tree, segments);
  const siblings = node?.parent?.type === 'array' ? node.parent.children : undefined;
  if (!node || !siblings || siblings.length < 2) return undefined;
  const index = siblings.indexOf(node);
  const next = siblings[index + 1];
  const previous = siblings[index - 1];
  if (next) return { offset: node.offset, length: next.offset - node.offset, content: '' };
  const from = previous!.offset + previous!.length;
  return { offset: from, length: node.offset + node.length - from, content: '' };
}

function fixMarkdown(source: string, findings: ReadonlyArray<LintFinding & { fix: LintFix }>, locations: SourceLocations): AppliedFixes {
  const lines = new LineIndex(source);
  const edits: Array<{ from: number; to: number; insert: string; finding: LintFinding }> = [];
  for (const finding of findings) {
    const { fix } = finding;
    if (fix.kind === 'remove') {
      const found = spanOf(locations, fix.segments);
      if (!found || found.depth !== fix.segments.length || found.span.endLine === undefined) continue;
      // The block's lines, and the blank line after it.
      const from = lines.offset(found.span.line, 1);
      let to = lines.offset(found.span.endLine + 1, 1);
      if (to > source.length) to = source.length;
      while (source[to] === '\n') to++;
      edits.push({ from, to: Math.min(to, source.length), insert: '', finding });
      continue;
    }
    const place = finding.location;
    if (!place) continue;
    const from = lines.offset(place.line, place.column);
    const to = lines.offset(place.endLine, place.endColumn);
    const written = source.slice(from, to);
    // The finding's place holds its words; the fix edits `find` within them.
    const pattern = loosePattern(fix.find);
    const match = pattern.exec(written);
    if (!match || !loosePattern(finding.text ?? fix.find).test(written)) continue;
    edits.push({ from: from + match.index, to: from + match.index + match[0].length, insert: fix.replace, finding });
  }
  edits.sort((a, b) => b.from - a.from);
  let out = source;
  let floor = Number.POSITIVE_INFINITY;
  const fixed: LintFinding[] = [];
  for (const edit of edits) {
    if (edit.to > floor) continue; // overlaps an edit already made
    out = out.slice(0, edit.from) + edit.insert + out.slice(edit.to);
    floor = edit.from;
    fixed.push(edit.finding);
  }
  // Removing the last blocks leaves the blank lines before them: the file still ends with one line break.
  if (fixed.length > 0 && source.endsWith('\n')) out = `${out.trimEnd()}\n`;
  return { source: out, fixed };
}
