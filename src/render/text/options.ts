import type { Block, BlockOf, BlockType, BuiltinBlockType, CustomBlock } from '../../model/types.js';
import type { Extensions } from '../../extend/registry.js';
import type { DateFormatter } from '../shared/dates.js';
import type { Labels } from '../shared/labels.js';
import type { TextState, TextUnit } from './state.js';

/** Renders one block type to text units. */
export type TextHandler<T extends BlockType = BlockType> = (state: TextState, node: BlockOf<T>, parent?: Block) => TextUnit[];
/** One text handler per built-in block type, and any for extension types. */
export type TextHandlers = { [T in BuiltinBlockType]: TextHandler<T> } & { [T in CustomBlock['type']]?: TextHandler<T> };

/** Options for `renderText`. */
export interface TextOptions {
  /** Wrap lines at this many display columns (wide CJK and emoji count two); `0` for no wrapping. Default 78. */
  width?: number;
  /**
   * Where link URLs go: `inline` puts each after its text (`text <https://…>`),
   * `references` numbers them (`text [1]`) and lists them after the body. Default `inline`.
   */
  links?: 'inline' | 'references';
  /** Base URL for site-relative links and media. Default: the origin of the article's `canonicalUrl`. */
  baseUrl?: string;
  /** Extension types and their handlers (`createPresswork` passes them). Default: none; an unknown extension node renders as its words and links. */
  extensions?: Extensions | undefined;
  /** Per-block-type handler overrides. */
  handlers?: Partial<TextHandlers>;
  /** Words the renderer adds. Default English. */
  labels?: Partial<Labels>;
  /** How dates read. Default: the long date form of the article's language. */
  formatDate?: DateFormatter;
}
