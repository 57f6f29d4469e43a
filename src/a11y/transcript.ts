import type { Browser } from 'playwright-core';
import { JSDOM } from 'jsdom';
import { languageName } from '../model/language-tags.js';

/** Options for `transcript`. */
export interface TranscriptOptions {
  /** `amp` documents are heard as the AMP runtime renders them (an `amp-img` is an image with its alt text). Default `html`. */
  format?: 'html' | 'amp';
  /** The most steps to take before stopping (a guard; an article takes a few hundred). Default 20,000. */
  maxSteps?: number;
  /**
   * `jsdom` (default): Guidepup's virtual screen reader. `chromium`: the
   * accessibility tree system Chromium hands to screen readers (CDP), with
   * layout and the browser's own name computation; needs Chromium.
   */
  engine?: 'jsdom' | 'chromium';
  /** Chromium only: the browser binary. Default `/usr/bin/chromium` or `PRESSWORK_CHROMIUM`. */
  chromiumPath?: string;
}

/**
 * An AMP page as the AMP runtime shows it to assistive technology:
 * presswork loads no runtime, so the body is unhidden, `amp-img` becomes the
 * `img` the runtime would create, and media and frames the elements they wrap.
 */
function ampAsRendered(document: Document): void {
  // The boilerplate hides the body until the runtime (not loaded here) shows it.
  for (const style of document.querySelectorAll('style[amp-boilerplate]')) style.textContent = '';
  const replace = (selector: string, tagName: string, attributes: readonly string[]) => {
    for (const component of [...document.querySelectorAll(selector)]) {
      const element = document.createElement(tagName);
      for (const name of attributes) {
        const value = component.getAttribute(name);
        if (value !== null) element.setAttribute(name, value);
      }
      if (tagName !== 'img') element.append(...[...component.childNodes].filter((child) => !(child instanceof document.defaultView!.Element && child.hasAttribute('placeholder'))));
      component.replaceWith(element);
    }
  };
  replace('amp-img', 'img', ['src', 'alt', 'width', 'height', 'aria-hidden', 'role']);
  replace('amp-video', 'video', ['src', 'title', 'aria-label', 'controls']);
  replace('amp-audio', 'audio', ['src', 'title', 'aria-label', 'controls']);
  replace('amp-youtube, amp-iframe', 'iframe', ['title', 'src']);
}

/** The language an element is in: its nearest `lang`. */
function languageOf(node: Node | null, fallback: string): string {
  let element = node && (node.nodeType === 1 ? (node as Element) : node.parentElement);
  while (element && !element.hasAttribute('lang')) element = element.parentElement;
  return element?.getAttribute('lang') ?? fallback;
}

/**
 * What a screen-reader user hears walking a page from top to bottom with
 * "next item": one line per phrase ("heading, Heron returns, level 1",
 * "image, A grey heron on a post", "link, Read more: …"), with language
 * switches announced ("language: French"). Built on Guidepup's virtual
 * screen reader (the accessibility tree per WAI-ARIA and HTML-AAM, in jsdom);
 * hidden content (`aria-hidden` pull quotes, decorative images) is silent.
 * A real screen reader words things its own way: this is the order and the
 * names a person hears, for review and for diffs in CI. With `engine:
 * 'chromium'` the same walk is made over Chromium's accessibility tree.
 */
export async function transcript(output: string, options: TranscriptOptions = {}): Promise<string[]> {
  return transcriptIn(output, options);
}

/** @internal `transcript`, in a running browser for the Chromium engine (a checker's). */
export async function transcriptIn(output: string, options: TranscriptOptions, browser?: Browser): Promise<string[]> {
  const dom = new JSDOM(output, { pretendToBeVisual: true });
  const { document } = dom.window;
  try {
    if (options.format === 'amp') ampAsRendered(document);
    if (options.engine === 'chromium') {
      const { chromiumTranscript } = await import('./chromium-transcript.js');
      return await chromiumTranscript(options.format === 'amp' ? dom.serialize() : output, { ...(options.chromiumPath && { chromiumPath: options.chromiumPath }), ...(browser && { browser }) });
    }
    const { Virtual } = await import('@guidepup/virtual-screen-reader');
    const reader = new Virtual();
    await reader.start({ container: document.body, window: dom.window as unknown as Window & typeof globalThis, displayCursor: false });
    const pageLanguage = document.documentElement.getAttribute('lang') ?? '';
    const lines: string[] = [];
    let language = pageLanguage;
    let spoken = 0;
    try {
      for (let step = 0; step < (options.maxSteps ?? 20_000); step++) {
        const phrases = await reader.spokenPhraseLog();
        for (const phrase of phrases.slice(spoken)) {
          const now = languageOf(reader.activeNode, pageLanguage);
          if (now.toLowerCase() !== language.toLowerCase()) {
            lines.push(`language: ${languageName('en', now)}`);
            language = now;
          }
          lines.push(phrase);
        }
        spoken = phrases.length;
        if (lines.at(-1) === 'end of document' || (step > 0 && phrases.length === 0)) break;
        await reader.next();
      }
    } finally {
      await reader.stop();
    }
    return lines;
  } finally {
    dom.window.close();
  }
}
