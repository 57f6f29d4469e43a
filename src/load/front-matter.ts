import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node as YamlNode } from 'yaml';
import { createIssue, type ArticleIssue } from '../model/errors.js';
import type { SourceMap } from './source-map.js';

/** The result of reading YAML front matter. */
export interface FrontMatter {
  data: Record<string, unknown>;
  issues: ArticleIssue[];
}

/**
 * Parse YAML front matter that starts on `firstLine` of the file, recording
 * the place of every field in `sourceMap`.
 */
export function parseFrontMatter(yaml: string, firstLine: number, sourceMap: SourceMap): FrontMatter {
  const lineCounter = new LineCounter();
  // YAML 1.2 core schema: dates stay strings, `no` stays a string.
  const document = parseDocument(yaml, { lineCounter, prettyErrors: false, uniqueKeys: true, schema: 'core' });
  const place = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return { line: line + firstLine - 1, column: col };
  };
  const span = (start: number, end: number) => {
    const { line: endLine, column: endColumn } = place(end);
    return { ...place(start), endLine, endColumn };
  };
  const problems = [...document.errors, ...document.warnings];
  if (problems.length > 0) {
    return {
      data: {},
      issues: problems.map((problem) => {
        const { line, column } = place(problem.pos[0]);
        return { ...createIssue([], 'invalid_yaml', `Front matter is not valid YAML: ${problem.message.split('\n')[0]}`), line, column };
      }),
    };
  }
  let data: unknown;
  try {
    data = document.toJS({ maxAliasCount: 100 });
  } catch (error) {
    // yaml refuses aliases that expand without bound (a "billion laughs" document).
    if (!(error instanceof ReferenceError) || !/alias/i.test(error.message)) throw error;
    const firstAlias = /(^|[\s[{,])\*[^\s,\]}]+/m.exec(yaml);
    return {
      data: {},
      issues: [
        {
          ...createIssue([], 'invalid_yaml', 'Front matter repeats YAML aliases (`*name`) so often that it would expand without bound; presswork does not read it. Write the values out'),
          ...place(firstAlias ? firstAlias.index + firstAlias[1]!.length : 0),
        },
      ],
    };
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return { data: {}, issues: [{ ...createIssue([], 'invalid_front_matter', 'Front matter must be a YAML mapping of article fields'), ...place(0) }] };
  }
  const record = (node: YamlNode | null | undefined, path: Array<string | number>) => {
    if (!node) return;
    if (node.range) sourceMap.set(path, span(node.range[0], node.range[1]));
    if (isMap(node)) {
      for (const pair of node.items) {
        const key = isScalar(pair.key) ? String(pair.key.value) : undefined;
        if (key === undefined) continue;
        if (isScalar(pair.key) && pair.key.range) {
          sourceMap.set([...path, key], span(pair.key.range[0], pair.key.range[1]));
          sourceMap.setKey([...path, key], place(pair.key.range[0]));
        }
        record(pair.value as YamlNode | null, [...path, key]);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, index) => record(item as YamlNode, [...path, index]));
    }
  };
  record(document.contents, []);
  return { data: data as Record<string, unknown>, issues: [] };
}
