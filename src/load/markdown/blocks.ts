import type { BlockContent, DefinitionContent, Paragraph, RootContent, Table } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { closest } from '../../model/suggest.js';
import { convertInline } from './inline.js';
import { closingFence, isClosed, malformedBlockDirective } from './malformed.js';
import { contentOf, directiveHandlers, directiveNames, labelOf } from './directives.js';
import { extensionDirective } from './extensions.js';
import type { ConvertState, Draft, Path } from './state.js';

type Content = RootContent | BlockContent | DefinitionContent;
type Handler<T> = (state: ConvertState, node: T, path: Path) => Draft | undefined;
type BlockHandlers = { [K in Content['type']]?: Handler<Extract<Content, { type: K }>> };

/** `— Name` or `-- Name` as the last paragraph of a quote is its attribution. */
const attributionMark = /^\s*(?:—|--|―)\s*/;

/** Convert a quote's blocks, taking a trailing `— Name` paragraph as attribution. */
export function convertQuote(state: ConvertState, children: readonly Content[], path: Path, cite?: string): Draft {
  const last = children[children.length - 1];
  const first = last?.type === 'paragraph' ? last.children[0] : undefined;
  let attribution: Draft[] | undefined;
  let body = children;
  if (last?.type === 'paragraph' && children.length > 1 && first?.type === 'text' && attributionMark.test(first.value)) {
    const rest: Paragraph = { ...last, children: [{ ...first, value: first.value.replace(attributionMark, '') }, ...last.children.slice(1)] };
    attribution = convertInline(state, rest.children, [...path, 'attribution']);
    body = children.slice(0, -1);
  }
  const draft: Draft = { type: 'blockquote', children: convertBlocks(state, body, [...path, 'children']) };
  if (attribution) draft.attribution = attribution;
  if (cite !== undefined) draft.cite = cite;
  return draft;
}

/** A GFM table as a table block; the first row is the header row. */
export function convertTable(state: ConvertState, node: Table, path: Path, caption: Draft[] | undefined, rowHeaders: boolean | undefined): Draft {
  const rows = node.children.map((row, index) =>
    row.children.map((cell, column) => convertInline(state, cell.children, [...path, index === 0 ? 'head' : 'body', index === 0 ? 0 : index - 1, column])),
  );
  const draft: Draft = { type: 'table', caption, head: rows.slice(0, 1), body: rows.slice(1) };
  if (rowHeaders) draft.rowHeaders = true;
  return draft;
}

const handlers: BlockHandlers = {
  paragraph: (state, node, path) => {
    const start = node.position?.start;
    const firstLine = start ? (state.lines[start.line - 1] ?? '').slice(start.column - 1) : '';
    const malformed = malformedBlockDirective(firstLine);
    if (malformed) {
      state.fail(node, path, 'malformed_directive', malformed);
      if (/^\s*:{3}/.test(firstLine)) state.unparsedContainers++;
      return undefined;
    }
    if (closingFence.test(toString(node))) {
      // The closing line of a container whose opening did not parse: that one mistake is reported already.
      if (state.unparsedContainers > 0) state.unparsedContainers--;
      else state.fail(node, path, 'malformed_directive', 'A closing `:::` with no directive open: remove it, or fix the directive it was meant to close');
      return undefined;
    }
    const problems = state.issues.length;
    const children = convertInline(state, node.children, [...path, 'children']);
    // A paragraph that held only what was just reported (a Markdown image) is not also an empty paragraph.
    if (children.length === 0 && state.issues.length > problems) return undefined;
    return { type: 'paragraph', children };
  },
  heading: (state, node, path) => {
    if (node.depth === 1 || node.depth > 4) {
      state.fail(
        node,
        path,
        'invalid_heading',
        node.depth === 1 ? 'A level-1 heading (`#`) is not allowed in the body: the headline comes from front matter. Use `##`' : `Heading level ${node.depth} is too deep; use \`##\` to \`####\``,
      );
      return undefined;
    }
    return { type: 'heading', level: node.depth, children: convertInline(state, node.children, [...path, 'children']) };
  },
  list: (state, node, path) => {
    const draft: Draft = {
      type: 'list',
      ordered: node.ordered === true,
      items: node.children.map((item, index) => {
        if (typeof item.checked === 'boolean') state.fail(item, [...path, 'items', index], 'unsupported_markdown', 'Task list checkboxes are not supported; write the state in words');
        return convertBlocks(state, item.children, [...path, 'items', index]);
      }),
    };
    if (node.ordered && typeof node.start === 'number' && node.start !== 1) draft.start = node.start;
    return draft;
  },
  blockquote: (state, node, path) => convertQuote(state, node.children, path),
  code: (_, node) => (node.lang ? { type: 'code', value: node.value, language: node.lang } : { type: 'code', value: node.value }),
  html: (_, node) => ({ type: 'html', value: node.value }),
  thematicBreak: () => ({ type: 'divider' }),
  table: (state, node, path) => {
    state.fail(node, path, 'missing_caption', 'A table needs a caption: wrap it in `:::table[Caption]` … `:::`');
    return convertTable(state, node, path, undefined, undefined);
  },
  definition: () => undefined,
  leafDirective: (state, node, path) => directive(state, node, path),
  containerDirective: (state, node, path) => directive(state, node, path),
  footnoteDefinition: (state, node, path) => {
    state.fail(node, path, 'unsupported_markdown', 'Footnotes are not supported; use a link or a fact box');
    return undefined;
  },
};

function directive(
  state: ConvertState,
  node: Parameters<NonNullable<BlockHandlers['leafDirective']>>[1] | Parameters<NonNullable<BlockHandlers['containerDirective']>>[1],
  path: Path,
): Draft | undefined {
  if (node.type === 'containerDirective' && !isClosed(node, state.lines)) {
    state.fail(node, path, 'unclosed_directive', `\`:::${node.name}\` is never closed, so it would take in everything after it: add a line \`:::\` where it ends`);
  }
  if (state.directiveNames.has(node.name)) return extensionDirective(state, node, path, labelOf(node), convertBlocks(state, contentOf(node), [...path, 'children']));
  const handler = directiveHandlers[node.name];
  if (!handler) {
    const match = closest(node.name, directiveNames);
    state.fail(
      node,
      path,
      'unknown_directive',
      `Unknown directive \`${node.name}\`.${match ? ` Did you mean \`${match}\`?` : ''} Use one of ${directiveNames.map((name) => `\`${name}\``).join(', ')}`,
    );
    return undefined;
  }
  return handler(state, node, path);
}

/** Convert block content to block drafts, recording positions. */
export function convertBlocks(state: ConvertState, nodes: readonly Content[], path: Path): Draft[] {
  const out: Draft[] = [];
  for (const node of nodes) {
    const nodePath = [...path, out.length];
    const handler = handlers[node.type] as Handler<Content> | undefined;
    if (!handler) {
      if (node.type !== 'yaml') state.fail(node, nodePath, 'unsupported_markdown', `Markdown \`${node.type}\` is not supported here (${toString(node).slice(0, 40)})`);
      continue;
    }
    const draft = handler(state, node, nodePath);
    if (!draft) continue;
    state.mark(node, nodePath);
    out.push(draft);
  }
  return out;
}
