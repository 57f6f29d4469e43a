import type { Element, ElementContent, Properties, Text } from 'hast';

type Child = ElementContent | string | number | null | undefined;
type Children = Child | readonly Child[];

/**
 * Properties may have a `type` too (`<input type="radio" value="yes">`): a
 * node is an element (with `tagName` and `children`) or a text, comment or
 * raw node whose only fields are `type`, `value`, `position` and `data`.
 */
function isChildren(value: unknown): value is Children {
  if (value === undefined || value === null || typeof value === 'string' || typeof value === 'number' || Array.isArray(value)) return true;
  if (typeof value !== 'object') return false;
  const node = value as { type?: unknown; tagName?: unknown; children?: unknown; value?: unknown };
  if (node.type === 'element') return typeof node.tagName === 'string' && Array.isArray(node.children);
  if (node.type !== 'text' && node.type !== 'comment' && node.type !== 'raw') return false;
  return typeof node.value === 'string' && Object.keys(value).every((key) => key === 'type' || key === 'value' || key === 'position' || key === 'data');
}

/** A hast text node. */
export const text = (value: string): Text => ({ type: 'text', value });

function appendChild(out: ElementContent[], child: Child): void {
  if (child === null || child === undefined) return;
  if (typeof child === 'string' || typeof child === 'number') out.push(text(String(child)));
  else out.push(child);
}

/**
 * The properties without undefined or null values. The object is used as
 * given when it has none: callers pass a fresh literal per element.
 */
function withoutEmpty(props: Record<string, unknown>): Properties {
  for (const key in props) {
    if (props[key] !== undefined && props[key] !== null) continue;
    const clean: Properties = {};
    for (const name in props) if (props[name] !== undefined && props[name] !== null) clean[name] = props[name] as Properties[string];
    return clean;
  }
  return props as Properties;
}

/**
 * Build a hast element: `h('a', { href }, children)` or `h('p', children)`.
 * Properties are hast property names (`className`, `ariaHidden`, `dateTime`)
 * taken as given, with `undefined` ones dropped; pass a fresh object per call. Same call shape as
 * hastscript without its selector parsing and value normalisation, which
 * cost about 20× more per element (docs/performance.md).
 */
export function h(tagName: string, properties?: Record<string, unknown> | Children, children?: Children): Element {
  let props: Record<string, unknown> | undefined;
  let kids: Children = children;
  if (isChildren(properties)) kids = properties;
  else props = properties;
  const out: ElementContent[] = [];
  if (Array.isArray(kids)) for (const child of kids as readonly Child[]) appendChild(out, child);
  else appendChild(out, kids as Child);
  return { type: 'element', tagName, properties: props ? withoutEmpty(props) : {}, children: out };
}
