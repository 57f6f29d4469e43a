import { createRequire } from 'node:module';
import { Script } from 'node:vm';
import type { AxeResults, RunOptions } from 'axe-core';
import { JSDOM, VirtualConsole } from 'jsdom';

const require = createRequire(import.meta.url);

let axeScript: Script | undefined;
/** axe-core's source, compiled once per process and run in each window. */
function compiledAxe(): Script {
  axeScript ??= new Script((require('axe-core') as { source: string }).source, { filename: 'axe.js' });
  return axeScript;
}

/**
 * Run axe on one HTML document in a fresh jsdom window, then close the
 * window so memory stays flat over thousands of documents. The window runs
 * no page scripts; only axe runs, from outside.
 */
export async function runAxeInJsdom(html: string, options: RunOptions): Promise<AxeResults> {
  // A silent console: jsdom's "not implemented" messages are noise here.
  const dom = new JSDOM(html, { runScripts: 'outside-only', pretendToBeVisual: true, virtualConsole: new VirtualConsole() });
  try {
    const { window } = dom;
    // jsdom has no layout: without this, axe throws on the rules that ask what is on screen.
    window.document.elementsFromPoint = () => [];
    compiledAxe().runInContext(dom.getInternalVMContext());
    const axe = (window as unknown as { axe: { run: (context: unknown, options: RunOptions) => Promise<AxeResults> } }).axe;
    return await axe.run(window.document, options);
  } finally {
    dom.window.close();
  }
}
