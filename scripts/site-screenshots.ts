// Opens every HTML page of a rendered site in headless Chromium at a desktop and a phone width,
// offline (every network request blocked), and reports horizontal overflow and images that did
// not load; with a folder given, it saves a full-page screenshot of each to look at.
// Usage: npm run screenshots [-- <site folder> [<screenshot folder>]]   (default: site screenshots)
import { mkdir, readdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { chromiumFlags } from '../src/a11y/chromium-engine.js';
import { requireSystemPackage } from './system-packages.js';

/** Widths a site must read well at: a laptop and a phone. */
export const screenWidths = [1280, 390] as const;

export interface PageResult {
  page: string;
  width: number;
  /** How many CSS pixels the page is wider than the viewport (0: no horizontal scrolling). */
  overflow: number;
  /** Images that did not load (missing file, or a network address). */
  brokenImages: string[];
  screenshot?: string;
}

export async function inspectSite(siteDir: string, screenshotDir?: string): Promise<PageResult[]> {
  const pages = (await readdir(siteDir)).filter((name) => name.endsWith('.html') && !name.endsWith('.amp.html')).sort();
  if (screenshotDir) await mkdir(screenshotDir, { recursive: true });
  const browser = await chromium.launch({ executablePath: requireSystemPackage('chromium'), args: chromiumFlags });
  const results: PageResult[] = [];
  try {
    for (const width of screenWidths) {
      const context = await browser.newContext({ viewport: { width, height: 900 } });
      await context.route(/^(?!file:)/, (route) => route.abort());
      const tab = await context.newPage();
      for (const page of pages) {
        await tab.goto(pathToFileURL(resolve(siteDir, page)).href, { waitUntil: 'load' });
        // Lazy images below the fold would not load yet: load them all before measuring.
        await tab.evaluate(async () => {
          for (const image of document.images) image.loading = 'eager';
          await Promise.all([...document.images].map((image) => image.decode().catch(() => undefined)));
        });
        const measured = await tab.evaluate(() => ({
          overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
          brokenImages: [...document.images].filter((image) => !image.complete || image.naturalWidth === 0).map((image) => image.getAttribute('src') ?? ''),
        }));
        const result: PageResult = { page, width, ...measured };
        if (screenshotDir) {
          result.screenshot = join(screenshotDir, `${page.replace(/\.html$/, '')}-${width}.png`);
          await tab.screenshot({ path: result.screenshot, fullPage: true });
        }
        results.push(result);
      }
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return results;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [site = 'site', shots = 'screenshots'] = process.argv.slice(2);
  const results = await inspectSite(site, shots);
  let bad = 0;
  for (const result of results) {
    const problems = [result.overflow > 0 && `${result.overflow}px horizontal overflow`, result.brokenImages.length > 0 && `images not loaded: ${result.brokenImages.join(', ')}`].filter(Boolean);
    if (problems.length > 0) bad++;
    console.log(`${problems.length > 0 ? '✖' : '✔'} ${result.page} at ${result.width}px ${problems.join('; ')}`);
  }
  console.log(`\n${results.length} screenshots in ${shots}/, ${bad} with problems`);
  process.exitCode = bad > 0 ? 1 : 0;
}
