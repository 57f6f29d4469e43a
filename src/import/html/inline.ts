import type { Element, ElementContent } from 'hast';
import { isLanguageTag } from '../../model/language-tags.js';
import { isSafeUrl } from '../../model/url.js';
import { isoDateOrDateTime } from '../../model/inline.js';
import { attribute, type Draft, type ImportState, type Path } from './state.js';

const webSchemes = new Set(['http:', 'https:']);
// eslint-disable-next-line no-control-regex
const forbidden = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/gu;

/** Page text as article text: white space collapsed, control and bidi-override characters removed. */
export function cleanText(value: string): string {
  return value.replace(forbidden, '').replace(/[\s\u00A0]+/g, (space) => (space.includes('\u00A0') && !/[\n\r\t ]/.test(space) ? '\u00A0' : ' '));
}

/**
 * A URL from the page, absolute against the page URL, if presswork may publish
 * it (`media`: http(s) only). `undefined` for `javascript:`, `data:` and the like.
 */
export function resolveUrl(state: ImportState, raw: string | undefined, kind: 'link' | 'media'): string | undefined {
  if (raw === undefined) return undefined;
  let url = raw.trim();
  if (/^(?:https?:)?\/\//i.test(url) || (state.base && !/^[a-z][a-z\d+.-]*:/i.test(url) && !url.startsWith('#'))) {
    try {
      url = new URL(url, state.base ?? 'https://invalid.invalid/').href;
      if (url.startsWith('https://invalid.invalid/')) url = url.slice('https://invalid.invalid'.length);
    } catch {
      return undefined;
    }
  }
  return isSafeUrl(url, kind === 'media' ? webSchemes : undefined) ? url : undefined;
}

/** Elements whose content reads as inline text but carry no meaning of their own here. */
const emphasisTags = new Set(['em', 'i', 'cite', 'dfn', 'var']);
const strongTags = new Set(['strong', 'b']);
const codeTags = new Set(['code', 'kbd', 'samp', 'tt']);

/** Media found inside inline content: lifted out after the paragraph. */
export const mediaTags = new Set(['img', 'picture', 'video', 'audio', 'iframe', 'figure', 'table', 'svg', 'canvas', 'object', 'embed', 'math']);

/** Where an inline conversion puts media it meets (an `<img>` inside a `<p>`). */
export type Hoist = (element: Element) => void;

/** Convert phrasing content to inline nodes; media go to `hoist`. */
export function convertInline(state: ImportState, nodes: readonly ElementContent[], path: Path, hoist: Hoist): Draft[] {
  const out: Draft[] = [];
  for (const node of nodes) {
    if (node.type === 'text') {
      const value = cleanText(node.value);
      if (value) out.push({ type: 'text', value });
      continue;
    }
    if (node.type !== 'element') continue;
    const converted = inlineElement(state, node, [...path, out.length], hoist);
    if (Array.isArray(converted)) out.push(...converted);
    else if (converted) out.push(converted);
  }
  return joinText(out);
}

function inlineElement(state: ImportState, element: Element, path: Path, hoist: Hoist): Draft | Draft[] | undefined {
  const tag = element.tagName;
  const children = () => convertInline(state, element.children, [...path, 'children'], hoist);
  if (mediaTags.has(tag)) {
    hoist(element);
    return undefined;
  }
  if (tag === 'br') return { type: 'break' };
  if (emphasisTags.has(tag)) return wrap('emphasis', children());
  if (strongTags.has(tag)) return wrap('strong', children());
  if (codeTags.has(tag)) {
    const value = cleanText(textOf(element));
    return value.trim() ? { type: 'code', value } : undefined;
  }
  if (tag === 'sub' || tag === 'sup' || tag === 'q') return wrap(tag === 'q' ? 'quote' : tag, children());
  if (tag === 'a') return link(state, element, path, children());
  if (tag === 'abbr' || tag === 'acronym') {
    const title = attribute(element, 'title');
    const content = children();
    return title && visible(content) ? { type: 'abbr', title: cleanText(title), children: content } : content;
  }
  if (tag === 'time') {
    const datetime = attribute(element, 'dateTime');
    const content = children();
    return datetime && isIsoDate(datetime) && visible(content) ? { type: 'time', datetime, children: content } : content;
  }
  if (tag === 'script' || tag === 'style' || tag === 'template' || tag === 'noscript') return undefined;
  const lang = attribute(element, 'lang');
  const content = children();
  if (lang && isLanguageTag(lang) && visible(content)) {
    const dir = attribute(element, 'dir')?.toLowerCase();
    return dir === 'rtl' || dir === 'ltr' ? { type: 'span', lang, dir, children: content } : { type: 'span', lang, children: content };
  }
  // span, font, small, mark, u, s, del, ins, label and the rest: their text, in place.
  return content;
}

function link(state: ImportState, element: Element, path: Path, content: Draft[]): Draft | Draft[] | undefined {
  const href = attribute(element, 'href');
  const url = resolveUrl(state, href, 'link');
  if (!visible(content)) return content.length > 0 ? content : undefined;
  if (url === undefined) {
    if (href !== undefined) state.report('notice', 'unsafe_link', `Link to \`${href.slice(0, 60)}\` not kept (not an http(s), mailto or tel address); its text is`, path, element);
    return content;
  }
  // A link inside a link is not valid; keep the outer one.
  const flat = content.flatMap((node) => (node.type === 'link' ? (node.children as Draft[]) : [node]));
  const title = attribute(element, 'title');
  return title ? { type: 'link', url, title: cleanText(title), children: flat } : { type: 'link', url, children: flat };
}

