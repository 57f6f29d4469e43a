import type { Element, ElementContent } from 'hast';
import { cleanText, convertInline, mediaTags, splitAtDoubleBreaks, textOf, trimInline, visible } from './inline.js';
import { audio, embed, image, imageSource, video, type Caption } from './media.js';
import { attribute, classes, descendants, type Draft, type ImportState, type Path } from './state.js';
import { dataTable, isLayoutTable, rowsOf } from './table.js';

/** Elements that start a new block; anything else inside a block is phrasing. */
const blockTags = new Set(
  'address article aside blockquote body center details dialog dd div dl dt fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr li main menu nav ol p pre section summary table ul'.split(
    ' ',
  ),
);
/** Elements that are not article content: listed in a notice, never imported. */
const lostTags = new Set('form button input select textarea script style noscript template object embed canvas svg math nav dialog applet'.split(' '));
const pullquoteClass = /(^|[\s_-])pull-?quote|(^|\s)pq(\s|$)/i;
const creditClass = /credit|copyright|byline|photographer|source|attribution/i;

/** Where a handler puts its blocks: knows the path the next block will get. */
class BlockList {
  readonly out: Draft[] = [];
  private pending: ElementContent[] = [];
  private readonly lifted: Element[] = [];
  constructor(
    readonly state: ImportState,
    readonly path: Path,
    readonly language: string,
  ) {}

  next(): Path {
    return [...this.path, this.out.length];
  }
  push(block: Draft | undefined): void {
    if (block) this.out.push(block);
  }
  /** Media met inside a block's inline content (an image in a table cell): added after the block, at the next flush. */
  readonly hoist = (element: Element): void => {
    this.lifted.push(element);
  };
  /** Phrasing content waiting to become a paragraph. */
  phrase(node: ElementContent): void {
    this.pending.push(node);
  }
  /** End the paragraph being collected, then add the media found inside it. */
  flush(): void {
    const nodes = this.pending;
    this.pending = [];
    if (nodes.length > 0) {
      const path = this.next();
      const children = trimInline(convertInline(this.state, nodes, [...path, 'children'], this.hoist), { breaks: true });
      for (const part of splitAtDoubleBreaks(children)) this.push({ type: 'paragraph', children: part });
    }
    for (const element of this.lifted.splice(0)) blockElement(this, element);
  }
}

/** Convert the children of an element (or the Readability page) to blocks. */
export function convertBlocks(state: ImportState, nodes: readonly ElementContent[], path: Path, language: string): Draft[] {
  const list = new BlockList(state, path, language);
  addAll(list, nodes);
  list.flush();
  return list.out;
}

function addAll(list: BlockList, nodes: readonly ElementContent[]): void {
  for (const node of nodes) {
    if (node.type === 'text') list.phrase(node);
    else if (node.type === 'element') {
      if (blockTags.has(node.tagName) || mediaTags.has(node.tagName) || lostTags.has(node.tagName) || holdsBlocks(node)) {
        list.flush();
        blockElement(list, node);
      } else list.phrase(node);
    }
  }
}

/** A phrasing element (a `<span>`, an `<a>`) that wraps blocks is a container, not a run of text. */
function holdsBlocks(element: Element): boolean {
  return element.children.some((child) => child.type === 'element' && (blockTags.has(child.tagName) || holdsBlocks(child)));
}

const headingLevel = /^h([1-6])$/;

