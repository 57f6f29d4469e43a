import type { StandardSchemaV1 } from '@standard-schema/spec';
import { extensionTypePattern } from '../model/extensions.js';
import type { PathSegments } from '../model/path.js';
import type { Block, Inline } from '../model/types.js';
import type { HtmlState } from '../render/hast/state.js';
import type { HandlerResult as Nodes } from '../render/hast/options.js';
import type { TextState, TextUnit } from '../render/text/state.js';
import type { LintUnitKind } from '../lint/text-units.js';

/** A namespaced type name: `acme:poll`. */
export type ExtensionType = `${string}:${string}`;

/** A `::acme:poll{…}` directive as the Markdown reader found it, for `markdown`. */
export interface DirectiveInput {
  /** The attributes: numbers, `true`/`false` and JSON arrays or objects are converted; the rest are strings. */
  attributes: Record<string, unknown>;
  /** The `[label]`, as inline content (unvalidated), when written. */
  label: unknown[] | undefined;
  /** The `[label]` as plain text, when written. */
  labelText: string | undefined;
  /** A container's content (`:::acme:poll` … `:::`) as blocks (unvalidated). */
  children: unknown[];
}

/** A string or inline field of a block that the content lint judges, and as what kind of text. */
export interface LintField {
  /** Path inside the node, e.g. `['question']` or `['options', 0, 'label']`. */
  field: PathSegments;
  /** What kind of text it is: rules pick the kinds they judge (`paragraph`, `caption`, `title`…). */
  kind: LintUnitKind;
}

/** How to define an extension block (see `defineBlock`). */
export interface BlockDefinition<T extends ExtensionType, S extends StandardSchemaV1> {
  /** A namespaced type: `acme:poll` (lowercase letters, digits and `-`, one `:`). */
  type: T;
  /** Validates the block's fields (everything but `type`): a zod, valibot or other Standard Schema, synchronous. */
  schema: S;
  /** What readers call it in fallbacks: `poll`. Default: the part after `:`. */
  label?: string;
  /** Renders the block to HTML (hast nodes). */
  html: (state: HtmlState, node: { type: T } & StandardSchemaV1.InferOutput<S>, parent?: Block) => Nodes;
  /**
   * Renders it in AMP (AMP-valid hast), or `'omit-with-fallback'`: AMP shows
   * the text handler's words and links, and a link to the full article.
   */
  amp: ((state: HtmlState, node: { type: T } & StandardSchemaV1.InferOutput<S>, parent?: Block) => Nodes) | 'omit-with-fallback';
  /** Renders it as plain text units (required: every output carries every block). */
  text: (state: TextState, node: { type: T } & StandardSchemaV1.InferOutput<S>, parent?: Block) => TextUnit[];
  /** The fields the content lint judges. Default: none. */
  lint?: (node: { type: T } & StandardSchemaV1.InferOutput<S>) => LintField[];
  /** Maps a `::type{…}` directive to the block's fields. Default: the attributes (a label or content is an error). */
  markdown?: (directive: DirectiveInput) => Record<string, unknown>;
}

/** How to define an extension inline node (see `defineInline`). */
export interface InlineDefinition<T extends ExtensionType, S extends StandardSchemaV1> {
  type: T;
  schema: S;
  label?: string;
  /** Renders the node to HTML (phrasing content). */
  html: (state: HtmlState, node: { type: T } & StandardSchemaV1.InferOutput<S>) => Nodes;
  /** Renders it in AMP. Default: `html` (which must then be AMP-valid). */
  amp?: (state: HtmlState, node: { type: T } & StandardSchemaV1.InferOutput<S>) => Nodes;
  /** Renders it as plain text (required). */
  text: (state: TextState, node: { type: T } & StandardSchemaV1.InferOutput<S>) => string;
  /** Maps a `:type[label]{…}` text directive to the node's fields. Default: the attributes, and the label as `label` text. */
  markdown?: (directive: DirectiveInput) => Record<string, unknown>;
}

/** A registered block type; pass it to `createPresswork({ blocks })`. `Node` is its TypeScript type. */
export interface BlockExtension<T extends ExtensionType = ExtensionType, Node = unknown> {
  readonly kind: 'block';
  readonly type: T;
  readonly schema: StandardSchemaV1;
  readonly label: string;
  readonly html: (state: HtmlState, node: Node, parent?: Block) => Nodes;
  readonly amp: ((state: HtmlState, node: Node, parent?: Block) => Nodes) | 'omit-with-fallback';
  readonly text: (state: TextState, node: Node, parent?: Block) => TextUnit[];
  readonly lint: ((node: Node) => LintField[]) | undefined;
  readonly markdown: ((directive: DirectiveInput) => Record<string, unknown>) | undefined;
  /** Type-only: the node this extension validates. */
  readonly Node?: Node;
}

