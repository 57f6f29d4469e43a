import { access } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { AxeResults, FrameContext, PartialResult, Result, RunOptions } from 'axe-core';
import type { Browser, BrowserContext, Frame, Page, Route } from 'playwright-core';
import { defaultLoadTimeout, reflowRules } from './axe-options.js';
import { runInFrames, type AxeDocument, type AxePage } from './frames.js';
import { ignoredRefreshTargets, withoutIgnoredRefreshes } from './refresh.js';

const require = createRequire(import.meta.url);

/** Flags for a headless, offline Chromium (no background network, no first-run UI). */
export const chromiumFlags = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

/** Viewports each document is checked at: a phone and a desktop. */
export const viewports = [
  { width: 375, height: 812 },
  { width: 1280, height: 900 },
];

/** Thrown when the browser or its driver is missing, with what to install. */
export class ChromiumUnavailableError extends Error {
  override readonly name = 'ChromiumUnavailableError';
}

/** Merge the results of two runs: a rule fails if it fails at any viewport. */
function mergeResults(runs: AxeResults[]): AxeResults {
  const merge = (key: 'violations' | 'incomplete' | 'passes') => {
    const byId = new Map<string, Result>();
    for (const run of runs) {
      for (const result of run[key]) {
        const known = byId.get(result.id);
        if (!known) byId.set(result.id, { ...result, nodes: [...result.nodes] });
        else for (const node of result.nodes) if (!known.nodes.some((other) => other.target.join() === node.target.join())) known.nodes.push(node);
      }
    }
    return [...byId.values()];
  };
  const violations = merge('violations');
  const failed = new Set(violations.map((result) => result.id));
  return { ...runs[0]!, violations, incomplete: merge('incomplete'), passes: merge('passes').filter((result) => !failed.has(result.id)) };
}

type AxeGlobal = typeof globalThis & {
  axe: {
    run(context: unknown, options: RunOptions): Promise<AxeResults>;
    runPartial(context: unknown, options: RunOptions): Promise<PartialResult>;
    finishRun(partials: Array<PartialResult | null>, options: RunOptions): Promise<AxeResults>;
    utils: { getFrameContexts(context: unknown, options: RunOptions): FrameContext[]; shadowSelect(selector: unknown): Element | null };
  };
};

/** A frame of the page, as the frame runner drives it. axe is in every frame already (an init script). */
function axeDocument(frame: Frame): AxeDocument {
  return {
    // axe does not know inertness: a frame behind a modal dialog or in an `inert` subtree cannot take
    // focus, so it is marked focusable and frame-focusable-content does not apply inside it (ACT akn7bn).
    frameContexts: (context, options) =>
      frame.evaluate(
        ([context, options]) =>
          (globalThis as AxeGlobal).axe.utils.getFrameContexts(context ?? document, options).map((found) => {
            const element = (globalThis as AxeGlobal).axe.utils.shadowSelect(found.frameSelector);
            const modal = document.querySelector(':modal');
            const inert = element !== null && (element.closest('[inert]') !== null || (modal !== null && !modal.contains(element)));
            return inert ? { ...found, frameContext: { ...found.frameContext, focusable: true } } : found;
          }),
        [context, options] as const,
      ),
    runPartial: (context, options) =>
      frame.evaluate<PartialResult, readonly [unknown, RunOptions]>(([context, options]) => (globalThis as AxeGlobal).axe.runPartial(context ?? document, options), [context, options]),
    async frame(selector) {
      const handle = await frame.evaluateHandle((selector) => (globalThis as AxeGlobal).axe.utils.shadowSelect(selector), selector as never);
      const child = await handle.asElement()?.contentFrame();
      await handle.dispose();
      // A blocked frame shows the browser's error page: it was not tested.
      return child && !child.url().startsWith('chrome-error:') ? axeDocument(child) : null;
    },
  };
}

function axePage(page: Page): AxePage {
  return {
    ...axeDocument(page.mainFrame()),
    run: (options) => page.evaluate<AxeResults, RunOptions>((options) => (globalThis as AxeGlobal).axe.run(document, options), options),
    finishRun: (partials, options) =>
      page.evaluate<AxeResults, { partials: Array<PartialResult | null>; options: RunOptions }>((args) => (globalThis as AxeGlobal).axe.finishRun(args.partials, args.options), { partials, options }),
  };
}

/**
 * In the page: wait until each autoplaying medium has its metadata, has
 * failed, or `timeout` ms have passed. axe's own media preload waits for
 * metadata only, so a medium that cannot load cost it its whole 10 s
 * preload bound; a medium without metadata is reported by axe as needing review.
 */
