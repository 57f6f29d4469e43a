import { access } from 'node:fs/promises';
import type { Browser } from 'playwright-core';
import { languageName } from '../model/language-tags.js';
import { ChromiumUnavailableError, chromiumFlags } from './chromium-engine.js';

/** The parts of CDP's `Accessibility.AXNode` read here. */
interface AXNode {
  nodeId: string;
  parentId?: string;
  ignored: boolean;
  role?: { value?: unknown };
  name?: { value?: unknown };
  properties?: Array<{ name: string; value: { value?: unknown } }>;
  childIds?: string[];
  backendDOMNodeId?: number;
}
/** The parts of CDP's `DOM.Node` read here. */
interface DOMNode {
  backendNodeId: number;
  nodeName: string;
  attributes?: string[];
  children?: DOMNode[];
  contentDocument?: DOMNode;
}

/** Roles read through to their children (no phrase of their own). */
const transparent = new Set(['generic', 'none', 'presentation', 'InlineTextBox', 'LineBreak', 'LayoutTable', 'LayoutTableRow', 'LayoutTableCell', 'Section', 'group']);
/** Roles read as one phrase with their name (their children are that name). */
const leaves = new Set(['heading', 'link', 'image', 'img', 'button', 'textbox', 'checkbox', 'radio', 'separator', 'math', 'Iframe', 'video', 'audio']);
/** Chromium's internal role names as the ARIA words the jsdom transcript uses. */
const roleNames: Record<string, string> = { RootWebArea: 'document', img: 'image', Iframe: 'iframe', Figcaption: 'caption', LabelText: 'label', DescriptionList: 'list', Abbr: 'abbr' };
/** Roles left out with their children: list bullets and numbers are layout, not content. */
const silent = new Set(['ListMarker']);

/** A CDP value as text (names, roles and levels are strings or numbers). */
const text = (value: unknown): string => (typeof value === 'string' || typeof value === 'number' ? String(value) : '');
const property = (node: AXNode, name: string) => text(node.properties?.find((entry) => entry.name === name)?.value.value);

/** The `lang` each DOM node is in (its nearest `lang`), by backend node id. */
function languages(root: DOMNode): Map<number, string> {
  const out = new Map<number, string>();
  const visit = (node: DOMNode, inherited: string) => {
    const attributes = node.attributes ?? [];
    const at = attributes.indexOf('lang');
    const lang = at >= 0 && at % 2 === 0 ? attributes[at + 1]! : inherited;
    out.set(node.backendNodeId, lang);
    for (const child of node.children ?? []) visit(child, lang);
    if (node.contentDocument) visit(node.contentDocument, lang);
  };
  visit(root, '');
  return out;
}

/**
 * The transcript from Chromium's own accessibility tree (CDP
 * `Accessibility.getFullAXTree`): the same reading order and phrases as the
 * jsdom transcript's, from the tree the browser hands to screen readers
 * (with layout, CSS-generated content and the browser's name computation).
 */
export async function chromiumTranscript(output: string, options: { chromiumPath?: string; browser?: Browser } = {}): Promise<string[]> {
  if (options.browser) return transcribe(options.browser, output);
  const executablePath = options.chromiumPath ?? process.env.PRESSWORK_CHROMIUM ?? '/usr/bin/chromium';
  let playwright: typeof import('playwright-core');
  try {
    playwright = await import('playwright-core');
    await access(executablePath);
  } catch {
    throw new ChromiumUnavailableError(`The chromium transcript needs \`playwright-core\` and Chromium at \`${executablePath}\` (Debian: \`apt-get install -y chromium\`)`);
  }
  const browser = await playwright.chromium.launch({ executablePath, args: chromiumFlags });
  try {
    return await transcribe(browser, output);
  } finally {
    await browser.close();
  }
}

/** Walk a document's accessibility tree in a context of its own in `browser` (a checker's, reused). */
async function transcribe(browser: Browser, output: string): Promise<string[]> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    // Nothing leaves the machine: the document is all there is.
    await page.route('**/*', (route) => route.abort());
    await page.setContent(output, { waitUntil: 'load' });
    const cdp = await page.context().newCDPSession(page);
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DOMNode };
    const lang = languages(root);
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: AXNode[] };
    const byId = new Map(nodes.map((node) => [node.nodeId, node]));
    const pageLanguage = lang.get(root.children?.find((child) => child.nodeName === 'HTML')?.backendNodeId ?? -1) ?? '';
    const lines: string[] = [];
    let language = pageLanguage;
    const say = (phrase: string, node: AXNode) => {
      const now = (node.backendDOMNodeId !== undefined ? lang.get(node.backendDOMNodeId) : undefined) ?? language;
      if (now && now.toLowerCase() !== language.toLowerCase()) {
        lines.push(`language: ${languageName('en', now)}`);
        language = now;
      }
      lines.push(phrase);
    };
    const walk = (node: AXNode) => {
      const role = text(node.role?.value);
      const name = text(node.name?.value).trim();
      const children = (node.childIds ?? []).map((id) => byId.get(id)).filter((child): child is AXNode => child !== undefined);
      if (silent.has(role)) return;
      if (node.ignored || transparent.has(role)) {
        for (const child of children) walk(child);
        return;
      }
      if (role === 'StaticText') {
        if (name) say(name, node);
        return;
      }
      const spoken = roleNames[role] ?? role;
      const level = property(node, 'level');
      const phrase = [spoken, name || undefined, level && role === 'heading' ? `level ${level}` : undefined].filter(Boolean).join(', ');
      if (leaves.has(role)) {
        say(phrase, node);
        return;
      }
      say(phrase, node);
      for (const child of children) walk(child);
      say(`end of ${spoken}`, node);
    };
    const top = nodes.find((node) => node.parentId === undefined);
    if (top) walk(top);
    return lines;
  } finally {
    await context.close();
  }
}
