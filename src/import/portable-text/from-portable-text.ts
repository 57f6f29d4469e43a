import { isExtensionType } from '../../model/extensions.js';
import { block as blockSchema } from '../../model/blocks.js';
import { inlineText } from '../../model/inline-text.js';
import type { Inline } from '../../model/types.js';
import { formatPath } from '../../model/path.js';
import { isSafeUrl } from '../../model/url.js';
import { headingLevels } from '../heading-levels.js';
import { todoMarker, type ImportIssue } from '../types.js';
import type { Draft, PortableTextBlock, PortableTextNode, PortableTextSpan } from './types.js';

type Path = Array<string | number>;

/** What a type mapping receives: where the node goes, and a way to report. */
export interface PortableTextContext {
  path: Path;
  report(severity: ImportIssue['severity'], code: string, message: string, path?: Path): void;
}

/** Options for `fromPortableText`. */
export interface FromPortableTextOptions {
  /** Block and inline objects by `_type` (a site's `poll`, `pullQuote`…): presswork blocks or inline nodes, or `undefined` to report the node as a gap. */
  types?: Record<string, (node: PortableTextNode, context: PortableTextContext) => Draft | Draft[] | undefined>;
  /** Annotations by `_type` besides `link` and presswork's own: wrap the annotated inline nodes. */
  annotations?: Record<string, (definition: Draft, children: Draft[]) => Draft | Draft[]>;
  /** A Sanity project, so image assets (`image-<id>-<w>x<h>-<ext>`) become CDN URLs with their size. */
  sanity?: { projectId: string; dataset: string };
}

/** Decorators presswork has: the rest (`underline`, `strike-through`) keep their text, with a notice. */
const decorators: Record<string, string> = { strong: 'strong', em: 'emphasis', sub: 'sub', sup: 'sup' };
/** Annotations `toPortableText` writes for inline nodes Portable Text has no decorator for. */
const ownAnnotations: Record<string, (definition: Draft, children: Draft[]) => Draft> = {
  link: (definition, children) => ({ type: 'link', url: definition.href, ...(typeof definition.title === 'string' && { title: definition.title }), children }),
  quote: (definition, children) => ({ type: 'quote', ...(typeof definition.lang === 'string' && { lang: definition.lang }), children }),
  abbr: (definition, children) => ({ type: 'abbr', title: definition.title, children }),
  span: (definition, children) => ({ type: 'span', lang: definition.lang, ...(typeof definition.dir === 'string' && { dir: definition.dir }), children }),
  time: (definition, children) => ({ type: 'time', datetime: definition.datetime, children }),
};

/** The `_type` prefix of the objects `toPortableText` writes for blocks Portable Text has no style for. */
export const ownPrefix = 'presswork.';
/** presswork's block types. */
const blockTypes = new Set<string>(blockSchema.options.map((option) => option.shape.type.value));

const isBlock = (node: PortableTextNode): node is PortableTextBlock => node._type === 'block' && Array.isArray(node.children);
const isSpan = (node: PortableTextNode): node is PortableTextSpan => node._type === 'span' && typeof node.text === 'string';

/**
 * Portable Text (Sanity's rich text) as presswork body blocks: styles to
 * paragraphs, headings and quotes, list items to nested lists, decorators and
 * annotations to marks and links, images to image blocks (alt text a gap when
 * missing), presswork block types written by `toPortableText` back as they
 * were, and other types through `options.types`. What has no equivalent is
 * reported, never dropped silently.
 */
