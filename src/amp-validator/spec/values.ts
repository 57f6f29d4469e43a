// Value grammars the official validator parses itself: AMP layout lengths and
// layouts (validator/cpp/engine/parse-layout.cc), srcset (parse-srcset.cc) and
// meta viewport content (parse-viewport.cc). Ported to keep its decisions.
import type { Layout } from './types.js';

export interface CssLength {
  valid: boolean;
  set: boolean;
  auto: boolean;
  fluid: boolean;
  unit: string;
}

/** A `width` or `height` attribute as AMP reads it. */
export function cssLength(input: string | undefined, allowFluid: boolean): CssLength {
  const length: CssLength = { valid: false, set: false, auto: false, fluid: false, unit: 'px' };
  if (input === undefined) return { ...length, valid: true };
  length.set = true;
  if (input === 'auto') return { ...length, auto: true, valid: true };
  if (input === 'fluid') return { ...length, fluid: true, valid: allowFluid };
  const match = /^(\d+(?:\.\d+)?)(px|em|rem|vh|vw|vmin|vmax)?$/.exec(input);
  if (!match) return length;
  return { ...length, valid: true, unit: match[2] ?? 'px' };
}

const layouts: Record<string, Layout> = {
  container: 'CONTAINER',
  fill: 'FILL',
  fixed: 'FIXED',
  'fixed-height': 'FIXED_HEIGHT',
  'flex-item': 'FLEX_ITEM',
  fluid: 'FLUID',
  intrinsic: 'INTRINSIC',
  nodisplay: 'NODISPLAY',
  responsive: 'RESPONSIVE',
};

export function parseLayout(value: string | undefined): Layout {
  return (value && Object.hasOwn(layouts, value) ? layouts[value] : undefined) ?? 'UNKNOWN';
}

const onePx: CssLength = { valid: true, set: true, auto: false, fluid: false, unit: 'px' };

/** The width the runtime gives an element that has none (a few components, and specs that define one). */
export function effectiveWidth(tagName: string, definesDefault: boolean, input: Layout, width: CssLength): CssLength {
  if ((input === 'UNKNOWN' || input === 'FIXED') && !width.set) {
    if (['AMP-ANALYTICS', 'AMP-PIXEL', 'AMP-SOCIAL-SHARE'].includes(tagName) || definesDefault) return onePx;
  }
  return width;
}

export function effectiveHeight(tagName: string, definesDefault: boolean, input: Layout, height: CssLength): CssLength {
  if ((input === 'UNKNOWN' || input === 'FIXED' || input === 'FIXED_HEIGHT') && !height.set) {
    if (['AMP-ANALYTICS', 'AMP-PIXEL', 'AMP-SOCIAL-SHARE'].includes(tagName) || definesDefault) return onePx;
  }
  return height;
}

/** The layout AMP computes when `layout` is absent. */
export function computedLayout(input: Layout, width: CssLength, height: CssLength, hasSizes: boolean, hasHeights: boolean): Layout {
  if (input !== 'UNKNOWN') return input;
  if (!width.set && !height.set) return 'CONTAINER';
  if ((height.set && height.fluid) || (width.set && width.fluid)) return 'FLUID';
  if (height.set && (!width.set || width.auto)) return 'FIXED_HEIGHT';
  if (height.set && width.set && (hasSizes || hasHeights)) return 'RESPONSIVE';
  return 'FIXED';
}

export type SrcsetResult = { ok: true; urls: string[] } | { ok: false; code: 'DUPLICATE_DIMENSION' | 'INVALID_ATTR_VALUE' };

/** Image candidates of a `srcset`: URLs, each with a distinct width or density. */
export function parseSrcset(value: string): SrcsetResult {
  const candidate = /^\s*([^,\s]\S*[^,\s])\s*([1-9]\d*[wx]|[1-9]\d*\.\d+x|0\.\d*[1-9]\d*x)?\s*(?:(,)\s*)?/;
  let rest = value;
  const urls: string[] = [];
  const seen = new Set<string>();
  let match: RegExpExecArray | null;
  while (rest && (match = candidate.exec(rest)) && match[0]) {
    const dimension = match[2] ?? '1x';
    if (seen.has(dimension)) return { ok: false, code: 'DUPLICATE_DIMENSION' };
    seen.add(dimension);
    urls.push(match[1]!);
    rest = rest.slice(match[0].length);
    if (!rest) break;
    if (!match[3]) return { ok: false, code: 'INVALID_ATTR_VALUE' };
  }
  if (rest || urls.length === 0) return { ok: false, code: 'INVALID_ATTR_VALUE' };
  return { ok: true, urls };
}

/** `name=value` pairs of a meta viewport `content`, separated by commas or semicolons. */
export function parseViewport(content: string): Map<string, string> {
  const properties = new Map<string, string>();
  const separator = (c: string) => c === ',' || c === ';';
  const space = (c: string) => c === ' ' || c === '\t' || c === '\n' || c === '\r';
  let pos = 0;
  while (pos < content.length) {
    while (pos < content.length && (space(content[pos]!) || separator(content[pos]!) || content[pos] === '=')) pos++;
    if (pos >= content.length) break;
    let start = pos;
    while (pos < content.length && !(space(content[pos]!) || separator(content[pos]!) || content[pos] === '=')) pos++;
    if (pos >= content.length || separator(content[pos]!)) continue;
    const name = content.slice(start, pos).toLowerCase();
    while (pos < content.length && !(separator(content[pos]!) || content[pos] === '=')) pos++;
    // A name without a value is not a property.
    if (pos >= content.length || separator(content[pos]!)) continue;
    while (pos < content.length && (space(content[pos]!) || content[pos] === '=')) pos++;
    if (pos >= content.length || separator(content[pos]!)) continue;
    start = pos;
    while (pos < content.length && !(space(content[pos]!) || separator(content[pos]!) || content[pos] === '=')) pos++;
    properties.set(name, content.slice(start, pos));
  }
  return properties;
}
