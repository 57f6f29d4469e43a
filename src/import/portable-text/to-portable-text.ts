import type { Block, Inline } from '../../model/types.js';
import { ownPrefix } from './from-portable-text.js';
import { isExtensionType } from '../../model/extensions.js';
import type { PortableTextBlock, PortableTextNode, PortableTextSpan } from './types.js';

/** Options for `toPortableText`. */
export interface ToPortableTextOptions {
  /** Blocks by presswork type (`image`, `video`…) as the site's own Portable Text objects. By default a block Portable Text has no style for is a `presswork.<type>` object with the block's fields. */
  types?: Partial<Record<Block['type'], (block: Block) => PortableTextNode | PortableTextNode[]>>;
}

const decorators: Partial<Record<Inline['type'], string>> = { strong: 'strong', emphasis: 'em', sub: 'sub', sup: 'sup' };

/** Keys that are stable for the same article, so a diff of two exports shows only what changed. */
function keys(): () => string {
  let next = 0;
  return () => (next++).toString(36).padStart(4, 'k');
}

/** One text block: spans with decorators and annotation keys, line breaks as `\n`. */
function textBlock(children: readonly Inline[], fields: Partial<PortableTextBlock>, key: () => string): PortableTextBlock {
  const spans: Array<PortableTextSpan | PortableTextNode> = [];
  const markDefs: NonNullable<PortableTextBlock['markDefs']> = [];
  const add = (text: string, marks: readonly string[]) => {
    const previous = spans.at(-1);
    if (previous?._type === 'span' && (previous as PortableTextSpan).marks?.join() === marks.join()) (previous as PortableTextSpan).text += text;
    else spans.push({ _type: 'span', _key: key(), text, marks: [...marks] });
  };
  const walk = (nodes: readonly Inline[], marks: readonly string[]) => {
    for (const node of nodes) {
      switch (node.type) {
        case 'text':
          add(node.value, marks);
          break;
        case 'break':
          add('\n', marks);
          break;
        case 'code':
          add(node.value, [...marks, 'code']);
          break;
        case 'link': {
          const definition = { _key: key(), _type: 'link', href: node.url, ...(node.title !== undefined && { title: node.title }) };
          markDefs.push(definition);
          walk(node.children, [...marks, definition._key]);
          break;
        }
        case 'quote':
        case 'abbr':
        case 'span':
        case 'time': {
          const { children, type, ...rest } = node;
          const definition = { _key: key(), _type: type, ...rest };
          markDefs.push(definition);
          walk(children, [...marks, definition._key]);
          break;
        }
        default:
          if (isExtensionType(node.type)) {
            // An extension node is an inline object (Portable Text objects carry no marks).
            const { type, ...fields } = node as { type: string };
            spans.push({ _type: `${ownPrefix}${type}`, _key: key(), ...fields });
          } else walk((node as { children: Inline[] }).children, [...marks, decorators[node.type]!]);
      }
    }
  };
  walk(children, []);
  if (spans.length === 0) spans.push({ _type: 'span', _key: key(), text: '', marks: [] });
  return { _type: 'block', _key: key(), style: 'normal', ...fields, children: spans, markDefs };
}

/** A list whose items are one paragraph each, maybe followed by a nested list of the same kind: Portable Text's list items. */
function plainList(block: Extract<Block, { type: 'list' }>): boolean {
  return (
    block.start === undefined &&
    block.items.every((item) => (item.length === 1 && item[0]!.type === 'paragraph') || (item.length === 2 && item[0]!.type === 'paragraph' && item[1]!.type === 'list' && plainList(item[1])))
  );
}

/**
 * An article's body (or any blocks) as Portable Text: paragraphs, headings,
 * simple quotes and lists as text blocks with styles and list items; marks
 * as decorators (`strong`, `em`, `code`, `sub`, `sup`); links, quotes,
 * abbreviations, language spans and times as annotations. Other blocks
 * become `presswork.<type>` objects with the block's fields (or what `options.types` makes of
 * them), which `fromPortableText` reads back, so the round trip keeps the content.
 */
export function toPortableText(blocks: readonly Block[], options: ToPortableTextOptions = {}): PortableTextNode[] {
  const key = keys();
  const out: PortableTextNode[] = [];
  const list = (block: Extract<Block, { type: 'list' }>, level: number) => {
    for (const item of block.items) {
      const [first, nested] = item as [Extract<Block, { type: 'paragraph' }>, Extract<Block, { type: 'list' }> | undefined];
      out.push(textBlock(first.children, { listItem: block.ordered ? 'number' : 'bullet', level }, key));
      if (nested) list(nested, level + 1);
    }
  };
  let previous: Block | undefined;
  for (const block of blocks) {
    // Two lists in a row would read back as one: the second is written as an object.
    const custom = options.types?.[block.type];
    if (custom) {
      out.push(...[custom(block)].flat());
      previous = block;
      continue;
    }
    if (block.type === 'paragraph') out.push(textBlock(block.children, {}, key));
    else if (block.type === 'heading' && block.id === undefined) out.push(textBlock(block.children, { style: `h${block.level}` }, key));
    else if (block.type === 'blockquote' && block.attribution === undefined && block.cite === undefined && block.children.length === 1 && block.children[0]!.type === 'paragraph') {
      out.push(textBlock(block.children[0].children, { style: 'blockquote' }, key));
    } else if (block.type === 'list' && plainList(block) && !(previous?.type === 'list' && plainList(previous) && previous.ordered === block.ordered)) list(block, 1);
    else {
      const { type, ...fields } = block;
      out.push({ _type: `${ownPrefix}${type}`, _key: key(), ...fields });
    }
    previous = block;
  }
  return out;
}
