import type { Element, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { find, html as htmlSchema } from 'property-information';
import { ampBoilerplate, ampNoscriptBoilerplate, ampRuntime, builtInComponents, extensionUrl, maxAmpCssBytes } from '../render/amp/components.js';
import { isReservedId } from '../render/shared/ids.js';
import { directionOf } from '../model/language.js';
import { cssProblems } from './css.js';
import type { AmpIssue, AmpRuleId } from './rules.js';

const forbiddenElements = new Set(['img', 'video', 'audio', 'iframe', 'picture', 'embed', 'object', 'param', 'applet', 'frame', 'frameset', 'form']);
const forbiddenAria = new Set([
  'aria-description',
  'aria-details',
  'aria-roledescription',
  'aria-errormessage',
  'aria-keyshortcuts',
  'aria-colcount',
  'aria-rowcount',
  'aria-colindextext',
  'aria-rowindextext',
  'aria-braillelabel',
  'aria-brailleroledescription',
]);
const allowedProtocols = new Set(['http', 'https', 'mailto', 'tel', 'sms', 'ftp', 'geo', 'maps', 'fb-messenger', 'intent', 'skype', 'snapchat', 'viber', 'whatsapp', 'bbmi', 'line', 'tg']);
const layouts = new Set(['responsive', 'intrinsic', 'fixed', 'fixed-height', 'fill', 'flex-item', 'nodisplay', 'container']);
const squash = (css: string) => css.replace(/\s+/g, '');

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

function textOf(element: Element): string {
  return element.children.map((child) => (child.type === 'text' ? child.value : '')).join('');
}

function isHttps(value: string | undefined): boolean {
  if (!value) return false;
  try {
    return new URL(value).protocol === 'https:';
  } catch {
    return false;
  }
}

/**
 * Check an AMP document against the AMP HTML rules for article pages (see
 * `ampRules`; the official validator downloads its engine at run time, so it
 * cannot run offline).
 * Returns every problem found; an empty list means the document conforms.
 * Portable: no Node-only API.
 */
export function validateAmp(html: string): AmpIssue[] {
  const issues: AmpIssue[] = [];
  const tree = fromHtml(html);
  const report = (rule: AmpRuleId, message: string, element?: Element) => {
    const issue: AmpIssue = { rule, message };
    if (element) {
      issue.element = toHtml({ ...element, children: [] })
        .replace(/<\/[^>]+>$/, '')
        .slice(0, 200);
      if (element.position) Object.assign(issue, { line: element.position.start.line, column: element.position.start.column });
    }
    issues.push(issue);
  };

  if (!/^\s*<!doctype html>/i.test(html)) report('amp-doctype', 'The document must start with `<!doctype html>`');
  const tags = startTags(html);
  if (tags.filter((name) => name === 'head').length !== 1 || tags.filter((name) => name === 'body').length !== 1) {
    report('amp-head-body', 'Expected exactly one `<head>` and one `<body>` tag');
  }
  const root = tree.children.find((node): node is Element => node.type === 'element' && node.tagName === 'html');
  if (!root) return [...issues, { rule: 'amp-html-attribute', message: 'No `html` element' }];
  const rootAttributes = attributes(root);
  if (!rootAttributes.has('⚡') && !rootAttributes.has('amp')) report('amp-html-attribute', 'The `html` element needs the `⚡` (or `amp`) attribute', root);
  const lang = rootAttributes.get('lang');
  if (!lang) report('amp-html-attribute', 'The `html` element needs a `lang` attribute', root);
  else if (directionOf(lang) === 'rtl' && rootAttributes.get('dir') !== 'rtl') report('amp-html-attribute', `\`${lang}\` is written right to left: add \`dir="rtl"\``, root);

  const head = root.children.find((node): node is Element => node.type === 'element' && node.tagName === 'head');
  const headElements = head ? head.children.filter((node): node is Element => node.type === 'element') : [];
  checkHead(headElements, report);

  // Every element in the document, with whether it sits inside `noscript`.
  const used = new Set<string>();
  const extensionScripts = new Map<string, number>();
  let inlineStyleBytes = 0;
  const walk = (nodes: RootContent[], inNoscript: boolean) => {
    for (const node of nodes) {
      if (node.type !== 'element') continue;
      const name = node.tagName;
      const attrs = attributes(node);
      if (name.startsWith('amp-') && !builtInComponents.has(name)) used.add(name);
      if (name === 'script') {
        const extension = attrs.get('custom-element') ?? attrs.get('custom-template');
        if (extension) extensionScripts.set(extension, (extensionScripts.get(extension) ?? 0) + 1);
        if (extension && attrs.get('src') !== extensionUrl(extension)) report('amp-extension-script', `The \`${extension}\` script must load \`${extensionUrl(extension)}\``, node);
        checkScript(node, attrs, extension, report);
      } else if (forbiddenElements.has(name) && !(inNoscript && name !== 'form')) {
        report('amp-forbidden-element', `\`<${name}>\` is not allowed in AMP; use the AMP component`, node);
      } else if (name === 'base' && attrs.get('href') !== '/') {
        report('amp-forbidden-element', '`<base>` is allowed only with `href="/"`', node);
      }
      checkAttributes(node, attrs, report);
      const style = attrs.get('style');
      if (style !== undefined) {
        const bytes = new TextEncoder().encode(style).length;
        inlineStyleBytes += bytes;
        if (bytes > 1000) report('amp-custom-css', `An inline \`style\` attribute is ${bytes} bytes; the limit is 1,000`, node);
        for (const problem of cssProblems(style)) report('amp-custom-css', `An inline style ${problem}`, node);
      }
      checkComponent(node, attrs, report);
      walk(node.children, inNoscript || name === 'noscript');
    }
  };
  walk(root.children, false);

  for (const [name, count] of extensionScripts) {
    if (count > 1) report('amp-extension-script', `The \`${name}\` extension script is included ${count} times`);
    if (!used.has(name)) report('amp-extension-script', `The \`${name}\` extension script is included but \`<${name}>\` is not used`);
  }
  for (const name of used) {
    if (!extensionScripts.has(name))
      report('amp-extension-script', `\`<${name}>\` is used but its script is missing: add \`<script async custom-element="${name}" src="${extensionUrl(name)}"></script>\``);
  }
  const custom = headElements.find((element) => element.tagName === 'style' && attributes(element).has('amp-custom'));
  const cssBytes = (custom ? new TextEncoder().encode(textOf(custom)).length : 0) + inlineStyleBytes;
  if (cssBytes > maxAmpCssBytes) report('amp-custom-css', `Custom CSS and inline styles total ${cssBytes} bytes; the limit is ${maxAmpCssBytes}`);
  return issues;
}

type Report = (rule: AmpRuleId, message: string, element?: Element) => void;

/**
 * Names of the start tags written in the source (the parser adds implied
 * `head`/`body` elements, so the tree cannot tell). Quoted attribute values
 * are consumed with their tag, so `<body` inside an attribute is not a tag.
 */
function startTags(html: string): string[] {
  const source = html.replace(/<!--[\s\S]*?-->/g, '');
  return [...source.matchAll(/<([a-zA-Z][^\s/>]*)(?:[^>"']|"[^"]*"|'[^']*')*>/g)].map((match) => match[1]!.toLowerCase());
}

/** Rank of a head element in the required order. */
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
  const first = elements[0];
  if (!first || first.tagName !== 'meta' || attributes(first).get('charset')?.toLowerCase() !== 'utf-8') report('amp-charset', '`<meta charset="utf-8">` must be the first child of `head`', first);
  const viewport = elements.find((element) => element.tagName === 'meta' && attributes(element).get('name') === 'viewport');
  const content = viewport ? (attributes(viewport).get('content') ?? '') : '';
  if (!viewport || !/width\s*=\s*device-width/.test(content)) report('amp-viewport', 'Add `<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">`', viewport);
  else if (/user-scalable\s*=\s*(no|0)|maximum-scale/i.test(content)) report('amp-viewport', 'The viewport must not disable zoom (`user-scalable=no` or `maximum-scale`)', viewport);
  const canonical = elements.filter((element) => element.tagName === 'link' && (attributes(element).get('rel') ?? '').split(/\s+/).includes('canonical'));
  if (canonical.length !== 1) report('amp-canonical', `Expected exactly one \`<link rel="canonical">\`, found ${canonical.length}`);
  else if (!/^https?:\/\//.test(attributes(canonical[0]!).get('href') ?? '')) report('amp-canonical', 'The canonical link must be an absolute http(s) URL', canonical[0]);
  const runtime = elements.filter((element) => element.tagName === 'script' && attributes(element).get('src') === ampRuntime);
  if (runtime.length !== 1 || !attributes(runtime[0]!).has('async')) report('amp-runtime', `Expected exactly one \`<script async src="${ampRuntime}">\` in head`);
  const boilerplate = elements.find((element) => element.tagName === 'style' && attributes(element).has('amp-boilerplate'));
  const noscript = elements.find((element) => element.tagName === 'noscript');
  const noscriptStyle = noscript?.children.find((node): node is Element => node.type === 'element' && node.tagName === 'style');
  if (!boilerplate || squash(textOf(boilerplate)) !== squash(ampBoilerplate)) report('amp-boilerplate', 'The `style[amp-boilerplate]` is missing or changed; copy it verbatim', boilerplate);
  if (!noscriptStyle || squash(textOf(noscriptStyle)) !== squash(ampNoscriptBoilerplate))
    report('amp-boilerplate', 'The `<noscript><style amp-boilerplate>` is missing or changed; copy it verbatim', noscript);
  const customs = elements.filter((element) => element.tagName === 'style' && attributes(element).has('amp-custom'));
  if (customs.length > 1) report('amp-custom-css', `At most one \`style[amp-custom]\`, found ${customs.length}`, customs[1]);
  for (const custom of customs) for (const problem of cssProblems(textOf(custom))) report('amp-custom-css', `The custom CSS ${problem}`, custom);
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

function checkScript(element: Element, attrs: Map<string, string>, extension: string | undefined, report: Report): void {
  if (attrs.get('src') === ampRuntime || extension) return;
  if (attrs.get('type') === 'application/ld+json') {
    const extra = [...attrs.keys()].filter((name) => name !== 'type' && name !== 'nonce');
    if (extra.length > 0) report('amp-forbidden-script', `JSON-LD scripts allow only \`type\` and \`nonce\`, not \`${extra.join('`, `')}\``, element);
    const text = textOf(element);
    if (text.includes('<')) report('amp-forbidden-script', 'JSON-LD text must escape `<` as `\\u003c`', element);
    checkStructuredData(element, text, report);
    return;
  }
  report('amp-forbidden-script', 'Scripts are not allowed in AMP (only the runtime, extension scripts and JSON-LD)', element);
}

function checkStructuredData(element: Element, text: string, report: Report): void {
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

function checkAttributes(element: Element, attrs: Map<string, string>, report: Report): void {
  for (const [name, value] of attrs) {
    if (name.startsWith('on')) report('amp-event-handler', `Event handler attribute \`${name}\` is not allowed`, element);
    if (name === 'xmlns' || name.startsWith('xml:') || name.startsWith('xmlns:')) report('amp-xml-attribute', `Attribute \`${name}\` is not allowed`, element);
    if (name.startsWith('i-amp')) report('amp-reserved-name', `Attribute \`${name}\` uses a reserved prefix`, element);
    if (name.startsWith('aria-') && forbiddenAria.has(name)) report('amp-aria-attribute', `\`${name}\` is not on AMP’s ARIA allowlist`, element);
    if (name === 'class' && /(^|\s)(i-amp|-amp-)/.test(value)) report('amp-reserved-name', `Class \`${value}\` uses a reserved prefix`, element);
    if (name === 'id' && isReservedId(value)) report('amp-reserved-name', `The id \`${value}\` is reserved by AMP or shadows a DOM property; rename it`, element);
    if (name === 'target' && !['_blank', '_self', '_top'].includes(value)) report('amp-link-target', `\`target="${value}"\` is not allowed`, element);
    if (name === 'href') {
      // Browsers ignore control characters and white space inside schemes.
      // eslint-disable-next-line no-control-regex
      const scheme = /^([a-z][a-z\d+.-]*):/i.exec(value.replace(/[\u0000-\u0020]/g, ''))?.[1]?.toLowerCase();
      if (scheme && !allowedProtocols.has(scheme)) report('amp-url-protocol', `The \`${scheme}:\` protocol is not allowed in links`, element);
    }
  }
}

function sized(attrs: Map<string, string>): boolean {
  const layout = attrs.get('layout');
  if (layout === 'fill' || layout === 'nodisplay' || layout === 'container' || layout === 'flex-item') return true;
  if (layout === 'fixed-height') return attrs.has('height');
  return attrs.has('width') && attrs.has('height');
}

function checkComponent(element: Element, attrs: Map<string, string>, report: Report): void {
  const layout = attrs.get('layout');
  const badLayout = layout !== undefined && !layouts.has(layout);
  switch (element.tagName) {
    case 'amp-img':
      if (!attrs.get('src') || !sized(attrs) || badLayout) report('amp-img', '`amp-img` needs `src`, `width`, `height` and a valid `layout`', element);
      if (!attrs.has('alt')) report('amp-img-alt', '`amp-img` needs `alt` text (`alt=""` only when the image is decorative)', element);
      break;
    case 'amp-video': {
      const sources = element.children.filter((node): node is Element => node.type === 'element' && node.tagName === 'source');
      const tracks = element.children.filter((node): node is Element => node.type === 'element' && node.tagName === 'track');
      if (!isHttps(attrs.get('src')) && (sources.length === 0 || sources.some((source) => !isHttps(attributes(source).get('src')))))
        report('amp-video', '`amp-video` needs an https `src` or https `source` children', element);
      if (!sized(attrs) || !layout || badLayout) report('amp-video', '`amp-video` needs `width`, `height` and a `layout`', element);
      for (const track of tracks) {
        const t = attributes(track);
        if (!isHttps(t.get('src'))) report('amp-video', '`track` needs an absolute https `src`', track);
        if (!['captions', 'subtitles', 'descriptions', 'chapters', 'metadata'].includes(t.get('kind') ?? 'subtitles')) report('amp-video', `\`track\` kind \`${t.get('kind')}\` is not allowed`, track);
        if ((t.get('kind') ?? 'subtitles') === 'subtitles' && !t.get('srclang')) report('amp-video', 'A subtitles `track` needs `srclang`', track);
      }
      const fallback = element.children.find((node): node is Element => node.type === 'element' && attributes(node).has('fallback'));
      if (!fallback || !toHtml(fallback).includes('<a ')) report('amp-video', '`amp-video` needs a `fallback` child with a link to the video', element);
      if (!attrs.get('title') && !attrs.get('aria-label')) report('amp-video-name', '`amp-video` needs a `title` or `aria-label`', element);
      break;
    }
    case 'amp-youtube':
      if (!attrs.get('data-videoid') || !sized(attrs) || layout === 'intrinsic' || badLayout)
        report('amp-youtube', '`amp-youtube` needs `data-videoid`, `width`, `height` and a layout other than `intrinsic`', element);
      if (!attrs.get('title')) report('amp-youtube-title', '`amp-youtube` needs a `title`; it names the player frame', element);
      break;
    case 'amp-iframe': {
      if (!isHttps(attrs.get('src'))) report('amp-iframe', '`amp-iframe` needs an https `src`', element);
      if (!attrs.has('sandbox')) report('amp-iframe', '`amp-iframe` needs a `sandbox` attribute', element);
      if (!sized(attrs) || !layout || badLayout) report('amp-iframe', '`amp-iframe` needs `width`, `height` and a `layout`', element);
      const placeholder = element.children.find((node): node is Element => node.type === 'element' && attributes(node).has('placeholder'));
      if (!placeholder) report('amp-iframe', '`amp-iframe` needs a `placeholder` child so it may appear anywhere on the page', element);
      if (!attrs.get('title')) report('amp-iframe-title', '`amp-iframe` needs a `title`; it names the frame', element);
      break;
    }
    case 'amp-audio':
      if (!isHttps(attrs.get('src'))) report('amp-audio', '`amp-audio` needs an https `src`', element);
      if (!attrs.get('title') && !attrs.get('aria-label')) report('amp-audio-name', '`amp-audio` needs a `title` or `aria-label`', element);
      break;
    default:
      break;
  }
}
