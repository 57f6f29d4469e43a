import type { Element } from 'hast';
import { todoMarker } from '../types.js';
import { convertInline, trimInline, type Hoist } from './inline.js';
import { attribute, descendants, type Draft, type ImportState, type Path } from './state.js';

const blockInCell = new Set(['p', 'div', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'img', 'picture', 'figure', 'video', 'iframe', 'blockquote', 'table']);

/** The rows of a table, not those of tables nested in it. */
export function rowsOf(table: Element): Element[] {
  const rows: Element[] = [];
  for (const child of table.children) {
    if (child.type !== 'element') continue;
    if (child.tagName === 'tr') rows.push(child);
    else if (['thead', 'tbody', 'tfoot'].includes(child.tagName)) rows.push(...child.children.filter((row): row is Element => row.type === 'element' && row.tagName === 'tr'));
  }
  return rows;
}

const cellsOf = (row: Element) => row.children.filter((cell): cell is Element => cell.type === 'element' && (cell.tagName === 'td' || cell.tagName === 'th'));

/**
 * A table used for layout, not data: marked as such, nesting tables, holding
 * blocks in its cells, or a single row or column without header cells.
 */
export function isLayoutTable(table: Element): boolean {
  const role = attribute(table, 'role');
  if (role === 'presentation' || role === 'none') return true;
  if (descendants(table, (node) => node.tagName === 'table').length > 0) return true;
  const rows = rowsOf(table);
  const cells = rows.flatMap(cellsOf);
  const hasHeaders = cells.some((cell) => cell.tagName === 'th');
  if (cells.some((cell) => descendants(cell, (node) => blockInCell.has(node.tagName)).length > 0) && !hasHeaders) return true;
  const width = Math.max(0, ...rows.map((row) => cellsOf(row).length));
  return !hasHeaders && (rows.length < 2 || width < 2);
}

/** A data table as a table block: caption, header rows, spans expanded with empty cells. */
export function dataTable(state: ImportState, table: Element, path: Path, hoist: Hoist, figureCaption?: Draft[]): Draft {
  const rows = rowsOf(table);
  const theadRows = new Set(
    table.children.filter((child): child is Element => child.type === 'element' && child.tagName === 'thead').flatMap((head) => head.children.filter((row): row is Element => row.type === 'element')),
  );
  let headCount = rows.filter((row) => theadRows.has(row)).length;
  if (headCount === 0 && rows[0] && cellsOf(rows[0]).every((cell) => cell.tagName === 'th')) headCount = 1;
  // Lay the cells out on a grid, so a spanning cell keeps its column and the rest stay aligned.
  const grid: Array<Array<Draft[] | undefined>> = [];
  let spans = false;
  for (const [rowIndex, row] of rows.entries()) {
    grid[rowIndex] ??= [];
    let column = 0;
    for (const cell of cellsOf(row)) {
      while (grid[rowIndex][column] !== undefined) column++;
      const part = rowIndex < headCount ? 'head' : 'body';
      const index = rowIndex < headCount ? rowIndex : rowIndex - headCount;
      const content = trimInline(convertInline(state, cell.children, [...path, part, index, column], hoist));
      const colspan = Math.min(Number(attribute(cell, 'colSpan') ?? 1) || 1, 100);
      const rowspan = Math.min(Number(attribute(cell, 'rowSpan') ?? 1) || 1, rows.length - rowIndex);
      if (colspan > 1 || rowspan > 1) spans = true;
      for (let r = 0; r < rowspan; r++) {
        for (let c = 0; c < colspan; c++) {
          (grid[rowIndex + r] ??= [])[column + c] = r === 0 && c === 0 ? content : [];
        }
      }
      column += colspan;
    }
  }
  const width = Math.max(...grid.map((row) => row.length));
  const filled = grid.map((row) => Array.from({ length: width }, (_, column) => row[column] ?? []));
  if (spans) state.report('notice', 'merged_cells', 'Cells spanning rows or columns were split: the text stays in the first cell, the others are empty', path, table);
  const captionElement = table.children.find((child): child is Element => child.type === 'element' && child.tagName === 'caption');
  let caption = captionElement ? trimInline(convertInline(state, captionElement.children, [...path, 'caption'], hoist)) : figureCaption;
  if (!caption || caption.length === 0) {
    caption = [{ type: 'text', value: `${todoMarker}: say what this table shows` }];
    state.report('gap', 'missing_caption', 'The table has no caption: write one that names what it shows', [...path, 'caption'], table);
  }
  const body = filled.slice(headCount);
  const draft: Draft = { type: 'table', caption, head: filled.slice(0, headCount), body };
  const bodyRows = rows.slice(headCount);
  if (bodyRows.length > 0 && bodyRows.every((row) => cellsOf(row)[0]?.tagName === 'th')) draft.rowHeaders = true;
  if (headCount === 0) {
    state.report('gap', 'missing_headers', 'The table has no header row: mark the cells that name the columns (a first row of `<th>` becomes the header)', [...path, 'head'], table);
  }
  return draft;
}