const wrap = (type: string, children: Draft[]): Draft | Draft[] => (visible(children) ? { type, children } : children);

/** Whether inline content shows any text. */
export function visible(nodes: readonly Draft[]): boolean {
  return nodes.some((node) => (node.type === 'text' || node.type === 'code' ? String(node.value).trim() !== '' : Array.isArray(node.children) && visible(node.children as Draft[])));
}

const isIsoDate = (value: string) => isoDateOrDateTime.safeParse(value).success;

/** The text of an element, as a reader sees it. */
export function textOf(node: ElementContent): string {
  if (node.type === 'text') return node.value;
  if (node.type !== 'element') return '';
  if (node.tagName === 'br') return '\n';
  return node.children.map(textOf).join('');
}

/** Adjacent text nodes joined. */
function joinText(nodes: Draft[]): Draft[] {
  const out: Draft[] = [];
  for (const node of nodes) {
    const previous = out[out.length - 1];
    if (node.type === 'text' && previous?.type === 'text') previous.value = String(previous.value) + String(node.value);
    else out.push(node);
  }
  return out;
}

/**
 * Trim inline content: no white space at either end, no double spaces where
 * nodes meet, none around a line break, no break at either end. Line breaks
 * stay only in paragraphs (`breaks`); in a heading, caption or cell they are
 * spaces, as a one-line field needs.
 */
export function trimInline(nodes: Draft[], { breaks = false }: { breaks?: boolean } = {}): Draft[] {
  const spaced = breaks ? nodes : nodes.map((node) => (node.type === 'break' ? { type: 'text', value: ' ' } : node));
  const out = liftBreaks(joinText(spaced.map((node) => (Array.isArray(node.children) ? { ...node, children: trimInner(node.children as Draft[], breaks) } : node))));
  for (let index = 1; index < out.length; index++) {
    const previous = lastText(out[index - 1]);
    const current = firstText(out[index]);
    if (previous && current && / $/.test(String(previous.value)) && /^ /.test(String(current.value))) current.value = String(current.value).slice(1);
    if (out[index]!.type === 'break' && previous) previous.value = String(previous.value).trimEnd();
    if (out[index - 1]!.type === 'break' && current) current.value = String(current.value).trimStart();
  }
  const first = firstText(out[0]);
  if (first) first.value = String(first.value).trimStart();
  const last = lastText(out.at(-1));
  if (last) last.value = String(last.value).trimEnd();
  const pruned = pruneEmpty(out);
  dropEdgeBreaks(pruned);
  return pruned;
}

/**
 * A line break at the start or end of a mark (`<b>Title<br></b>`) moved out of
 * it: the break is the same, and Markdown cannot close a mark after a break.
 */
function liftBreaks(nodes: Draft[]): Draft[] {
  return nodes.flatMap((node) => {
    if (!Array.isArray(node.children) || node.type === 'link') return [node];
    const children = liftBreaks(node.children as Draft[]);
    const before: Draft[] = [];
    const after: Draft[] = [];
    while (children[0]?.type === 'break') before.push(children.shift()!);
    while (children.at(-1)?.type === 'break') after.push(children.pop()!);
    return children.length === 0 ? [...before, ...after] : [...before, { ...node, children }, ...after];
  });
}

/** Paragraphs split where the page put two or more line breaks in a row (`<br><br>`, a paragraph break). */
export function splitAtDoubleBreaks(nodes: Draft[]): Draft[][] {
  const parts: Draft[][] = [[]];
  nodes.forEach((node, index) => {
    if (node.type === 'break' && (nodes[index + 1]?.type === 'break' || nodes[index - 1]?.type === 'break')) {
      if (parts.at(-1)!.length > 0) parts.push([]);
    } else parts.at(-1)!.push(node);
  });
  return parts.map((part) => trimInline(part, { breaks: true })).filter(visible);
}

/** Remove line breaks at either end, also inside the first and last node (`<b>Name<br></b>`). */
function dropEdgeBreaks(nodes: Draft[]): void {
  while (nodes[0]?.type === 'break') nodes.shift();
  while (nodes.at(-1)?.type === 'break') nodes.pop();
  const first = nodes[0]?.children as Draft[] | undefined;
  const last = nodes.at(-1)?.children as Draft[] | undefined;
  if (first) while (first[0]?.type === 'break') first.shift();
  if (last) while (last.at(-1)?.type === 'break') last.pop();
  if (first && first !== last) dropEdgeBreaks(first);
  if (last) dropEdgeBreaks(last);
}

const trimInner = (nodes: Draft[], breaks: boolean): Draft[] =>
  joinText(
    nodes.map((node) => (node.type === 'break' && !breaks ? { type: 'text', value: ' ' } : Array.isArray(node.children) ? { ...node, children: trimInner(node.children as Draft[], breaks) } : node)),
  );

function pruneEmpty(nodes: Draft[]): Draft[] {
  return nodes.flatMap((node) => {
    if (node.type === 'text') return node.value === '' ? [] : [node];
    if (!Array.isArray(node.children)) return [node];
    const children = pruneEmpty(node.children as Draft[]);
    return children.length === 0 ? [] : [{ ...node, children }];
  });
}

function firstText(node: Draft | undefined): Draft | undefined {
  if (!node) return undefined;
  if (node.type === 'text') return node;
  return Array.isArray(node.children) ? firstText((node.children as Draft[])[0]) : undefined;
}
function lastText(node: Draft | undefined): Draft | undefined {
  if (!node) return undefined;
  if (node.type === 'text') return node;
  return Array.isArray(node.children) ? lastText((node.children as Draft[]).at(-1)) : undefined;
}
