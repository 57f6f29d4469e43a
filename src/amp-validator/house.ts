import type { Element, Root, RootContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { find, html as htmlSchema } from 'property-information';
import { ampRuntime } from '../render/amp/components.js';
import { directionOf } from '../model/language-tags.js';
import type { AmpHouseRuleId } from './rules.js';

/** One house-rule finding, before it gets its severity. */
export interface HouseFinding {
  rule: AmpHouseRuleId;
  message: string;
  element?: Element;
}

type Report = (rule: AmpHouseRuleId, message: string, element?: Element) => void;

const animatable = new Set(['opacity', 'transform', 'none', 'all']);

/** The attribute map of an element, by HTML attribute name (as the serializer would write them). */
function attributes(element: Element): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(element.properties)) {
    if (value === null || value === undefined || value === false) continue;
    const info = find(htmlSchema, key);
    out.set(info.attribute.toLowerCase(), value === true ? '' : Array.isArray(value) ? value.join(info.commaSeparated ? ', ' : ' ') : String(value));
  }
  return out;
}

const textOf = (element: Element) => element.children.map((child) => (child.type === 'text' ? child.value : '')).join('');
const childElements = (element: Element) => element.children.filter((node): node is Element => node.type === 'element');

/**
 * presswork's house rules (`shared/AMP.md` beyond the official validator):
 * what makes an AMP page accessible and presswork's output stable.
 */
export function houseFindings(tree: Root): HouseFinding[] {
  const findings: HouseFinding[] = [];
  const report: Report = (rule, message, element) => findings.push({ rule, message, ...(element && { element }) });
  const root = tree.children.find((node): node is Element => node.type === 'element' && node.tagName === 'html');
  if (!root) return findings;
  const lang = attributes(root).get('lang');
  if (!lang) report('amp-lang', 'The `html` element needs a `lang` attribute', root);
  else if (directionOf(lang) === 'rtl' && attributes(root).get('dir') !== 'rtl') report('amp-lang', `\`${lang}\` is written right to left: add \`dir="rtl"\``, root);
  const head = root.children.find((node): node is Element => node.type === 'element' && node.tagName === 'head');
  if (head) checkHead(childElements(head), report);
  const walk = (nodes: RootContent[], inNoscript: boolean) => {
    for (const node of nodes) {
      if (node.type !== 'element') continue;
      const attrs = attributes(node);
      if (node.tagName === 'img' && !inNoscript) report('amp-native-media', `Use \`amp-img\` instead of \`<${node.tagName}>\``, node);
      if (node.tagName === 'script' && attrs.get('type') === 'application/ld+json') checkJsonLd(node, attrs, report);
      const style = attrs.get('style');
      if (style !== undefined) for (const problem of transitionProblems(style)) report('amp-css-transition', `An inline style ${problem}`, node);
      checkComponent(node, attrs, report);
      walk(node.children, inNoscript || node.tagName === 'noscript');
    }
  };
  walk(root.children, false);
  return findings;
}

/** Rank of a head element in presswork's order. */
function headRank(element: Element, attrs: Map<string, string>): number {
  if (element.tagName === 'meta' && attrs.has('charset')) return 0;
  if (element.tagName === 'meta' && attrs.get('name') === 'viewport') return 1;
  if (element.tagName === 'meta') return 2;
  if (element.tagName === 'script' && attrs.get('src') === ampRuntime) return 3;
  if (element.tagName === 'script' && (attrs.has('custom-element') || attrs.has('custom-template'))) return 4;
  if (element.tagName === 'style' && attrs.has('amp-custom')) return 5;
  if ((element.tagName === 'style' && attrs.has('amp-boilerplate')) || element.tagName === 'noscript') return 6;
  return 7;
}

