import { visit } from 'unist-util-visit';
import type { PhrasingContent, Root } from 'mdast';
import type { ContainerDirective, LeafDirective, TextDirective } from 'mdast-util-directive';
import { toString } from 'mdast-util-to-string';
import type { DirectiveInput } from '../../extend/define.js';
import { compact } from './attributes.js';
import { convertInline } from './inline.js';
import type { ConvertState, Draft, Path } from './state.js';

/**
 * Directive names cannot hold `:` (micromark ends a name at punctuation), so
 * `::acme:poll{…}` is read as `::acme_poll{…}`: the same length, so every
 * position stays exact. Rewritten where a directive can start: a block
 * directive at the start of a line, an inline one when `[` or `{` follows.
 * Registered or not (an unregistered type is then the model's to report, or
 * to keep under `unknown: 'warn'`); code keeps what was written.
 */
export function directiveSource(text: string): { text: string; names: Map<string, string> } {
  const names = new Map<string, string>();
  const rename = (type: string) => {
    const name = type.replace(':', '_');
    names.set(name, type);
    return name;
  };
  const type = String.raw`[a-z][a-z0-9-]*:[a-z][a-z0-9-]*`;
  const rewritten = text
    .replace(new RegExp(String.raw`^([ 	]*(?:>[ 	]*)*)(::+)(${type})(?=[\[{]|[ 	]*$)`, 'gm'), (_, before: string, colons: string, name: string) => `${before}${colons}${rename(name)}`)
    .replace(new RegExp(String.raw`(^|[^\w:])(:)(${type})(?=[\[{])`, 'gm'), (_, before: string, colon: string, name: string) => `${before}${colon}${rename(name)}`);
  return { text: rewritten, names };
}

/** Code is verbatim: put back the `:` the rewrite replaced inside it. */
export function restoreCode(tree: Root, names: ReadonlyMap<string, string>): void {
  if (names.size === 0) return;
  visit(tree, (node) => {
    if (node.type !== 'code' && node.type !== 'inlineCode' && node.type !== 'html') return;
    for (const [name, type] of names) node.value = node.value.replace(new RegExp(`(:+)${name}`, 'g'), `$1${type}`);
  });
}

/** An attribute value as JSON when it is a number, `true`/`false`, an array or an object; otherwise the string. */
function attributeValue(value: string): unknown {
  if (/^-?\d+(?:\.\d+)?$/.test(value) || value === 'true' || value === 'false' || /^\s*[[{]/.test(value)) {
    try {
      return JSON.parse(value) as unknown;
    } catch {
      return value;
    }
  }
  return value;
}

function attributesOf(node: LeafDirective | ContainerDirective | TextDirective): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(node.attributes ?? {})) if (value !== null && value !== undefined) out[name] = attributeValue(value);
  return out;
}

/** The extension node a directive writes, or `undefined` when `name` is not an extension's. */
export function extensionDirective(
  state: ConvertState,
  node: LeafDirective | ContainerDirective | TextDirective,
  path: Path,
  labelNodes: PhrasingContent[] | undefined,
  children: Draft[],
): Draft | undefined {
  const type = state.directiveNames.get(node.name);
  if (!type) return undefined;
  const extension = state.extensions?.types.get(type);
  const kind = node.type === 'textDirective' ? 'inline' : 'block';
  const labelText = labelNodes && toString({ type: 'paragraph', children: labelNodes });
  if (!extension) {
    // Not registered: the model reports it (or keeps it under `unknown: 'warn'`), with everything written.
    return compact({ type, ...attributesOf(node), label: labelText, ...(children.length > 0 && { children }) });
  }
  if (extension.kind !== kind) {
    state.fail(node, path, 'unknown_directive', `\`${type}\` is ${extension.kind === 'block' ? 'a block type: write it as `::' : 'an inline type: write it as `:'}${type}…\``);
    return undefined;
  }
  const label = labelNodes && convertInline(state, labelNodes, [...path, 'label']);
  const input: DirectiveInput = { attributes: attributesOf(node), label, labelText, children };
  const registered = kind === 'block' ? state.extensions?.blocks.get(type) : state.extensions?.inlines.get(type);
  if (registered?.markdown) return { ...registered.markdown(input), type };
  if (kind === 'inline') return compact({ ...input.attributes, label: input.labelText, type });
  if (input.label !== undefined || input.children.length > 0) {
    state.fail(node, path, 'unexpected_content', `\`::${type}\` takes attributes only (its extension has no \`markdown\` mapping for a [label] or content)`);
    return undefined;
  }
  return { ...input.attributes, type };
}
