import type { Article, Block, Inline } from '../model/types.js';
import type { LintPath } from './types.js';
import type { Extensions } from '../extend/registry.js';

/** A stretch of a unit's text: `start` inclusive, `end` exclusive, in UTF-16 code units. */
export interface LintRange {
  start: number;
  end: number;
}

/** Where a piece of a unit's text is stored in the article: a string field, or a `text` node's `value`. */
export interface LintPiece extends LintRange {
  segments: LintPath;
}

/** A link inside a unit. */
export interface LintLinkRange extends LintRange {
  url: string;
  segments: LintPath;
}

/** What kind of text a unit is; rules pick the kinds they judge. */
export type LintUnitKind =
  | 'headline'
  | 'kicker'
  | 'dek'
  | 'paragraph'
  | 'heading'
  | 'attribution'
  | 'pullquote'
  | 'caption'
  | 'alt'
  | 'credit'
  | 'title'
  | 'transcript'
  | 'fallback'
  | 'related'
  | 'cell'
  | 'correction'
  | 'description';

/**
 * One run of text as a reader gets it: a field, or a block's inline content
 * flattened to a string, with where each piece is stored (for locations and
 * fixes), its links, its quotations and its passages marked in another
 * language.
 */
export interface LintUnit {
  kind: LintUnitKind;
  /** The field: `headline`, `body[3]`, `body[5].caption`, `lead.alt`. */
  segments: LintPath;
  /** The body block it belongs to (`['body', 3]`), when it does. */
  block?: LintPath;
  text: string;
  pieces: LintPiece[];
  links: LintLinkRange[];
  /** Quotations: `quote` nodes, text between quotation marks, and all of a blockquote or pull quote. */
  quoted: LintRange[];
  /** Passages that say their language (`span`/`quote` with `lang`) and inline code: not the article's language. */
  foreign: LintRange[];
}

class UnitBuilder {
  text = '';
  readonly pieces: LintPiece[] = [];
  readonly links: LintLinkRange[] = [];
  readonly quoted: LintRange[] = [];
  readonly foreign: LintRange[] = [];

  add(value: string, segments: LintPath): void {
    const start = this.text.length;
    this.text += value;
    this.pieces.push({ start, end: this.text.length, segments });
  }

  inline(nodes: readonly Inline[], path: LintPath): void {
    nodes.forEach((node, index) => {
      const at = [...path, index];
      const start = this.text.length;
      switch (node.type) {
        case 'text':
          this.add(node.value, [...at, 'value']);
          return;
        case 'code':
          this.add(node.value, [...at, 'value']);
          this.foreign.push({ start, end: this.text.length });
          return;
        case 'break':
          this.text += '\n';
          return;
        default:
          break;
      }
      if ('children' in node) this.inline(node.children, [...at, 'children']);
      const range = { start, end: this.text.length };
      if (node.type === 'link') this.links.push({ ...range, url: node.url, segments: at });
      if (node.type === 'quote') this.quoted.push(range);
      if ((node.type === 'span' || node.type === 'quote') && node.lang !== undefined) this.foreign.push(range);
    });
  }

  build(kind: LintUnitKind, segments: LintPath, block: LintPath | undefined, quotedBlock: boolean): LintUnit {
    const quoted = quotedBlock ? [{ start: 0, end: this.text.length }] : [...this.quoted, ...quotationMarks(this.text)];
    return { kind, segments, ...(block && { block }), text: this.text, pieces: this.pieces, links: this.links, quoted, foreign: this.foreign };
  }
}

/** Opening marks and the marks that close them: English, German, French, Spanish, CJK. */
const closers: Record<string, string> = { '“': '”', '„': '“', '«': '»', '»': '«', '「': '」', '『': '』', '"': '"', '‘': '’' };

/**
 * Text between quotation marks. An opening mark never closed runs to the
 * end (a quotation that continues into the next paragraph drops its closing
 * mark). `’` closes `‘` only when it is not an apostrophe inside a word.
 */
export function quotationMarks(text: string): LintRange[] {
  const ranges: LintRange[] = [];
  let index = 0;
  while (index < text.length) {
    const mark = text[index]!;
    const closer = closers[mark];
    if (closer === undefined) {
      index++;
      continue;
    }
    let end = index + 1;
    for (; end < text.length; end++) {
      if (text[end] !== closer) continue;
      if (closer === '’' && /\p{L}/u.test(text[end + 1] ?? '')) continue;
      break;
    }
    ranges.push({ start: index, end: Math.min(end + 1, text.length) });
    index = end + 1;
  }
  return ranges;
}

type Collect = (unit: LintUnit) => void;

function inlineUnit(kind: LintUnitKind, nodes: readonly Inline[], segments: LintPath, block: LintPath | undefined, quoted: boolean): LintUnit {
  const builder = new UnitBuilder();
  builder.inline(nodes, segments);
  return builder.build(kind, segments, block, quoted);
}

function stringUnit(kind: LintUnitKind, value: string, segments: LintPath, block: LintPath | undefined): LintUnit {
  const builder = new UnitBuilder();
  builder.add(value, segments);
  return builder.build(kind, segments, block, false);
}

interface Media {
  alt?: string;
  caption?: readonly Inline[];
  credit?: string;
  title?: string;
  transcript?: { text?: string };
  longDescription?: readonly Inline[];
}