function waitForMedia(timeout: number): Promise<void> {
  const media = [...document.querySelectorAll<HTMLMediaElement>('video[autoplay], audio[autoplay]')].filter(
    (element) => element.readyState === 0 && element.networkState !== element.NETWORK_NO_SOURCE && !element.error,
  );
  const settled = media.map(
    (element) =>
      new Promise<void>((resolve) => {
        for (const event of ['loadedmetadata', 'error', 'emptied', 'abort']) element.addEventListener(event, () => resolve(), { once: true });
      }),
  );
  return Promise.race([Promise.all(settled).then(() => undefined), new Promise<void>((resolve) => setTimeout(resolve, timeout))]);
}

/** What the engine needs to know about a loaded document. */
interface DocumentFacts {
  /** A style sheet or `media` attribute depends on the viewport's size, so every rule may judge the second width differently. */
  mediaQueries: boolean;
  /** The document has no style sheet, so nothing can lock its orientation. */
  unstyled: boolean;
  /** The document could run code of its own (scripts, event handler attributes, frames): its window is not reused. */
  scripted: boolean;
}

/**
 * In the page: the facts above. (Page functions declare no named inner
 * functions: the bundler's name helper does not exist in the page.)
 */
function documentFacts(): DocumentFacts {
  // Queries on the viewport's size or shape; colour scheme, motion and print queries do not change with the width.
  const sized = /width|height|aspect-ratio|orientation/i;
  const pending: CSSRule[] = [];
  for (const sheet of document.styleSheets) {
    try {
      pending.push(...sheet.cssRules);
    } catch {
      // A cross-origin sheet that did not load: nothing to read.
    }
  }
  let mediaQueries = [...document.querySelectorAll('link[media], style[media], source[media]')].some((element) => sized.test(element.getAttribute('media')!));
  for (let rule = pending.pop(); rule && !mediaQueries; rule = pending.pop()) {
    if ((rule instanceof CSSMediaRule && sized.test(rule.media.mediaText)) || rule instanceof CSSContainerRule) mediaQueries = true;
    else if ('cssRules' in rule) pending.push(...(rule as CSSGroupingRule).cssRules);
  }
  const scripted =
    [...document.scripts].some((script) => !/^(application\/(ld\+)?json|text\/template|text\/plain)$/i.test(script.type)) ||
    [...document.querySelectorAll('*')].some((element) => element.getAttributeNames().some((name) => name.startsWith('on'))) ||
    document.querySelector('iframe, frame, object, embed') !== null;
  return { mediaQueries, unstyled: document.styleSheets.length === 0, scripted };
}

/** css-orientation-lock's pass on a document without style sheets (axe would call it undecidable). */
const orientationFree = { id: 'css-orientation-lock', impact: null, tags: [], description: '', help: '', helpUrl: '', nodes: [] } as unknown as Result;

/** The most screenshots taken of one document (each is a JPEG in the report). */
const maxScreenshots = 20;

/**
 * A screenshot of the page for each violation's element (in the top
 * document), outlined and scrolled into view, as a JPEG data URL on the node.
 */
async function screenshotViolations(page: Page, results: AxeResults): Promise<void> {
  let taken = 0;
  for (const rule of results.violations) {
    for (const node of rule.nodes) {
      const [selector, ...inFrame] = node.target;
      if (taken >= maxScreenshots || typeof selector !== 'string' || inFrame.length > 0) continue;
      const element = page.locator(selector).first();
      const marked = await element
        .evaluate((target: HTMLElement) => {
          target.dataset.pwOutline = target.style.outline;
          target.style.outline = '4px solid #d00000';
          target.scrollIntoView({ block: 'center' });
          return true;
        })
        .catch(() => false);
      if (!marked) continue;
      const image = await page.screenshot({ type: 'jpeg', quality: 60 });
      await element.evaluate((target: HTMLElement) => {
        target.style.outline = target.dataset.pwOutline ?? '';
        delete target.dataset.pwOutline;
      });
      (node as typeof node & { screenshot?: string }).screenshot = `data:image/jpeg;base64,${image.toString('base64')}`;
      taken++;
    }
  }
}

/** Options of the chromium engine. */
export interface ChromiumOptions {
  /** The browser binary. Default `/usr/bin/chromium` or `PRESSWORK_CHROMIUM`. */
  executablePath?: string;
  /** How many pages check in parallel in the one browser. Default 1. */
  pages?: number;
}

/**
 * Open system Chromium through playwright-core: one browser, one context,
 * a small pool of pages reused from document to document. Each document is
 * served to its page from an address no request leaves the machine for
 * (everything else is blocked, so results never depend on the network);
 * axe is loaded into every document and frame as it is created. A document
 * that tries to navigate away (a meta refresh, a script) is kept: the
 * navigation gets an empty 204 answer, which browsers treat as "stay".
 */