function blockElement(list: BlockList, element: Element): void {
  const { state } = list;
  const tag = element.tagName;
  const path = list.next();
  if (lostTags.has(tag)) {
    if (textOf(element).trim() || tag === 'form' || tag === 'svg' || tag === 'math' || tag === 'canvas') {
      state.report('notice', 'lost_element', `\`<${tag}>\` not imported (${lostReason(tag)})`, undefined, element);
    }
    return;
  }
  // An <aside> the page prune renamed so Readability keeps it (it may have made it a <p>).
  if (element.properties.dataPwAside !== undefined) {
    aside(list, element, path);
    return;
  }
  const level = headingLevel.exec(tag);
  if (level) {
    heading(list, element, Number(level[1]));
    return;
  }
  switch (tag) {
    case 'p':
    case 'address':
    case 'summary':
    case 'dt':
    case 'dd':
    case 'figcaption':
      paragraphs(list, element);
      return;
    case 'hr':
      list.push({ type: 'divider' });
      return;
    case 'pre': {
      const value = textOf(element).replace(/\n$/, '');
      if (!value.trim()) return;
      const language = /(?:^|\s)(?:language|lang)-([\w+#.-]{1,32})/.exec(
        classes(element) +
          ' ' +
          descendants(element, (node) => node.tagName === 'code')
            .map(classes)
            .join(' '),
      )?.[1];
      list.push(language ? { type: 'code', value, language } : { type: 'code', value });
      return;
    }
    case 'ul':
    case 'ol':
      lists(list, element, path);
      return;
    case 'blockquote':
      quote(list, element, path);
      return;
    case 'aside':
      aside(list, element, path);
      return;
    case 'figure':
      figure(list, element, path);
      return;
    case 'img':
    case 'picture':
      list.push(image(state, element, path));
      return;
    case 'video':
      list.push(video(state, element, path, list.language));
      return;
    case 'audio':
      list.push(audio(state, element, path));
      return;
    case 'iframe':
      list.push(embed(state, element, path));
      return;
    case 'table':
      table(list, element, path);
      return;
    default:
      if (pullquoteClass.test(classes(element))) {
        pullquote(list, element, path);
        return;
      }
      // div, section, article, header, footer, details…: their content, in order.
      addAll(list, element.children);
      list.flush();
  }
}

function lostReason(tag: string): string {
  if (tag === 'form' || tag === 'button' || tag === 'input' || tag === 'select' || tag === 'textarea') return 'a form: readers of the article cannot send it';
  if (tag === 'script' || tag === 'noscript' || tag === 'template') return 'scripts never run in an import';
  if (tag === 'svg' || tag === 'canvas' || tag === 'math') return 'a drawing or formula: add it as an image with alt text if it carries content';
  return 'not article content';
}

/** A `<p>`, or any block holding phrasing, as one paragraph (blocks inside it come after). */
function paragraphs(list: BlockList, element: Element): void {
  addAll(list, element.children);
  list.flush();
}

/** Headings keep their relative levels, starting at 2 and never skipping one (the headline is 1). */
function heading(list: BlockList, element: Element, source: number): void {
  const { state } = list;
  const path = list.next();
  const children = trimInline(convertInline(state, element.children, [...path, 'children'], () => undefined));
  if (!visible(children)) return;
  const text = cleanText(textOf(element)).trim();
  if (source === 1 && text.toLowerCase() === state.headline.toLowerCase()) return;
  list.push({ type: 'heading', level: state.headingLevel(source), children });
  for (const media of descendants(element, (node) => mediaTags.has(node.tagName))) blockElement(list, media);
}

function lists(list: BlockList, element: Element, path: Path): void {
  const children = element.children.filter((child) => child.type !== 'text' || child.value.trim() !== '');
  // A `<ul>` holding text without `<li>` (old pages indent with it): its content, as blocks.
  if (!children.some((child) => child.type === 'element' && child.tagName === 'li')) {
    addAll(list, element.children);
    list.flush();
    return;
  }
  // Content between items (invalid, but it happens) is an item of its own rather than lost.
  const groups: ElementContent[][] = [];
  let stray = false;
  for (const child of children) {
    const item = child.type === 'element' && child.tagName === 'li';
    if (item) groups.push(child.children);
    else if (stray) groups.at(-1)!.push(child);
    else groups.push([child]);
    stray = !item;
  }
  const items: Draft[][] = [];
  for (const nodes of groups) {
    const blocks = convertBlocks(list.state, nodes, [...path, 'items', items.length], list.language);
    if (blocks.length > 0) items.push(blocks);
  }
  if (items.length === 0) return;
  const draft: Draft = { type: 'list', ordered: element.tagName === 'ol', items };
  const start = Number(attribute(element, 'start'));
  if (element.tagName === 'ol' && Number.isInteger(start) && start >= 0 && start !== 1) draft.start = start;
  list.push(draft);
}

/** The `<cite>` or `<footer>` that ends a quote names who said it. */
function splitAttribution(element: Element): { body: ElementContent[]; by?: Element } {
  const children = element.children.filter((child) => child.type !== 'text' || child.value.trim() !== '');
  const last = children.at(-1);
  if (last?.type === 'element' && (last.tagName === 'footer' || last.tagName === 'cite') && children.length > 1) return { body: children.slice(0, -1), by: last };
  return { body: element.children };
}

function quote(list: BlockList, element: Element, path: Path): void {
  if (pullquoteClass.test(classes(element))) {
    pullquote(list, element, path);
    return;
  }
  const { state } = list;
  const { body, by } = splitAttribution(element);
  const children = convertBlocks(state, body, [...path, 'children'], list.language);
  if (children.length === 0) return;
  const draft: Draft = { type: 'blockquote', children };
  // A last paragraph "— Name" is the attribution, as in the Markdown form.
  const last = children.at(-1);
  const lead = (last?.children as Draft[] | undefined)?.[0];
  if (!by && children.length > 1 && last?.type === 'paragraph' && lead?.type === 'text' && /^\s*(?:—|--|―)/.test(String(lead.value))) {
    children.pop();
    lead.value = String(lead.value).replace(/^\s*(?:—|--|―)\s*/, '');
    const attribution = trimInline(last.children as Draft[]);
    if (visible(attribution)) draft.attribution = attribution;
  }
  if (by) {
    const attribution = trimInline(convertInline(state, by.children, [...path, 'attribution'], list.hoist));
    const first = attribution[0];
    if (first?.type === 'text') first.value = String(first.value).replace(/^[—–-]+\s*/, '');
    if (visible(attribution)) draft.attribution = attribution;
  }
  const cite = attribute(element, 'cite');
  if (cite && /^https?:\/\//.test(cite)) draft.cite = cite;
  list.push(draft);
  list.flush();
}

function pullquote(list: BlockList, element: Element, path: Path): void {
  const { body, by } = splitAttribution(element);
  const children = trimInline(convertInline(list.state, body, [...path, 'children'], list.hoist));
  if (!visible(children)) return;
  const draft: Draft = { type: 'pullquote', children };
  if (by) {
    const attribution = trimInline(convertInline(list.state, by.children, [...path, 'attribution'], list.hoist));
    if (visible(attribution)) draft.attribution = attribution;
  }
  list.push(draft);
  list.flush();
}

/** An `<aside>` with a heading is a fact box; a pull quote is one; anything else is its content. */
function aside(list: BlockList, element: Element, path: Path): void {
  if (pullquoteClass.test(classes(element))) {
    pullquote(list, element, path);
    return;
  }
  const children = element.children.filter((child) => child.type === 'element' || ('value' in child && child.value.trim()));
  const first = children[0];
  if (first?.type === 'element' && headingLevel.test(first.tagName) && children.length > 1) {
    const title = cleanText(textOf(first)).trim();
    const blocks = convertBlocks(list.state, children.slice(1), [...path, 'children'], list.language);
    if (title && blocks.length > 0) {
      list.push({ type: 'factbox', title, children: blocks });
      return;
    }
  }
  addAll(list, element.children);
  list.flush();
}

/** A `<figcaption>` as caption and credit: a credit-like element (or `<small>`) in it is the credit. */
function captionOf(list: BlockList, figcaption: Element | undefined, path: Path): Caption {
  if (!figcaption) return {};
  const creditElement = descendants(figcaption, (node) => node.tagName === 'small' || creditClass.test(classes(node)))[0];
  const rest = creditElement ? withoutElement(figcaption, creditElement) : figcaption;
  const caption = trimInline(convertInline(list.state, rest.children, [...path, 'caption'], () => undefined));
  const credit = creditElement ? cleanText(textOf(creditElement)).trim() : undefined;
  const out: Caption = {};
  if (visible(caption)) {
    out.caption = caption;
    out.text = cleanText(textOf(rest)).trim();
  }
  if (credit) out.credit = credit.replace(/^(?:photo|image|credit|foto)s?\s*[:：]\s*/i, '');
  return out;
}

function withoutElement(root: Element, remove: Element): Element {
  return {
    ...root,
    children: root.children.filter((child) => child !== remove).map((child) => (child.type === 'element' ? withoutElement(child, remove) : child)),
  };
}

function figure(list: BlockList, element: Element, path: Path): void {
  const { state } = list;
  const figcaption = descendants(element, (node) => node.tagName === 'figcaption')[0];
  const caption = captionOf(list, figcaption, path);
  const pictures = descendants(element, (node) => node.tagName === 'picture');
  const all = [...pictures, ...descendants(element, (node) => node.tagName === 'img' && !pictures.some((picture) => descendants(picture, (inner) => inner === node).length > 0))];
  // Placeholders (a data: URL waiting for a script) are not pictures of their own.
  const images = all.filter((img) => imageSource(state, img) !== undefined);
  for (const placeholder of all.filter((img) => !images.includes(img))) image(state, placeholder, path);
  const media = descendants(element, (node) => ['video', 'audio', 'iframe', 'table', 'blockquote'].includes(node.tagName))[0];
  if (media && images.length <= 1) {
    if (media.tagName === 'video') {
      list.push(video(state, media, path, list.language, caption));
      return;
    }
    if (media.tagName === 'audio') {
      list.push(audio(state, media, path, caption));
      return;
    }
    if (media.tagName === 'table' && !isLayoutTable(media)) {
      list.push(dataTable(state, media, path, list.hoist, caption.caption));
      list.flush();
      return;
    }
    if (media.tagName === 'iframe') {
      list.push(embed(state, media, path, caption));
      if (caption.caption) list.push({ type: 'paragraph', children: caption.caption });
      return;
    }
  }
  if (images.length === 1 && !media) {
    list.push(image(state, images[0]!, path, caption));
    return;
  }
  if (images.length > 1 && !media) {
    const drafts = images.map((img, index) => image(state, img, [...path, 'images', index])!);
    if (drafts.length === 0) return;
    const gallery: Draft = { type: 'gallery', images: drafts };
    if (caption.text) gallery.title = caption.text;
    list.push(gallery);
    return;
  }
  // Anything else in a figure (a quote with its source, a code sample): its content in order.
  addAll(list, element.children);
  list.flush();
}

function table(list: BlockList, element: Element, path: Path): void {
  if (!isLayoutTable(element)) {
    list.push(dataTable(list.state, element, path, list.hoist));
    list.flush();
    return;
  }
  const before = list.out.length;
  for (const row of rowsOf(element)) {
    for (const cell of row.children) {
      if (cell.type !== 'element') continue;
      // Nested tables in a cell come back here through addAll.
      addAll(list, cell.children);
      list.flush();
    }
  }
  if (list.out.length > before) {
    list.state.report('notice', 'layout_table', 'A table used for layout was flattened: its cells became blocks in reading order', [...list.path, before], element);
  }
}
