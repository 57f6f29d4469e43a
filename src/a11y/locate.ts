import type { Extensions } from '../extend/registry.js';
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select } from 'hast-util-select';
import type { Article } from '../model/types.js';
import type { PathSegments } from '../model/path.js';
import { buildAmpTree } from '../render/amp/render-amp.js';
import { buildHtmlTree } from '../render/html/to-hast.js';
import { serializeHtml } from '../render/hast/serialize.js';
import type { OutputFormat } from '../render/render-format.js';
import type { SourcePaths } from '../render/shared/source-paths.js';
import { traceText } from '../render/text/render-text.js';
import type { A11yNode } from './report.js';

/** A 1-based stretch of a file: an element's opening tag, or a line. */
export interface Span {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

type Parent = Root | Element;

const elements = (parent: Parent): Element[] => (parent.children as RootContent[]).filter((child): child is Element => child.type === 'element');

/** The element axe names by its selector (`target`), or the first opening at `line` for presswork's own rules. */
function find(tree: Root, node: A11yNode): Element | undefined {
  const [selector] = node.target;
  if (node.line === undefined && selector !== undefined) {
    try {
      return select(selector, tree) ?? undefined;
    } catch {
      return undefined; // a selector hast-util-select does not support: no place rather than a wrong one
    }
  }
  if (node.line === undefined) return undefined;
  let found: Element | undefined;
  const tag = /^<([\w-]+)/.exec(node.html)?.[1]?.toLowerCase();
  const walk = (parent: Parent) => {
    for (const child of elements(parent)) {
      if (found) return;
      if (child.position?.start.line === node.line && (!tag || child.tagName === tag)) found = child;
      else walk(child);
    }
  };
  walk(tree);
  return found;
}

/** Where each element sits among its parent's elements, from the root: the same in any tree parsed from the same markup. */
function indexPath(tree: Root, target: Element): number[] | undefined {
  const walk = (parent: Parent, path: number[]): number[] | undefined => {
    const children = elements(parent);
    for (let index = 0; index < children.length; index++) {
      const child = children[index]!;
      if (child === target) return [...path, index];
      const found = walk(child, [...path, index]);
      if (found) return found;
    }
    return undefined;
  };
  return walk(tree, []);
}

/**
 * Places in a built page: each flagged element's opening tag, as the file
 * has it. The page is parsed once, on the first question.
 */
export function pageLocator(html: string): (node: A11yNode) => Span | undefined {
  let tree: Root | undefined;
  return (node) => {
    tree ??= fromHtml(html, { verbose: true });
    const element = find(tree, node);
    const opening = element?.data?.position.opening ?? element?.position;
    if (!opening) return node.line === undefined ? undefined : { line: node.line, column: 1, endLine: node.line, endColumn: 1 };
    return { line: opening.start.line, column: opening.start.column, endLine: opening.end.line, endColumn: opening.end.column };
  };
}

/** An output and the part of the article (`body[3]`) each flagged node came from. */
export interface LocatedOutput {
  output: string;
  locate: (node: A11yNode) => PathSegments | undefined;
}

/**
 * Render an article in `format` and keep, beside the output, which block or
 * field each element (or text line) renders. A node the checker flags is
 * traced to the innermost enclosing element the renderer noted.
 */
export function renderLocated(article: Article, format: OutputFormat, options: { width: number; extensions?: Extensions | undefined }): LocatedOutput {
  const { extensions } = options;
  if (format === 'text') {
    const { output, lines } = traceText(article, { width: options.width, extensions });
    return { output, locate: (node) => (node.line !== undefined ? lines[node.line - 1] : node.target[0] === 'html' ? ['language'] : undefined) };
  }
  const sources: SourcePaths = new Map();
  const tree = format === 'amp' ? buildAmpTree(article, { extensions }, sources) : buildHtmlTree(article, { fragment: false, stylesheet: false, extensions }, { sources });
  const output = serializeHtml(tree);
  let parents: Map<Element, Element> | undefined;
  let parsed: Root | undefined;
  return {
    output,
    locate: (node) => {
      // axe's selectors match the built tree as they matched the parsed page; presswork's AMP rules name a line of the output.
      let element: Element | undefined;
      if (node.line === undefined) element = find(tree, node);
      else {
        parsed ??= fromHtml(output);
        const found = find(parsed, node);
        const path = found && indexPath(parsed, found);
        element = path && follow(tree, path);
      }
      parents ??= parentMap(tree);
      for (let current = element; current; current = parents.get(current)) {
        const path = sources.get(current);
        if (path) return path;
      }
      return undefined;
    },
  };
}

function follow(tree: Root, path: readonly number[]): Element | undefined {
  let parent: Parent = tree;
  for (const index of path) {
    const next: Element | undefined = elements(parent)[index];
    if (!next) return undefined;
    parent = next;
  }
  return parent === tree ? undefined : (parent as Element);
}

function parentMap(tree: Root): Map<Element, Element> {
  const parents = new Map<Element, Element>();
  const walk = (parent: Parent) => {
    for (const child of parent.children as Array<ElementContent>) {
      if (child.type !== 'element') continue;
      if (parent.type === 'element') parents.set(child, parent);
      walk(child);
    }
  };
  walk(tree);
  return parents;
}
