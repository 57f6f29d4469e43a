import type { StandardSchemaV1 } from '@standard-schema/spec';
import { createIssue, type ArticleIssue } from './errors.js';
import type { PathSegments } from './path.js';

/** A namespaced extension type: `acme:poll`, `site:stock-quote`. Built-in types never contain `:`. */
export const extensionTypePattern = /^[a-z][a-z0-9-]*:[a-z][a-z0-9-]*$/;

/** Whether a `type` names an extension node (namespaced). */
export const isExtensionType = (type: unknown): type is `${string}:${string}` => typeof type === 'string' && extensionTypePattern.test(type);

/** What the model needs of a registered extension type: its kind and its validator. */
export interface ExtensionSchema {
  readonly kind: 'block' | 'inline';
  readonly type: string;
  /** Validates the node's fields (everything but `type`). */
  readonly schema: StandardSchemaV1;
}

/** What to do with an extension type no extension registers. */
export type UnknownTypePolicy = 'error' | 'warn';

/** The extension types the model accepts, and the unknown-type policy (see `createPresswork`). */
export interface ModelExtensions {
  readonly types: ReadonlyMap<string, ExtensionSchema>;
  readonly unknown: UnknownTypePolicy;
}

/** Something the reader should know that is not an error: an upgrade, an unknown type kept as fallback. */
export interface ArticleNotice {
  /** Readable path, e.g. `body[3]`; `schemaVersion` for an upgrade. */
  path: string;
  segments: Array<string | number>;
  /** `migrated` or `unknown_type`. */
  code: 'migrated' | 'unknown_type';
  message: string;
  /** The content file, when the article came from one. */
  file?: string;
  line?: number;
  column?: number;
}

/** An extension node found in the input, validated, and where it goes back. */
interface Found {
  segments: Array<string | number>;
  value: unknown;
}

/** Whether the array at `segments` holds blocks (else inline nodes), from where it sits in the article. */
function holdsBlocks(segments: PathSegments, parentType: unknown): boolean {
  const key = segments[segments.length - 1];
  if (segments.length === 1 && key === 'body') return true;
  if (key === 'children' && (parentType === 'blockquote' || parentType === 'factbox')) return true;
  return typeof key === 'number' && segments[segments.length - 2] === 'items';
}

/** A built-in stand-in the schema accepts where the extension node sits; replaced by the real node after validation. */
const standIn = (blocks: boolean, type: string) => (blocks ? { type: 'divider' } : { type: 'text', value: type });

const messages = {
  unknown: (type: string) => `Unknown extension type \`${type}\`: no extension registers it. Register it with \`createPresswork({ blocks: [...] })\` (or \`presswork.config.js\` for the CLI)`,
  fallback: (type: string) => `Unknown extension type \`${type}\`: kept, and rendered as fallback text (no extension registers it)`,
  wrongKind: (type: string, kind: 'block' | 'inline') => `\`${type}\` is ${kind === 'block' ? 'a block type: it cannot stand in inline content' : 'an inline type: it cannot stand where blocks go'}`,
};

function standardIssues(result: StandardSchemaV1.Result<unknown>, at: Array<string | number>, type: string): ArticleIssue[] {
  if (!result.issues) return [];
  return result.issues.map((issue) => {
    const path = (issue.path ?? []).map((part) => {
      const key = typeof part === 'object' ? part.key : part;
      return typeof key === 'number' ? key : String(key);
    });
    return createIssue([...at, ...path], 'extension', `${issue.message} (\`${type}\`)`);
  });
}

/**
 * Take every extension node (a namespaced `type`) out of raw input, validate
 * it with its registered schema, and put a built-in stand-in in its place so
 * the article schema judges the rest. `restore` puts the validated nodes back
 * into the parsed article. Nodes inside an extension node are its schema's
 * to judge. Iterative: depth is bounded by the limits checked before.
 */
