import type { Nodes, Definition } from 'mdast';
import { createIssue, type ArticleIssue } from '../../model/errors.js';
import { SourceMap } from '../source-map.js';
import type { Extensions } from '../../extend/registry.js';

/** A path into the article being built. */
export type Path = Array<string | number>;
/** A converted node before validation: the schema checks it afterwards. */
export type Draft = Record<string, unknown>;

/** What every Markdown handler receives: settings, helpers and the problems so far. */
export interface ConvertState {
  readonly file: string | undefined;
  /** The article's language, for defaults such as caption track labels. */
  readonly language: string;
  readonly issues: ArticleIssue[];
  readonly sourceMap: SourceMap;
  /** Link reference definitions (`[x]: https://…`) of the document. */
  readonly definitions: Map<string, Definition>;
  /** The source lines, for syntax the parser leaves as text (malformed directives). */
  readonly lines: readonly string[];
  /** Extension types (`createPresswork` passes them). */
  readonly extensions: Extensions | undefined;
  /** Directive names of extension types as the parser sees them (`acme_poll`) → their type (`acme:poll`). */
  readonly directiveNames: ReadonlyMap<string, string>;
  /** Container openings that did not parse, whose closing `:::` is then expected as stray text. */
  unparsedContainers: number;
  /** Record a problem at `node`, with `path` in the article. */
  fail(node: Nodes, path: Path, code: string, message: string): void;
  /** Record where the value at `path` came from. */
  mark(node: Nodes, path: Path): void;
}

/** Create the state for one conversion. */
export function createState(
  file: string | undefined,
  language: string,
  sourceMap = new SourceMap(),
  lines: readonly string[] = [],
  extensions?: Extensions,
  directiveNames: ReadonlyMap<string, string> = new Map(),
): ConvertState {
  const issues: ArticleIssue[] = [];
  const place = (node: Nodes) => node.position && { line: node.position.start.line, column: node.position.start.column };
  return {
    file,
    language,
    issues,
    sourceMap,
    definitions: new Map(),
    lines,
    extensions,
    directiveNames,
    unparsedContainers: 0,
    fail(node, path, code, message) {
      issues.push({ ...createIssue(path, code, message, file), ...place(node) });
    },
    mark(node, path) {
      const { position } = node;
      sourceMap.set(path, position && { line: position.start.line, column: position.start.column, endLine: position.end.line, endColumn: position.end.column });
    },
  };
}