/** A registered inline type; pass it to `createPresswork({ inlines })`. */
export interface InlineExtension<T extends ExtensionType = ExtensionType, Node = unknown> {
  readonly kind: 'inline';
  readonly type: T;
  readonly schema: StandardSchemaV1;
  readonly label: string;
  readonly html: (state: HtmlState, node: Node) => Nodes;
  readonly amp: (state: HtmlState, node: Node) => Nodes;
  readonly text: (state: TextState, node: Node) => string;
  readonly markdown: ((directive: DirectiveInput) => Record<string, unknown>) | undefined;
  readonly Node?: Node;
}

/** Thrown by `defineBlock`, `defineInline` and `createPresswork` for a definition that cannot work. */
export class ExtensionDefinitionError extends TypeError {
  override readonly name = 'ExtensionDefinitionError';
}

function checkCommon(definition: { type?: unknown; schema?: unknown; html?: unknown; text?: unknown }, what: string): void {
  const name = typeof definition.type === 'string' ? `\`${definition.type}\`` : 'an extension';
  if (typeof definition.type !== 'string' || !extensionTypePattern.test(definition.type)) {
    throw new ExtensionDefinitionError(`${what}: expected a namespaced \`type\` such as \`acme:poll\` (lowercase letters, digits and \`-\`, one \`:\`); received ${JSON.stringify(definition.type)}`);
  }
  const schema = definition.schema as { '~standard'?: { validate?: unknown } } | undefined;
  if (typeof schema?.['~standard']?.validate !== 'function') {
    throw new ExtensionDefinitionError(`${what} ${name}: \`schema\` must be a Standard Schema (zod 3.24+, valibot 1, ArkType 2…)`);
  }
  if (typeof definition.html !== 'function') throw new ExtensionDefinitionError(`${what} ${name}: an \`html\` handler is required`);
  if (typeof definition.text !== 'function') throw new ExtensionDefinitionError(`${what} ${name}: a \`text\` handler is required, so plain text and feeds carry it`);
}

const labelOf = (type: string, label: string | undefined) => label ?? type.slice(type.indexOf(':') + 1).replace(/-/g, ' ');

/**
 * Define a block type of your own: a namespaced `type`, a schema for its
 * fields, and a handler for every output. `amp` is required too: a handler,
 * or `'omit-with-fallback'` to show the text handler's words with a link to
 * the full article, so no block silently disappears from any output. Add its
 * TypeScript type to {@link CustomBlocks} so `Block` includes it.
 *
 * @throws {ExtensionDefinitionError} for a definition that cannot work.
 */
export function defineBlock<const T extends ExtensionType, S extends StandardSchemaV1>(definition: BlockDefinition<T, S>): BlockExtension<T, { type: T } & StandardSchemaV1.InferOutput<S>> {
  checkCommon(definition, 'defineBlock');
  const amp = definition.amp as unknown;
  if (typeof amp !== 'function' && amp !== 'omit-with-fallback') {
    throw new ExtensionDefinitionError(`defineBlock \`${definition.type}\`: \`amp\` must be a handler or 'omit-with-fallback' (AMP pages must carry the block or say where it is)`);
  }
  return Object.freeze({
    kind: 'block',
    type: definition.type,
    schema: definition.schema,
    label: labelOf(definition.type, definition.label),
    html: definition.html,
    amp: definition.amp,
    text: definition.text,
    lint: definition.lint,
    markdown: definition.markdown,
  });
}

/**
 * Define an inline node type of your own (a stock ticker, a person mention).
 * AMP uses `html` unless `amp` is given. Add its TypeScript type to
 * {@link CustomInlines}.
 *
 * @throws {ExtensionDefinitionError} for a definition that cannot work.
 */
export function defineInline<const T extends ExtensionType, S extends StandardSchemaV1>(definition: InlineDefinition<T, S>): InlineExtension<T, { type: T } & StandardSchemaV1.InferOutput<S>> {
  checkCommon(definition, 'defineInline');
  if (definition.amp !== undefined && typeof definition.amp !== 'function') throw new ExtensionDefinitionError(`defineInline \`${definition.type}\`: \`amp\` must be a handler`);
  return Object.freeze({
    kind: 'inline',
    type: definition.type,
    schema: definition.schema,
    label: labelOf(definition.type, definition.label),
    html: definition.html,
    amp: definition.amp ?? definition.html,
    text: definition.text,
    markdown: definition.markdown,
  });
}

export type { Inline };