function checkHead(elements: Element[], report: Report): void {
  const viewport = elements.find((element) => element.tagName === 'meta' && attributes(element).get('name') === 'viewport');
  if (viewport && /user-scalable\s*=\s*(no|0)|maximum-scale/i.test(attributes(viewport).get('content') ?? ''))
    report('amp-viewport-zoom', 'The viewport must not disable zoom (`user-scalable=no` or `maximum-scale`)', viewport);
  for (const canonical of elements.filter((element) => element.tagName === 'link' && (attributes(element).get('rel') ?? '').split(/\s+/).includes('canonical'))) {
    if (!/^https?:\/\//.test(attributes(canonical).get('href') ?? '')) report('amp-canonical-absolute', 'The canonical link must be an absolute http(s) URL', canonical);
  }
  for (const custom of elements.filter((element) => element.tagName === 'style' && attributes(element).has('amp-custom'))) {
    for (const problem of transitionProblems(textOf(custom))) report('amp-css-transition', `The custom CSS ${problem}`, custom);
  }
  let rank = 0;
  for (const element of elements) {
    const next = headRank(element, attributes(element));
    if (next < rank) {
      report('amp-head-order', `\`<${element.tagName}>\` is out of order in head`, element);
      break;
    }
    rank = next;
  }
}

/** `transition` on anything but opacity and transform. */
function transitionProblems(css: string): string[] {
  const problems: string[] = [];
  for (const match of css.matchAll(/(?:^|[;{\s])(transition(?:-property)?)\s*:\s*([^;}]+)/gi)) {
    const properties = match[2]!.split(',').map((part) => part.trim().split(/\s+/)[0]!.toLowerCase());
    const bad = properties.filter((property) => !animatable.has(property) && !/^[\d.]+m?s$/.test(property));
    if (bad.length > 0) problems.push(`transitions \`${bad.join(', ')}\` (only opacity and transform)`);
  }
  return problems;
}

function checkJsonLd(element: Element, attrs: Map<string, string>, report: Report): void {
  const extra = [...attrs.keys()].filter((name) => name !== 'type' && name !== 'nonce');
  if (extra.length > 0) report('amp-json-ld', `JSON-LD scripts allow only \`type\` and \`nonce\`, not \`${extra.join('`, `')}\``, element);
  const text = textOf(element);
  if (text.includes('<')) report('amp-json-ld', 'JSON-LD text must escape `<` as `\\u003c`', element);
  let data: Record<string, unknown>;
  try {
    data = JSON.parse(text) as Record<string, unknown>;
  } catch {
    report('amp-structured-data', 'The JSON-LD does not parse as JSON', element);
    return;
  }
  if (data['@type'] !== 'NewsArticle') return;
  const missing = ['headline', 'datePublished', 'dateModified', 'mainEntityOfPage', 'inLanguage'].filter((key) => data[key] === undefined);
  if (missing.length > 0) report('amp-structured-data', `The NewsArticle JSON-LD lacks ${missing.map((key) => `\`${key}\``).join(', ')}`, element);
}

function checkComponent(element: Element, attrs: Map<string, string>, report: Report): void {
  switch (element.tagName) {
    case 'amp-img':
      if (!attrs.has('alt')) report('amp-img-alt', '`amp-img` needs `alt` text (`alt=""` only when the image is decorative)', element);
      break;
    case 'amp-video': {
      const fallback = childElements(element).find((child) => attributes(child).has('fallback'));
      if (!fallback || !toHtml(fallback).includes('<a ')) report('amp-video-fallback', '`amp-video` needs a `fallback` child with a link to the video', element);
      if (!attrs.get('title') && !attrs.get('aria-label')) report('amp-video-name', '`amp-video` needs a `title` or `aria-label`', element);
      break;
    }
    case 'amp-youtube':
      if (!attrs.get('title')) report('amp-youtube-title', '`amp-youtube` needs a `title`; it names the player frame', element);
      break;
    case 'amp-iframe':
      if (!attrs.has('sandbox')) report('amp-iframe-sandbox', '`amp-iframe` needs a `sandbox` attribute', element);
      if (!childElements(element).some((child) => attributes(child).has('placeholder')))
        report('amp-iframe-sandbox', '`amp-iframe` needs a `placeholder` child so it may appear anywhere on the page', element);
      if (!attrs.get('title')) report('amp-iframe-title', '`amp-iframe` needs a `title`; it names the frame', element);
      break;
    case 'amp-audio':
      if (!attrs.get('title') && !attrs.get('aria-label')) report('amp-audio-name', '`amp-audio` needs a `title` or `aria-label`', element);
      break;
    default:
      break;
  }
}