export function fromPortableText(value: readonly PortableTextNode[], options: FromPortableTextOptions = {}): { body: Draft[]; issues: ImportIssue[] } {
  const issues: ImportIssue[] = [];
  const report = (severity: ImportIssue['severity'], code: string, message: string, path?: Path) =>
    issues.push({ code, severity, message, ...(path && { path: formatPath(path), segments: [...path] }) });
  const noticed = new Set<string>();
  const noticeOnce = (code: string, message: string) => {
    if (noticed.has(message)) return;
    noticed.add(message);
    report('notice', code, message);
  };
  const body: Draft[] = [];
  /** Open lists, outermost first: the list block and the level its items are at. */
  let lists: Array<{ list: Draft; level: number }> = [];
  const headingLevel = headingLevels();

  const inline = (block: PortableTextBlock, path: Path): Draft[] => convertChildren(block, path, options, report, noticeOnce);

  value.forEach((node) => {
    if (isBlock(node) && node.listItem) {
      const level = Math.max(1, Math.floor(node.level ?? 1));
      const ordered = node.listItem === 'number';
      if (node.listItem !== 'bullet' && node.listItem !== 'number') noticeOnce('list_style', `List items of type “${node.listItem}” became bulleted items`);
      while (lists.length > 0 && lists.at(-1)!.level > level) lists.pop();
      let open = lists.at(-1);
      if (open?.level === level && open.list.ordered !== ordered) {
        lists.pop();
        open = lists.at(-1);
      }
      if (!open || open.level < level) {
        const list: Draft = { type: 'list', ordered, items: [] };
        const parent = lists.at(-1);
        if (parent) {
          const items = parent.list.items as Draft[][];
          if (items.length === 0) items.push([]);
          items.at(-1)!.push(list);
        } else body.push(list);
        lists.push({ list, level });
        open = lists.at(-1)!;
      }
      const items = open.list.items as Draft[][];
      const path = [...listPath(body, lists), 'items', items.length, 0];
      if (node.style && node.style !== 'normal') noticeOnce('list_item_style', `A “${node.style}” style on a list item became normal text`);
      items.push([{ type: 'paragraph', children: inline(node, [...path, 'children']) }]);
      return;
    }
    lists = [];
    const path: Path = ['body', body.length];
    if (isBlock(node)) {
      const style = node.style ?? 'normal';
      const heading = /^h([1-6])$/.exec(style);
      const children = inline(node, [...path, heading ? 'children' : style === 'blockquote' ? 'children' : 'children']);
      if (heading) {
        const source = Number(heading[1]);
        body.push({ type: 'heading', level: headingLevel(source), children });
      } else if (style === 'blockquote') {
        body.push({ type: 'blockquote', children: [{ type: 'paragraph', children }] });
      } else {
        if (style !== 'normal') noticeOnce('block_style', `Blocks with the “${style}” style became paragraphs`);
        if (children.length > 0) body.push({ type: 'paragraph', children });
      }
      return;
    }
    const mapped = options.types?.[node._type];
    if (mapped) {
      const result = mapped(node, { path, report });
      if (result === undefined) report('gap', 'unknown_type', `The “${node._type}” object was not converted`, path);
      else body.push(...[result].flat());
      return;
    }
    if (node._type === 'image') {
      body.push(image(node, path, options, report));
      return;
    }
    if (node._type === 'code' && typeof node.code === 'string') {
      // Sanity's code input plugin.
      body.push(typeof node.language === 'string' && /^[\w+#.-]{1,32}$/.test(node.language) ? { type: 'code', value: node.code, language: node.language } : { type: 'code', value: node.code });
      return;
    }
    const own = node._type.startsWith(ownPrefix) ? node._type.slice(ownPrefix.length) : undefined;
    if (own !== undefined && (blockTypes.has(own) || isExtensionType(own))) {
      // A presswork block (built-in or an extension's) that toPortableText wrote as an object: back as it was.
      const { _type, _key, ...fields } = node;
      body.push({ type: own, ...fields });
      return;
    }
    report('gap', 'unknown_type', `No conversion for Portable Text objects of type “${node._type}”: pass one in \`types\``, path);
  });
  return { body, issues };
}

/** The path of the innermost open list, for reporting inside its items. */
function listPath(body: Draft[], lists: Array<{ list: Draft }>): Path {
  const path: Path = ['body', body.indexOf(lists[0]!.list)];
  for (let index = 1; index < lists.length; index++) {
    const items = lists[index - 1]!.list.items as Draft[][];
    const item = items.at(-1)!;
    path.push('items', items.length - 1, item.indexOf(lists[index]!.list));
  }
  return path;
}

/** A Sanity image: a CDN URL from the asset id (with its size) or the expanded asset's URL. */
function image(node: PortableTextNode, path: Path, options: FromPortableTextOptions, report: PortableTextContext['report']): Draft {
  const asset = (node.asset ?? {}) as { _ref?: string; url?: string; metadata?: { dimensions?: { width?: number; height?: number } } };
  const parsed = /^image-([\da-f]+|[\w]+)-(\d+)x(\d+)-(\w+)$/i.exec(asset._ref ?? '');
  const draft: Draft = { type: 'image' };
  if (asset.url) draft.src = asset.url;
  else if (parsed && options.sanity) draft.src = `https://cdn.sanity.io/images/${options.sanity.projectId}/${options.sanity.dataset}/${parsed[1]}-${parsed[2]}x${parsed[3]}.${parsed[4]}`;
  else report('gap', 'missing_src', 'The image asset has no URL: pass `sanity: { projectId, dataset }` or expand the asset', [...path, 'src']);
  const width = asset.metadata?.dimensions?.width ?? (parsed ? Number(parsed[2]) : undefined);
  const height = asset.metadata?.dimensions?.height ?? (parsed ? Number(parsed[3]) : undefined);
  if (width && height) Object.assign(draft, { width, height });
  else report('gap', 'missing_size', 'The image’s pixel size is unknown: add `width` and `height`', [...path, 'width']);
  if (typeof node.alt === 'string' && node.alt.trim()) draft.alt = node.alt.trim();
  else {
    draft.alt = `${todoMarker}: describe this image`;
    report('gap', 'missing_alt', 'The image has no alt text: describe what it shows (or set `decorative: true`)', [...path, 'alt']);
  }
  if (typeof node.caption === 'string' && node.caption.trim()) draft.caption = [{ type: 'text', value: node.caption.trim() }];
  return draft;
}

/**
 * A block's spans and inline objects as nested inline nodes. Marks that run
 * over more spans open first, so `**a *b***` nests as Portable Text's own
 * renderers nest it.
 */
function convertChildren(block: PortableTextBlock, path: Path, options: FromPortableTextOptions, report: PortableTextContext['report'], noticeOnce: (code: string, message: string) => void): Draft[] {
  const definitions = new Map((block.markDefs ?? []).map((definition) => [definition._key, definition]));
  const root: Draft[] = [];
  const stack: Array<{ mark: string; children: Draft[] }> = [];
  const children = block.children;
  const runLength = (index: number, mark: string) => {
    let count = 0;
    for (let next = index; next < children.length; next++) {
      const child = children[next]!;
      if (!isSpan(child) || !(child.marks ?? []).includes(mark)) break;
      count++;
    }
    return count;
  };
  const current = () => stack.at(-1)?.children ?? root;
  children.forEach((child, index) => {
    if (!isSpan(child)) {
      while (stack.length > 0) close();
      const mapped = options.types?.[child._type];
      const own = child._type.startsWith(ownPrefix) ? child._type.slice(ownPrefix.length) : undefined;
      const { _type, _key, ...fields } = child;
      // presswork's own inline objects (extension nodes that `toPortableText` wrote) come back as they were.
      const result = mapped ? mapped(child, { path: [...path, root.length], report }) : own !== undefined && isExtensionType(own) ? { type: own, ...fields } : undefined;
      if (result === undefined) report('gap', 'unknown_type', `No conversion for the inline “${child._type}” object: pass one in \`types\``, [...path, root.length]);
      else root.push(...[result].flat());
      return;
    }
    // `code` innermost (presswork's code is text only), then longer runs outside shorter ones.
    const marks = [...(child.marks ?? [])].sort((a, b) => Number(a === 'code') - Number(b === 'code') || runLength(index, b) - runLength(index, a) || a.localeCompare(b));
    let keep = 0;
    while (keep < stack.length && keep < marks.length && stack[keep]!.mark === marks[keep]) keep++;
    while (stack.length > keep) close();
    for (const mark of marks.slice(keep)) {
      const node = { mark, children: [] as Draft[] };
      stack.push(node);
    }
    const parts = child.text.split('\n');
    const target = current();
    parts.forEach((part, partIndex) => {
      if (partIndex > 0) target.push({ type: 'break' });
      if (part) target.push({ type: 'text', value: part });
    });
  });
  while (stack.length > 0) close();
  return joinText(root);

  function close(): void {
    const { mark, children: inner } = stack.pop()!;
    const parent = current();
    const definition = definitions.get(mark);
    if (definition) {
      const own = definition._type === 'link' ? ownAnnotations.link : undefined;
      const convert = options.annotations?.[definition._type] ?? own ?? ownAnnotations[definition._type];
      if (definition._type === 'link' && (typeof definition.href !== 'string' || !isSafeUrl(definition.href))) {
        noticeOnce('unsafe_link', `A link to \`${String(definition.href).slice(0, 60)}\` was not kept (not an http(s), mailto or tel address); its text is`);
        parent.push(...inner);
      } else if (convert) parent.push(...[convert(definition, inner)].flat());
      else {
        noticeOnce('unknown_annotation', `“${definition._type}” annotations have no presswork equivalent: their text is kept (pass \`annotations\` to convert them)`);
        parent.push(...inner);
      }
      return;
    }
    if (mark === 'code') {
      const text = inlineText(inner as unknown as Inline[]);
      if (text) parent.push({ type: 'code', value: text });
      return;
    }
    const type = decorators[mark];
    if (type) parent.push({ type, children: inner });
    else {
      noticeOnce('unknown_decorator', `The “${mark}” decorator has no presswork equivalent: its text is kept`);
      parent.push(...inner);
    }
  }
}

function joinText(nodes: Draft[]): Draft[] {
  const out: Draft[] = [];
  for (const node of nodes) {
    const previous = out.at(-1);
    if (node.type === 'text' && previous?.type === 'text') previous.value = String(previous.value) + String(node.value);
    else out.push(Array.isArray(node.children) ? { ...node, children: joinText(node.children as Draft[]) } : node);
  }
  return out;
}