export function extractExtensions(
  input: unknown,
  extensions: ModelExtensions | undefined,
): { input: unknown; issues: ArticleIssue[]; notices: ArticleNotice[]; restore: (article: unknown) => unknown } {
  const issues: ArticleIssue[] = [];
  const notices: ArticleNotice[] = [];
  const found: Found[] = [];
  // Most articles have none: then nothing is copied.
  if (!containsExtensionNode(input)) return { input, issues, notices, restore: (article) => article };
  const copy = (value: unknown): unknown => (Array.isArray(value) ? [...(value as unknown[])] : value && typeof value === 'object' ? { ...value } : value);
  const root = copy(input);
  // Depth first in document order (children pushed last to first), so problems read top to bottom.
  interface Entry {
    holder: Record<string | number, unknown>;
    key: string | number;
    segments: Array<string | number>;
    /** The `type` of the nearest object holding this value (for arrays: the object holding the array). */
    parentType: unknown;
  }
  const stack: Entry[] = [];
  const pushChildren = (holder: Record<string | number, unknown>, segments: Array<string | number>, parentType: unknown) => {
    const array = Array.isArray(holder);
    const ownType = array ? parentType : (holder as { type?: unknown }).type;
    const keys = Object.keys(holder);
    for (let index = keys.length - 1; index >= 0; index--) {
      const key = array ? Number(keys[index]) : keys[index]!;
      stack.push({ holder, key, segments: [...segments, key], parentType: array ? parentType : ownType });
    }
  };
  if (root && typeof root === 'object') pushChildren(root as Record<string, unknown>, [], undefined);
  while (stack.length > 0) {
    const { holder, key, segments: at, parentType } = stack.pop()!;
    const value = holder[key];
    if (!value || typeof value !== 'object') continue;
    const type = (value as { type?: unknown }).type;
    if (Array.isArray(holder) && isExtensionType(type)) {
      const blocks = holdsBlocks(at.slice(0, -1), parentType);
      holder[key] = standIn(blocks, type);
      const registered = extensions?.types.get(type);
      if (!registered) {
        if (extensions?.unknown === 'warn') {
          notices.push({ ...createIssue(at, 'unknown_type', messages.fallback(type)), code: 'unknown_type' });
          found.push({ segments: at, value });
        } else {
          issues.push(createIssue([...at, 'type'], 'unknown_type', messages.unknown(type)));
        }
        continue;
      }
      if ((registered.kind === 'block') !== blocks) {
        issues.push(createIssue(at, 'unknown_type', messages.wrongKind(type, registered.kind)));
        continue;
      }
      const { type: _type, ...fields } = value as Record<string, unknown>;
      const result = registered.schema['~standard'].validate(fields);
      if (result instanceof Promise) throw new TypeError(`The schema of \`${type}\` validates asynchronously; presswork validates synchronously`);
      const problems = standardIssues(result, at, type);
      if (problems.length > 0) issues.push(...problems);
      else found.push({ segments: at, value: { type, ...(result as StandardSchemaV1.SuccessResult<object>).value } });
      continue;
    }
    const child = copy(value) as Record<string | number, unknown>;
    holder[key] = child;
    pushChildren(child, at, parentType);
  }
  const restore = (article: unknown): unknown => {
    for (const { segments, value } of found) {
      let target = article as Record<string | number, unknown>;
      for (const segment of segments.slice(0, -1)) target = target[segment] as Record<string | number, unknown>;
      target[segments[segments.length - 1]!] = value;
    }
    return article;
  };
  return { input: root, issues, notices, restore };
}

/** Whether any array in `input` holds an object with a namespaced `type` (a quick scan, nothing copied). */
function containsExtensionNode(input: unknown): boolean {
  const stack: unknown[] = [input];
  while (stack.length > 0) {
    const value = stack.pop();
    if (!value || typeof value !== 'object') continue;
    if (Array.isArray(value)) {
      for (const item of value) {
        if (item && typeof item === 'object' && isExtensionType((item as { type?: unknown }).type)) return true;
        stack.push(item);
      }
    } else {
      for (const key in value) stack.push((value as Record<string, unknown>)[key]);
    }
  }
  return false;
}
