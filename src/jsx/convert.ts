import type { Element, ElementContent, Root } from 'hast';
import { toJsxRuntime, type Components } from 'hast-util-to-jsx-runtime';
import { find, hastToReact, html } from 'property-information';
import { stringify as commas } from 'comma-separated-tokens';
import { stringify as spaces } from 'space-separated-tokens';

/** What `toJsxRuntime` takes that the fast path needs too. */
export interface ConvertOptions<E> {
  Fragment: unknown;
  // The runtimes type `type` and `props` each their own way.
  /* eslint-disable @typescript-eslint/no-explicit-any */
  jsx: (type: any, props: any, key?: string) => E;
  jsxs: (type: any, props: any, key?: string) => E;
  /* eslint-enable @typescript-eslint/no-explicit-any */
  elementAttributeNameCase: 'react' | 'html';
  stylePropertyNameCase: 'dom' | 'css';
  components: Partial<Components>;
}

type Child<E> = E | string;

/** A tree the fast path does not take (SVG, inline styles, cell alignment): `hast-util-to-jsx-runtime` converts it. */
class NotPlainHtml extends Error {}

// `react-dom` warns about any white space inside these, so hast-util-to-jsx-runtime drops it: so does the fast path.
const tableElements = new Set(['table', 'tbody', 'thead', 'tfoot', 'tr']);
const cellElements = new Set(['td', 'th']);
const names = { react: new Map<string, [string, boolean]>(), html: new Map<string, [string, boolean]>() };

/** A property's prop name in the given case, and whether its list is comma-separated (looked up once per name). */
function propName(property: string, casing: 'react' | 'html'): [string, boolean] {
  let known = names[casing].get(property);
  if (!known) {
    const info = find(html, property);
    const name = casing === 'react' && info.space ? (hastToReact[info.property] ?? info.property) : info.attribute;
    known = [name, info.commaSeparated];
    names[casing].set(property, known);
  }
  return known;
}

/**
 * The hast tree as framework elements, exactly as `toJsxRuntime` makes them
 * (`test/jsx/convert.test.ts` compares the two on every content article,
 * generated articles and component overrides), in a third of the time: prop
 * names are looked up once per name instead of once per element. A tree
 * with SVG, inline styles or aligned table cells goes to `toJsxRuntime`.
 */
export function convert<E>(tree: Root, options: ConvertOptions<E>): E {
  try {
    return create(options, options.Fragment, {}, children(options, tree.children, false), undefined);
  } catch (error) {
    if (!(error instanceof NotPlainHtml)) throw error;
    return toJsxRuntime(tree, options) as E;
  }
}

function element<E>(options: ConvertOptions<E>, node: Element, key: string): E {
  const { tagName } = node;
  if (tagName === 'svg') throw new NotPlainHtml();
  const props: Record<string, unknown> = {};
  for (const property in node.properties) {
    let value = node.properties[property];
    if (value === null || value === undefined || (typeof value === 'number' && Number.isNaN(value)) || property === 'children') continue;
    if (property === 'style' || (property === 'align' && cellElements.has(tagName))) throw new NotPlainHtml();
    const [name, commaSeparated] = propName(property, options.elementAttributeNameCase);
    if (Array.isArray(value)) value = commaSeparated ? commas(value) : spaces(value);
    props[name] = value;
  }
  const type = Object.hasOwn(options.components, tagName) ? (options.components as Record<string, unknown>)[tagName] : tagName;
  return create(options, type, props, children(options, node.children, tableElements.has(tagName)), key);
}

function children<E>(options: ConvertOptions<E>, nodes: readonly ElementContent[] | Root['children'], dropWhiteSpace: boolean): Array<Child<E>> {
  const out: Array<Child<E>> = [];
  let counts: Map<string, number> | undefined;
  for (const node of nodes) {
    if (node.type === 'text') {
      if (!dropWhiteSpace || !/^[ \t\n\f\r]*$/.test(node.value)) out.push(node.value);
    } else if (node.type === 'element') {
      counts ??= new Map();
      const count = counts.get(node.tagName) ?? 0;
      counts.set(node.tagName, count + 1);
      out.push(element(options, node, `${node.tagName}-${count}`));
    } else if (node.type !== 'comment' && node.type !== 'doctype') {
      throw new NotPlainHtml();
    }
  }
  return out;
}

/** As the runtime's production `create`: children as one child or an array, `jsxs` for an array. */
function create<E>(options: ConvertOptions<E>, type: unknown, props: Record<string, unknown>, kids: Array<Child<E>>, key: string | undefined): E {
  if (kids.length > 0) props.children = kids.length > 1 ? kids : kids[0];
  const fn = Array.isArray(props.children) ? options.jsxs : options.jsx;
  return key ? fn(type, props, key) : fn(type, props);
}
