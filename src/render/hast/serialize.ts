import type { Element, Nodes, Properties } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { find, html as htmlSchema, type Info } from 'property-information';

/**
 * A faster serializer for the trees presswork builds, byte-identical to
 * `hast-util-to-html` with its default options (a test compares the two on
 * every content article and on generated articles). It covers elements,
 * text and doctypes in the HTML namespace; any other tree (SVG, comments,
 * raw nodes, names not in lower case, void elements with children) is handed
 * to `hast-util-to-html` itself. A property test compares the two on any hast.
 */
export function serializeHtml(tree: Nodes): string {
  return plain(tree) ?? toHtml(tree);
}

const voids = new Set(['area', 'base', 'basefont', 'bgsound', 'br', 'col', 'command', 'embed', 'frame', 'hr', 'image', 'img', 'input', 'keygen', 'link', 'meta', 'param', 'source', 'track', 'wbr']);

/** What serializing a property needs, looked up once per property name. */
interface Attribute {
  info: Info;
  /** The attribute name, escaped as the reference does (names presswork produces never need it). */
  name: string;
}
const attributeCache = new Map<string, Attribute>();

/** `&#x3C;` style references, as stringify-entities writes them. */
const reference = (character: string) => `&#x${character.charCodeAt(0).toString(16).toUpperCase()};`;
const textCharacters = /[<&]/g;
const attributeCharacters = /[\0"&'`]/g;
const needsEscape = /[\0"&'`]/;
const nameCharacters = /[\0\t\n\f\r "&'/<=>`]/g;

const lowerCase = (name: string) => (/[A-Z]/.test(name) ? name.toLowerCase() : name);

/** Thrown out of the walk at the first node this serializer does not cover. */
// One error made once: thrown often on the fallback path, it never captures a new stack.
const notPlain = new Error('not plain');

/** Serialize in one walk, or return undefined for trees left to hast-util-to-html. */
function plain(tree: Nodes): string | undefined {
  try {
    return one(tree, undefined);
  } catch (error) {
    if (error === notPlain) return undefined;
    throw error;
  }
}

function one(node: Nodes, parent: Element | undefined): string {
  switch (node.type) {
    case 'text':
      if (parent && (parent.tagName === 'script' || parent.tagName === 'style')) return node.value;
      return node.value.indexOf('<') === -1 && node.value.indexOf('&') === -1 ? node.value : node.value.replace(textCharacters, reference);
    case 'element':
      return element(node);
    case 'root': {
      let out = '';
      for (const child of node.children) out += one(child, undefined);
      return out;
    }
    case 'doctype':
      return '<!doctype html>';
    default:
      throw notPlain;
  }
}

function element(node: Element): string {
  const { tagName, children } = node;
  // What a plugin may build and the reference treats specially: foreign content, templates,
  // names not in lower case (`BR`), void elements given children.
  if (tagName === 'svg' || tagName === 'template' || tagName === 'math' || lowerCase(tagName) !== tagName) throw notPlain;
  if (voids.has(tagName) && children.length > 0) throw notPlain;
  let out = `<${tagName}${attributes(node.properties)}>`;
  if (children.length === 0 && voids.has(tagName)) return out;
  for (let index = 0; index < children.length; index++) out += one(children[index]!, node);
  return `${out}</${tagName}>`;
}

function attributes(properties: Properties): string {
  let out = '';
  for (const key in properties) {
    const value = properties[key];
    if (value === null || value === undefined) continue;
    out += serializeAttribute(key, value);
  }
  return out;
}

/** ` name="value"`, ` name` or nothing, as hast-util-to-html writes it. */
function serializeAttribute(key: string, raw: Properties[string]): string {
  let attribute = attributeCache.get(key);
  if (!attribute) {
    const info = find(htmlSchema, key);
    attributeCache.set(key, (attribute = { info, name: info.attribute.replace(nameCharacters, reference) }));
  }
  const { info, name } = attribute;
  let value: unknown = raw;
  if (typeof value === 'string' && !info.boolean && !info.overloadedBoolean) return ` ${name}="${needsEscape.test(value) ? value.replace(attributeCharacters, reference) : value}"`;
  if (info.overloadedBoolean && (value === info.attribute || value === '')) value = true;
  else if ((info.boolean || info.overloadedBoolean) && (typeof value !== 'string' || value === info.attribute || value === '')) value = Boolean(value);
  if (value === null || value === undefined || value === false || (typeof value === 'number' && Number.isNaN(value))) return '';
  if (value === true) return ` ${name}`;
  // hast-util-to-html stringifies any other value the same way, and this serializer matches it byte for byte.
  // eslint-disable-next-line @typescript-eslint/no-base-to-string
  const text = Array.isArray(value) ? value.join(info.commaSeparated ? ', ' : ' ').trim() : String(value);
  return ` ${name}="${needsEscape.test(text) ? text.replace(attributeCharacters, reference) : text}"`;
}
