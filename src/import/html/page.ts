import type { Element, Root, RootContent } from 'hast';
import sniffHTMLEncoding from 'html-encoding-sniffer';
import { find, html } from 'property-information';
import { ImportError, type ImportIssue } from '../types.js';
import { classes, sourceOf } from './state.js';

/** Documented bounds of `importHtml`: beyond them the import stops with an `ImportError`. */
export const importLimits = {
  /** Largest page, in bytes (or UTF-16 code units for a string). */
  maxBytes: 8 * 1024 * 1024,
  /** Most elements in one page. */
  maxElements: 200_000,
  /** Deepest element nesting. */
  maxDepth: 512,
} as const;

/**
 * The page as text: bytes are decoded as the HTML standard says (byte order
 * mark, then `<meta charset>`, then UTF-8), and bytes that are not valid in
 * that encoding become U+FFFD instead of failing the import.
 */
export function decodePage(html: string | Uint8Array): string {
  if ((typeof html === 'string' ? html.length : html.byteLength) > importLimits.maxBytes) {
    throw new ImportError('too_large', `The page is larger than ${importLimits.maxBytes / 1024 / 1024} MiB; presswork does not import pages that large`);
  }
  if (typeof html === 'string') return html;
  const encoding = sniffHTMLEncoding(html, { defaultEncoding: 'UTF-8' });
  try {
    return new TextDecoder(encoding).decode(html);
  } catch {
    return new TextDecoder('utf-8').decode(html);
  }
}

const adPattern = /^(?:ad|ads|adv|advert|advertisement|adslot|ad-slot|ad-container|ad-wrapper|dfp|gpt-ad|google-ad|sponsored|sponsor|promo|outbrain|taboola)(?:$|[-_])/i;
const sharePattern = /(?:^|[-_])(?:share|sharing|social|sharebar|share-tools)(?:$|[-_])/i;
const storyAside = /fact-?box|info-?box|key-?(?:facts|points)/i;
const validName = /^[A-Za-z_:][\w:.-]*$/;
const tokens = (element: Element) => [...classes(element).split(/\s+/), typeof element.properties.id === 'string' ? element.properties.id : ''].filter(Boolean);

/** What a page prune leaves out, by kind. */
type Lost = Record<'script' | 'scriptLink' | 'form' | 'ad' | 'share', Element[]>;

/**
 * Check the limits without recursion, then remove what can never be article
 * content before jsdom sees it (scripts other than JSON-LD, styles, comments:
 * the DOM is built faster and nothing can run), listing what an article
 * import leaves out on purpose: scripts, forms, ads and share widgets.
 */
export function prunePage(tree: Root): ImportIssue[] {
  const lost: Lost = { script: [], scriptLink: [], form: [], ad: [], share: [] };
  const stack: Array<{ node: Root | Element; depth: number; inside: boolean }> = [{ node: tree, depth: 0, inside: false }];
  let count = 0;
  while (stack.length > 0) {
    const { node, depth, inside } = stack.pop()!;
    if (depth > importLimits.maxDepth) throw new ImportError('too_deep', `Elements are nested more than ${importLimits.maxDepth} levels deep; presswork does not import pages nested that deeply`);
    const kept: RootContent[] = [];
    for (const child of node.children) {
      if (child.type === 'comment' || child.type === 'doctype') continue;
      if (child.type !== 'element') {
        kept.push(child);
        continue;
      }
      if (++count > importLimits.maxElements)
        throw new ImportError('too_many_elements', `The page has more than ${importLimits.maxElements.toLocaleString('en')} elements; presswork does not import pages that large`);
      const tag = child.tagName;
      if (tag === 'script' && child.properties.type !== 'application/ld+json') {
        lost.script.push(child);
        continue;
      }
      if (tag === 'style' || tag === 'template') continue;
      // Readability drops every <aside>, fact boxes too. Those marked as such by their class go in
      // as a marked <div>, judged like any other block, and are read back as an aside. Other asides
      // are sidebars (related stories, newsletters) or pull quotes, whose words are in the story.
      if (tag === 'aside' && storyAside.test(classes(child))) {
        child.tagName = 'div';
        child.properties.dataPwAside = '';
      }
      // Readability drops a <footer>, even a quote's credit line: as a <cite> it survives.
      if (tag === 'footer' && (node as Element).tagName === 'blockquote') child.tagName = 'cite';
      if (tag === 'a' && typeof child.properties.href === 'string' && /^\s*javascript:/i.test(child.properties.href)) lost.scriptLink.push(child);
      // The HTML parser keeps attribute names the DOM refuses to create (`"laws"`, `a<b`): drop them.
      child.properties = Object.fromEntries(Object.entries(child.properties).filter(([name]) => validName.test(find(html, name).attribute)));
      let region = inside;
      if (tag === 'form') lost.form.push(child);
      else if (!inside && tokens(child).some((token) => adPattern.test(token))) {
        lost.ad.push(child);
        region = true;
      } else if (!inside && tokens(child).some((token) => sharePattern.test(token))) {
        lost.share.push(child);
        region = true;
      }
      kept.push(child);
      stack.push({ node: child, depth: depth + 1, inside: region });
    }
    // Every child of the root is kept for the document's structure; only its content is pruned.
    (node as Element).children = kept as Element['children'];
  }
  return listLost(lost);
}

function listLost(lost: Lost): ImportIssue[] {
  const kinds: Array<[keyof Lost, string, string, string]> = [
    ['script', 'lost_scripts', 'script', 'never run'],
    ['scriptLink', 'lost_script_links', 'link running a script', 'its text is kept'],
    ['form', 'lost_forms', 'form', 'comments, sign-up or search'],
    ['ad', 'lost_ads', 'advertising or promotion slot', 'found by class or id'],
    ['share', 'lost_share_widgets', 'share widget', 'found by class or id'],
  ];
  return kinds.flatMap(([kind, code, what, why]) => {
    const elements = lost[kind];
    if (elements.length === 0) return [];
    const lines = [...new Set(elements.map((element) => element.position?.start.line).filter((line): line is number => line !== undefined))].sort((a, b) => a - b);
    const shown = lines.slice(0, 8).join(', ') + (lines.length > 8 ? '…' : '');
    const count = elements.length;
    const message = `${count} ${what}${count === 1 ? '' : 's'} (${why}) not imported${lines.length > 0 ? `: line${lines.length === 1 ? '' : 's'} ${shown}` : ''}`;
    const first = elements.reduce((best, element) => ((element.position?.start.offset ?? Infinity) < (best.position?.start.offset ?? Infinity) ? element : best));
    return [{ code, severity: 'notice' as const, message, source: sourceOf(first) }];
  });
}