function mediaUnits(media: Media, path: LintPath, block: LintPath | undefined, collect: Collect): void {
  if (media.title !== undefined) collect(stringUnit('title', media.title, [...path, 'title'], block));
  if (media.alt) collect(stringUnit('alt', media.alt, [...path, 'alt'], block));
  if (media.caption) collect(inlineUnit('caption', media.caption, [...path, 'caption'], block, false));
  if (media.credit !== undefined) collect(stringUnit('credit', media.credit, [...path, 'credit'], block));
  if (media.longDescription) collect(inlineUnit('description', media.longDescription, [...path, 'longDescription'], block, false));
  if (media.transcript?.text !== undefined) collect(stringUnit('transcript', media.transcript.text, [...path, 'transcript', 'text'], block));
}

/** The fields an extension block's `lint` names: strings and inline content. */
function extensionUnits(block: Block, at: LintPath, extensions: Extensions | undefined, collect: Collect): void {
  const fields = extensions?.blocks.get(block.type)?.lint?.(block) ?? [];
  for (const { field, kind } of fields) {
    let value: unknown = block;
    for (const segment of field) value = (value as Record<string | number, unknown> | undefined)?.[segment];
    const segments = [...at, ...field];
    if (typeof value === 'string') collect(stringUnit(kind, value, segments, at));
    else if (Array.isArray(value)) collect(inlineUnit(kind, value as Inline[], segments, at, false));
  }
}

function blockUnits(blocks: readonly Block[], path: LintPath, quoted: boolean, collect: Collect, extensions: Extensions | undefined): void {
  blocks.forEach((block, index) => {
    const at = [...path, index];
    switch (block.type) {
      case 'paragraph':
        collect(inlineUnit('paragraph', block.children, [...at, 'children'], at, quoted));
        break;
      case 'heading':
        collect(inlineUnit('heading', block.children, [...at, 'children'], at, false));
        break;
      case 'list':
        block.items.forEach((item, itemIndex) => blockUnits(item, [...at, 'items', itemIndex], quoted, collect, extensions));
        break;
      case 'blockquote':
        blockUnits(block.children, [...at, 'children'], true, collect, extensions);
        if (block.attribution) collect(inlineUnit('attribution', block.attribution, [...at, 'attribution'], at, false));
        break;
      case 'pullquote':
        collect(inlineUnit('pullquote', block.children, [...at, 'children'], at, true));
        if (block.attribution) collect(inlineUnit('attribution', block.attribution, [...at, 'attribution'], at, false));
        break;
      case 'image':
      case 'video':
      case 'audio':
        mediaUnits(block, at, at, collect);
        break;
      case 'gallery':
        if (block.title !== undefined) collect(stringUnit('title', block.title, [...at, 'title'], at));
        block.images.forEach((image, imageIndex) => mediaUnits(image, [...at, 'images', imageIndex], at, collect));
        break;
      case 'embed':
        collect(stringUnit('title', block.title, [...at, 'title'], at));
        collect(inlineUnit('fallback', block.fallback, [...at, 'fallback'], at, false));
        break;
      case 'relatedLink':
        if (block.label !== undefined) collect(stringUnit('related', block.label, [...at, 'label'], at));
        collect(stringUnit('related', block.headline, [...at, 'headline'], at));
        break;
      case 'table':
        collect(inlineUnit('caption', block.caption, [...at, 'caption'], at, false));
        for (const part of ['head', 'body'] as const) {
          block[part].forEach((row, rowIndex) => row.forEach((cell, cellIndex) => collect(inlineUnit('cell', cell, [...at, part, rowIndex, cellIndex], at, false))));
        }
        break;
      case 'factbox':
        collect(stringUnit('title', block.title, [...at, 'title'], at));
        blockUnits(block.children, [...at, 'children'], quoted, collect, extensions);
        break;
      case 'divider':
      case 'code':
      case 'html':
        // Code is verbatim and raw HTML is the embedder's: neither is prose to judge.
        break;
      default:
        extensionUnits(block, at, extensions, collect);
    }
  });
}

/** Every run of text of an article, in reading order. */
export function textUnits(article: Article, extensions?: Extensions): LintUnit[] {
  const units: LintUnit[] = [];
  const collect: Collect = (unit) => {
    if (unit.text.trim().length > 0) units.push(unit);
  };
  if (article.kicker !== undefined) collect(stringUnit('kicker', article.kicker, ['kicker'], undefined));
  collect(stringUnit('headline', article.headline, ['headline'], undefined));
  if (article.alternativeHeadline !== undefined) collect(stringUnit('headline', article.alternativeHeadline, ['alternativeHeadline'], undefined));
  if (article.dek) collect(inlineUnit('dek', article.dek, ['dek'], undefined, false));
  if (article.lead) mediaUnits(article.lead, ['lead'], undefined, collect);
  blockUnits(article.body, ['body'], false, collect, extensions);
  article.corrections?.forEach((correction, index) => collect(inlineUnit('correction', correction.text, ['corrections', index, 'text'], undefined, false)));
  return units;
}

/** Whether `range` lies inside one of `ranges`. */
export function within(ranges: readonly LintRange[], range: LintRange): boolean {
  return ranges.some((outer) => outer.start <= range.start && range.end <= outer.end);
}

/** Whether `range` overlaps one of `ranges`. */
export function overlaps(ranges: readonly LintRange[], range: LintRange): boolean {
  return ranges.some((outer) => outer.start < range.end && range.start < outer.end);
}

/** The piece holding all of `range`, when one does (a fix can only edit one string). */
export function pieceOf(unit: LintUnit, range: LintRange): LintPiece | undefined {
  return unit.pieces.find((piece) => piece.start <= range.start && range.end <= piece.end);
}
