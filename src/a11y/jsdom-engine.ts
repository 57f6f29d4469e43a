import { createRequire } from 'node:module';
import { Script } from 'node:vm';
import type { AxeResults, FrameContext, PartialResult, RunOptions } from 'axe-core';
import type { JSDOM } from 'jsdom';
import { runInFrames, type AxeDocument } from './frames.js';
import { ignoredRefreshTargets, withoutIgnoredRefreshes } from './refresh.js';

const require = createRequire(import.meta.url);

let axeScript: Script | undefined;
/** axe-core's source, compiled once per process and run in each window. */
function compiledAxe(): Script {
  axeScript ??= new Script((require('axe-core') as { source: string }).source, { filename: 'axe.js' });
  return axeScript;
}

interface AxeApi {
  run(context: unknown, options: RunOptions): Promise<AxeResults>;
  runPartial(context: unknown, options: RunOptions): Promise<PartialResult>;
  finishRun(partials: Array<PartialResult | null>, options: RunOptions): Promise<AxeResults>;
  utils: { getFrameContexts(context: unknown, options: RunOptions): FrameContext[]; shadowSelect(selector: unknown): Element | null };
}
type AxeWindow = Window & { DOMParser: typeof DOMParser; axe: AxeApi };

/**
 * jsdom has no media pipeline: media never load and `currentSrc` stays
 * empty, so axe would skip no-autoplay-audio as not applicable. Each
 * autoplaying element gets the source a browser would pick; with no
 * metadata loaded, axe then reports the rule as needing review.
 */
function exposeMediaSources(document: Document): void {
  for (const media of document.querySelectorAll<HTMLMediaElement>('video[autoplay], audio[autoplay]')) {
    const source = media.getAttribute('src') ? media.src : (media.querySelector<HTMLSourceElement>('source[src]:not([src=""])')?.src ?? '');
    if (source) Object.defineProperty(media, 'currentSrc', { value: source, configurable: true });
  }
}

/**
 * Ready the window's document for axe, first putting `html` in it when
 * given: parsed in the window's realm and swapped in as the root element.
 */
function prepareDocument(window: AxeWindow, html?: string): void {
  const { document } = window;
  if (html !== undefined) {
    const parsed = new window.DOMParser().parseFromString(html, 'text/html');
    // Swapping the root does not unregister its style sheets in jsdom: they
    // pile up and every later style lookup walks them all (measured: AMP
    // pages went from 9 ms to over a second each). Removing them one by one does.
    for (const sheet of document.querySelectorAll('style, link[rel~="stylesheet"]')) sheet.remove();
    document.replaceChild(document.adoptNode(parsed.documentElement), document.documentElement);
  }
  // jsdom has no layout: axe asks what is on screen for landmark, heading and aria-hidden rules,
  // and without an answer it silently misses violations.
  document.elementsFromPoint = () => [];
  exposeMediaSources(document);
}

/**
 * jsdom has no layout, so every frame measures 0×0 and axe would skip the
 * rules that apply inside visible frames (frame-focusable-content). Like
 * axe, a frame's width and height attributes count; a dimension without one
 * is taken at the size a browser gives a frame without CSS, 300×150.
 */
function sizedFrame(window: AxeWindow, frame: FrameContext): FrameContext {
  const element = window.axe.utils.shadowSelect(frame.frameSelector);
  const dimension = (name: string, fallback: number) => {
    const value = Number.parseInt(element?.getAttribute(name) ?? '', 10);
    return Number.isNaN(value) ? fallback : value;
  };
  return { ...frame, frameContext: { ...frame.frameContext, size: { width: dimension('width', 300), height: dimension('height', 150) } } as FrameContext['frameContext'] };
}

/**
 * A document in the window (the checked one, or a frame's), as the frame
 * runner drives it. jsdom does not implement `srcdoc`: a frame's srcdoc is
 * parsed into its document here, and axe is loaded into the frame's window.
 */
function axeDocument(window: AxeWindow): AxeDocument {
  return {
    frameContexts: (context, options) => Promise.resolve(window.axe.utils.getFrameContexts(context ?? window.document, options).map((frame) => sizedFrame(window, frame))),
    // Results cross from the frame's realm into the top window's: plain data only.
    runPartial: async (context, options) => JSON.parse(JSON.stringify(await window.axe.runPartial(context ?? window.document, options))) as PartialResult,
    frame(selector) {
      const element = window.axe.utils.shadowSelect(selector);
      const frame = element?.localName === 'iframe' || element?.localName === 'frame' ? (element as HTMLIFrameElement) : undefined;
      const frameWindow = frame?.contentWindow as AxeWindow | null | undefined;
      if (!frame || !frameWindow?.document.documentElement) return Promise.resolve(null);
      prepareDocument(frameWindow, frame.getAttribute('srcdoc') ?? undefined);
      // A jsdom window is its own script context: the compiled axe runs in it as is.
      compiledAxe().runInContext(frameWindow);
      return Promise.resolve(axeDocument(frameWindow));
    },
  };
}

/**
 * A jsdom window with axe loaded, running no page scripts and printing
 * nothing. jsdom is imported on first use: a CLI run whose results all come
 * from the cache never loads it.
 */
async function openWindow(): Promise<JSDOM> {
  const { JSDOM, VirtualConsole } = await import('jsdom');
  // A silent console: jsdom's "not implemented" messages are noise here. Documents get an address
  // (as in Chromium) so relative links resolve: identical-links-same-purpose compares resolved URLs.
  // jsdom loads no resources unless told to, so nothing is ever fetched from it.
  const dom = new JSDOM('<!doctype html><html><head></head><body></body></html>', {
    url: 'https://document.presswork.invalid/',
    runScripts: 'outside-only',
    pretendToBeVisual: true,
    virtualConsole: new VirtualConsole(),
  });
  compiledAxe().runInContext(dom.getInternalVMContext());
  return dom;
}

/**
 * An axe runner on one reused jsdom window: each document is parsed in the
 * window's realm and swapped in as its root element, which gives the same
 * results as a fresh window (tested) at about two thirds of the cost, and
 * memory stays flat: measured over 900 documents, the heap holds at ~95 MB,
 * whereas replacing windows periodically made it grow (closed jsdom windows
 * are released slowly). One run at a time; `close` releases the window.
 */
export function createJsdomRunner(): { run(html: string, options: RunOptions): Promise<AxeResults>; close(): void; /** @internal For tests: the live window. */ window(): Window | undefined } {
  let dom: JSDOM | undefined;
  let queue: Promise<unknown> = Promise.resolve();
  const runOne = async (html: string, options: RunOptions): Promise<AxeResults> => {
    dom ??= await openWindow();
    const window = dom.window as unknown as AxeWindow;
    prepareDocument(window, html);
    const results = await runInFrames(
      {
        ...axeDocument(window),
        run: (runOptions) => window.axe.run(window.document, runOptions),
        finishRun: (partials, runOptions) => window.axe.finishRun(partials, runOptions),
      },
      options,
    );
    return withoutIgnoredRefreshes(results, (targets) => Promise.resolve(ignoredRefreshTargets(window.document, targets)));
  };
  return {
    run(html, options) {
      // axe allows one run per window at a time: queue concurrent calls.
      const result = queue.then(() => runOne(html, options));
      queue = result.catch(() => undefined);
      return result;
    },
    close() {
      dom?.window.close();
      dom = undefined;
    },
    window() {
      return dom?.window as unknown as Window | undefined;
    },
  };
}
