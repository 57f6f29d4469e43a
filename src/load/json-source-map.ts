import { parseTree, type Node as JsonNode } from 'jsonc-parser';
import { SourceMap, type SourceSpan } from './source-map.js';

/** 1-based line and column of each offset, by binary search over line starts. */
function lineIndex(source: string): (offset: number) => { line: number; column: number } {
  const starts = [0];
  for (let index = source.indexOf('\n'); index !== -1; index = source.indexOf('\n', index + 1)) starts.push(index + 1);
  return (offset) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (starts[middle]! <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - starts[low]! + 1 };
  };
}

/**
 * Where every value and key of a JSON article is written. `source` must be
 * JSON that `JSON.parse` accepted (the caller parses the data; this only
 * places it).
 */
export function jsonSourceMap(source: string): SourceMap {
  const map = new SourceMap();
  const root = parseTree(source, [], { disallowComments: true });
  if (!root) return map;
  const at = lineIndex(source);
  const span = (node: JsonNode): SourceSpan => {
    const { line: endLine, column: endColumn } = at(node.offset + node.length);
    return { ...at(node.offset), endLine, endColumn };
  };
  const record = (node: JsonNode, path: Array<string | number>) => {
    map.set(path, span(node));
    if (node.type === 'object') {
      for (const property of node.children ?? []) {
        const [key, value] = property.children ?? [];
        if (!key || typeof key.value !== 'string') continue;
        map.setKey([...path, key.value], at(key.offset));
        if (value) record(value, [...path, key.value]);
      }
    } else if (node.type === 'array') {
      node.children?.forEach((item, index) => record(item, [...path, index]));
    }
  };
  record(root, []);
  return map;
}
