import type { AxeResults, FrameContext, PartialResult, RunOptions } from 'axe-core';

/**
 * A document axe is loaded in, as an engine reaches it: the page, or a frame
 * inside it. `context` is axe's context within that document (`undefined`:
 * the whole document).
 */
export interface AxeDocument {
  /** The frames axe would test within `context` (`axe.utils.getFrameContexts`). */
  frameContexts(context: unknown, options: RunOptions): Promise<FrameContext[]>;
  runPartial(context: unknown, options: RunOptions): Promise<PartialResult>;
  /** The document of the frame `selector` picks, with axe in it; `null` when it cannot be opened (a blocked or failed load). */
  frame(selector: FrameContext['frameSelector']): Promise<AxeDocument | null>;
}

/** The top document of a check: it also runs axe whole and assembles frame results. */
export interface AxePage extends AxeDocument {
  run(options: RunOptions): Promise<AxeResults>;
  finishRun(partials: Array<PartialResult | null>, options: RunOptions): Promise<AxeResults>;
}

/**
 * Partial results of a document and, depth first, of each frame in it: the
 * order `axe.finishRun` expects. A frame that cannot be opened or fails gives
 * one `null` for itself and everything inside it, which axe reports as
 * `frame-tested` (needs review) rather than failing the check.
 */
async function partialResults(document: AxeDocument, context: unknown, frames: FrameContext[], options: RunOptions): Promise<Array<PartialResult | null>> {
  const results: Array<PartialResult | null> = [await document.runPartial(context, options)];
  for (const { frameSelector, frameContext } of frames) {
    const child = await document.frame(frameSelector).catch(() => null);
    const inner = child && (await child.frameContexts(frameContext, options).catch(() => null));
    results.push(...(child && inner ? await partialResults(child, frameContext, inner, options).catch(() => [null]) : [null]));
  }
  return results;
}

/**
 * Run axe over a page and the frames in it, the way axe's own browser
 * drivers do (runPartial in each frame, finishRun at the top), because
 * axe's cross-frame messaging cannot be relied on in a driven page or in
 * jsdom. A page without frames takes one plain `axe.run`.
 */
export async function runInFrames(page: AxePage, options: RunOptions): Promise<AxeResults> {
  const frames = await page.frameContexts(undefined, options);
  if (frames.length === 0) return page.run(options);
  return page.finishRun(await partialResults(page, undefined, frames, options), options);
}
