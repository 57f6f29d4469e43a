import stringWidth from 'string-width';
import type { TextUnit } from './state.js';

/**
 * Characters that are always one column: printable ASCII, Latin-1 and Latin
 * Extended letters (precomposed, no combining marks), and general
 * punctuation such as dashes, curly quotes and ellipses (no zero-width or
 * direction controls). Anything else is measured by string-width.
 */
const narrow = /^[\x20-\x7E\u00A0-\u02FF\u2010-\u2027\u2030-\u205E\u20A0-\u20C0]*$/;

/** Display width in columns (wide CJK and emoji count two). */
function width(text: string): number {
  return narrow.test(text) ? text.length : stringWidth(text);
}

/**
 * Wrap one line of text to `columns` display columns at spaces. A word (or
 * URL) longer than the width stays whole on its own line: a broken URL
 * cannot be followed. Text stays in logical order, so right-to-left text is
 * intact. (wrap-ansi does this too, but measures every character with
 * regular expressions: 50× slower on an article.)
 */
export function wrapLine(text: string, columns: number): string[] {
  if (columns <= 0) return [text];
  // One test for the whole line: when it is all narrow, every word's width is its length.
  const allNarrow = narrow.test(text);
  if ((allNarrow ? text.length : stringWidth(text)) <= columns) return [text];
  return allNarrow && isSingleSpaced(text) ? wrapNarrow(text, columns) : wrapWords(text, columns, allNarrow);
}

/** Words separated by one space, none at the ends: the form layout gives every line. */
const isSingleSpaced = (text: string) => text.indexOf('  ') === -1 && text[0] !== ' ' && text[text.length - 1] !== ' ';

/**
 * The same greedy wrap as wrapWords for single-spaced text whose width is its
 * length, done with indexes: each line is a slice of the text, with no
 * per-word strings (a test compares the two).
 */
function wrapNarrow(text: string, columns: number): string[] {
  const lines: string[] = [];
  let start = 0;
  while (text.length - start > columns) {
    let end = text.lastIndexOf(' ', start + columns);
    // A word longer than the line stays whole, on its own line.
    if (end <= start) end = text.indexOf(' ', start);
    if (end === -1) break;
    lines.push(text.slice(start, end));
    start = end + 1;
  }
  lines.push(text.slice(start));
  return lines;
}

/** Greedy wrap word by word, measuring words that are not all narrow. */
export function wrapWords(text: string, columns: number, allNarrow = narrow.test(text)): string[] {
  const lines: string[] = [];
  let line = '';
  let lineWidth = 0;
  for (const word of text.split(' ')) {
    if (word === '') continue;
    const wordWidth = allNarrow ? word.length : width(word);
    if (line !== '' && lineWidth + 1 + wordWidth > columns) {
      lines.push(line);
      line = '';
      lineWidth = 0;
    }
    // A zero-width word (a direction mark) still makes the line non-empty: the next word needs its space.
    lineWidth += (line === '' ? 0 : 1) + wordWidth;
    line = line === '' ? word : `${line} ${word}`;
  }
  if (line !== '') lines.push(line);
  return lines;
}

/** One line with runs of white space made one space, and no space at the ends. */
const tidy = (line: string) => (/\s\s|[\t\r\f\v]/.test(line) ? line.trim().replace(/\s+/g, ' ') : line.trim());

/**
 * Lay out units: wrap, add prefixes and indents, separate by blank lines.
 * `onUnit`, when given, learns the 1-based lines each unit took.
 */
export function layout(units: readonly TextUnit[], columns: number, onUnit?: (unit: TextUnit, firstLine: number, lastLine: number) => void): string {
  const out: string[] = [];
  let pendingBlank = 0;
  for (const unit of units) {
    if (unit.text === '' && !unit.verbatim) {
      pendingBlank += unit.before ?? 1;
      continue;
    }
    // Three or more blank lines in a row never help a reader.
    const blank = out.length === 0 ? 0 : Math.min(Math.max(unit.before ?? 1, 0) + pendingBlank, 2);
    pendingBlank = 0;
    for (let i = 0; i < blank; i++) out.push('');
    const indent = unit.indent ?? '';
    const prefix = unit.prefix ?? indent;
    const available = columns > 0 ? Math.max(columns - width(indent), 20) : 0;
    const lines = unit.verbatim
      ? unit.text.split('\n')
      : unit.text.indexOf('\n') === -1
        ? wrapLine(tidy(unit.text), available)
        : unit.text.split('\n').flatMap((line) => wrapLine(tidy(line), available));
    for (let index = 0; index < lines.length; index++) out.push(((index === 0 ? prefix : indent) + lines[index]!).trimEnd());
    onUnit?.(unit, out.length - lines.length + 1, out.length);
  }
  return `${out.join('\n')}\n`;
}
