import { access } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { AxeResults, Result, RunOptions } from 'axe-core';

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

/**
 * Open system Chromium through playwright-core. Every check gets a fresh
 * page; requests leave the machine never (media and embeds are blocked),
 * so results do not depend on the network.
 */
export async function openChromium(executablePath = process.env.PRESSWORK_CHROMIUM ?? '/usr/bin/chromium') {
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
  const browser = await playwright.chromium.launch({ executablePath, args: chromiumFlags });
  const axeSource = (require('axe-core') as { source: string }).source;
  return {
    notEvaluated: [] as string[],
    async run(html: string, options: RunOptions): Promise<AxeResults> {
      const context = await browser.newContext({ viewport: viewports[0]!, reducedMotion: 'reduce' });
      try {
        const page = await context.newPage();
        await page.route('**/*', (route) => route.abort());
        await page.setContent(html, { waitUntil: 'domcontentloaded' });
        await page.addScriptTag({ content: axeSource });
        const runs: AxeResults[] = [];
        for (const viewport of viewports) {
          await page.setViewportSize(viewport);
          runs.push(await page.evaluate((opts) => (window as unknown as { axe: { run: (c: Document, o: unknown) => Promise<AxeResults> } }).axe.run(document, opts), options as never));
        }
        return mergeResults(runs);
      } finally {
        await context.close();
      }
    },
    async close() {
      await browser.close();
    },
  };
}