export async function openChromium(options: ChromiumOptions = {}) {
  const executablePath = options.executablePath ?? process.env.PRESSWORK_CHROMIUM ?? '/usr/bin/chromium';
  let playwright: typeof import('playwright-core');
  try {
    playwright = await import('playwright-core');
  } catch {
    throw new ChromiumUnavailableError('The chromium engine needs `playwright-core`: run `npm install playwright-core`');
  }
  try {
    await access(executablePath);
  } catch {
    throw new ChromiumUnavailableError(`No Chromium at \`${executablePath}\`: install it (Debian: \`apt-get install -y chromium\`) or pass its path (\`chromiumPath\` or PRESSWORK_CHROMIUM)`);
  }
  const browser: Browser = await playwright.chromium.launch({ executablePath, args: chromiumFlags });
  const context: BrowserContext = await browser.newContext({ viewport: viewports[0]!, reducedMotion: 'reduce' });
  await context.addInitScript({ content: (require('axe-core') as { source: string }).source });
  const documents = new Map<string, string>();
  /** Pages whose last document could run code: they get a fresh window before the next. */
  const fresh = new Set<Page>();
  await context.route('**/*', (route: Route) => {
    const request = route.request();
    const html = documents.get(request.url());
    if (html !== undefined) return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
    if (request.isNavigationRequest() && request.frame() === request.frame().page().mainFrame()) return route.fulfill({ status: 204 });
    return route.abort();
  });

  const size = Math.max(1, options.pages ?? 1);
  const idle: Page[] = [];
  let open = 0;
  const waiting: Array<(page: Page) => void> = [];
  let windows = 0;

  async function acquire(): Promise<Page> {
    const page = idle.pop();
    if (page) return page;
    if (open < size) {
      open++;
      try {
        const page = await context.newPage();
        await reset(page);
        return page;
      } catch (error) {
        open--;
        throw error;
      }
    }
    return new Promise((resolve) => waiting.push(resolve));
  }
  function release(page: Page, broken: boolean): void {
    if (broken) {
      open--;
      void page.close().catch(() => undefined);
      const next = waiting.shift();
      if (next) void acquire().then(next, () => undefined);
      return;
    }
    const next = waiting.shift();
    if (next) next(page);
    else idle.push(page);
  }

  /** A fresh window with axe in it, at an address of its own that no request leaves the machine for. */
  async function reset(page: Page): Promise<void> {
    const home = `https://document.presswork.invalid/${++windows}`;
    documents.set(home, '<!doctype html><title>presswork</title>');
    try {
      await page.goto(home, { waitUntil: 'load' });
    } finally {
      documents.delete(home);
    }
  }

  async function check(page: Page, html: string, options: RunOptions): Promise<AxeResults> {
    if (fresh.has(page)) {
      await reset(page);
      fresh.delete(page);
    }
    await page.setViewportSize(viewports[0]!);
    // Each document is written into the page's window (as setContent does), which keeps the
    // axe already loaded in it: about four times faster than a new window per document.
    await page.setContent(html, { waitUntil: 'load' });
    const facts = await page.evaluate(documentFacts);
    if (facts.scripted) fresh.add(page);
    // Media get the bound axe's style-sheet preload has (the check's `loadTimeout`).
    await page.evaluate(waitForMedia, (options.preload as { timeout?: number } | undefined)?.timeout ?? defaultLoadTimeout);
    const selected = (options.runOnly as { values?: string[] } | undefined)?.values ?? [];
    const styled = facts.unstyled ? selected.filter((id) => id !== 'css-orientation-lock') : selected;
    const runs = styled.length > 0 ? [await runInFrames(axePage(page), { ...options, runOnly: { type: 'rule', values: styled } })] : [];
    // The second width: every rule again when media queries may change the page, else only the rules that reflow can change.
    const again = facts.mediaQueries ? styled : styled.filter((id) => reflowRules.includes(id));
    if (again.length > 0) {
      await page.setViewportSize(viewports[1]!);
      runs.push(await runInFrames(axePage(page), { ...options, runOnly: { type: 'rule', values: again } }));
    }
    const merged = runs.length > 0 ? mergeResults(runs) : ({ violations: [], incomplete: [], passes: [] } as unknown as AxeResults);
    if (styled.length < selected.length) merged.passes.push(orientationFree);
    return withoutIgnoredRefreshes(merged, (targets) => page.evaluate<string[]>(`(${ignoredRefreshTargets.toString()})(document, ${JSON.stringify(targets)})`));
  }

  return {
    notEvaluated: [] as string[],
    /** The browser, for transcripts of the same run. */
    browser,
    /** Check one document; an aborted `signal` closes its page, ending the check. */
    async run(html: string, runOptions: RunOptions, signal?: AbortSignal, extra: { screenshots?: boolean } = {}): Promise<AxeResults> {
      const page = await acquire();
      if (signal?.aborted) {
        release(page, false);
        throw signal.reason;
      }
      const stop = () => void page.close().catch(() => undefined);
      signal?.addEventListener('abort', stop, { once: true });
      let broken = true;
      try {
        const results = await check(page, html, runOptions);
        if (extra.screenshots) await screenshotViolations(page, results);
        broken = false;
        return results;
      } finally {
        signal?.removeEventListener('abort', stop);
        release(page, broken || page.isClosed());
      }
    },
    async close() {
      await browser.close();
    },
  };
}
