/** A Portable Text node: a `block`, a `span` or any typed object (`image`, a site's own `poll`). */
export interface PortableTextNode {
  _type: string;
  _key?: string;
  [field: string]: unknown;
}

/** A Portable Text `span`. */
export interface PortableTextSpan extends PortableTextNode {
  _type: 'span';
  text: string;
  marks?: string[];
}

/** A Portable Text `block`: text with a style, marks and annotations, maybe a list item. */
export interface PortableTextBlock extends PortableTextNode {
  _type: 'block';
  style?: string;
  children: Array<PortableTextSpan | PortableTextNode>;
  markDefs?: Array<{ _key: string; _type: string; [field: string]: unknown }>;
  listItem?: string;
  level?: number;
}

/** A presswork block or inline node before validation. */
export type Draft = Record<string, unknown>;
