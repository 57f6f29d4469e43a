import stringWidth from 'string-width';
import wrapAnsi from 'wrap-ansi';
import type { TextUnit } from './state.js';

/**
 * Wrap one line of text to `width` display columns. Words (and URLs) longer
 * than the width stay whole on their own line: a broken URL cannot be
 * followed. Text stays in logical order, so right-to-left text is intact.
 */
export function wrapLine(text: string, width: number): string[] {
  if (width <= 0 || stringWidth(text) <= width) return [text];
  return wrapAnsi(text, width, { hard: false, trim: true, wordWrap: true }).split('\n');
}

/** Lay out units: wrap, add prefixes and indents, separate by blank lines. */
export function layout(units: readonly TextUnit[], width: number): string {
  const out: string[] = [];
  let pendingBlank = 0;
  for (const unit of units) {
    if (unit.text === '' && !unit.verbatim) {
      pendingBlank += unit.before ?? 1;
      continue;
    }
    const blank = out.length === 0 ? 0 : Math.max(unit.before ?? 1, 0) + pendingBlank;
    pendingBlank = 0;
    for (let i = 0; i < blank; i++) out.push('');
    const indent = unit.indent ?? '';
    const prefix = unit.prefix ?? indent;
    const available = width > 0 ? Math.max(width - stringWidth(indent), 20) : 0;
    const lines = unit.verbatim ? unit.text.split('\n') : unit.text.split('\n').flatMap((line) => wrapLine(line.trim(), available));
    lines.forEach((line, index) => out.push(((index === 0 ? prefix : indent) + line).trimEnd()));
  }
  // Three or more blank lines in a row never help a reader.
  return `${out.join('\n').replace(/\n{4,}/g, '\n\n\n')}\n`;
}
