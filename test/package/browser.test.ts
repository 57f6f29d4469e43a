import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { requireSystemPackage } from '../../scripts/system-packages.js';
import { chromiumFlags } from '../../src/a11y/chromium-engine.js';
import { parseMarkdownArticle, renderAmp, renderHtml, renderText } from '../../src/index.js';

const root = resolve(import.meta.dirname, '../..');
const story = readFileSync(resolve(root, 'content/hegseth-healey-eu-defense-spending.md'), 'utf8');

/** The portable entry bundled for browsers, as a site would. Fails to build if anything needs Node. */
async function browserBundle(names = 'parseMarkdownArticle, parseArticle, renderHtml, renderAmp, renderText', entry = './src/index.ts') {
  const result = await build({
    stdin: { contents: `export { ${names} } from '${entry}';`, resolveDir: root, loader: 'ts' },
    bundle: true,
    platform: 'browser',
    format: 'iife',
    globalName: 'presswork',
    minify: true,
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const output = Object.values(result.metafile.outputs)[0]!;
  return {
    code: result.outputFiles[0]!.text,
    inputs: Object.keys(result.metafile.inputs),
    /** The modules that put code into the bundle (the others were read and shaken off). */
    included: Object.entries(output.inputs).flatMap(([input, { bytesInOutput }]) => (bytesInOutput > 0 ? [input] : [])),
  };
}

describe('the browser bundle of presswork', () => {
  // Budgets at the measured size plus about 10 % (108 and 188 KiB on 2026-12-02): a dependency that
  // grows a site's bundle fails here first. Lower them when the bundle shrinks.
  const budgetKiB = { renderHtml: 120, full: 205 };

  it('should hold no jsdom, axe-core, playwright or Node built-ins, and stay within its size budget', async () => {
    const { code, inputs } = await browserBundle('parseArticle, renderHtml');
    expect(inputs.filter((input) => /node_modules\/(jsdom|axe-core|playwright|playwright-core|tinypool|commander)\//.test(input))).toEqual([]);
    expect(inputs.filter((input) => input.startsWith('node:') || /src\/(a11y|cli|load\/files|node)/.test(input))).toEqual([]);
    const gzip = gzipSync(code).length / 1024;
    const full = gzipSync((await browserBundle()).code).length / 1024;
    console.log(
      `browser bundle, parseArticle + renderHtml: ${(code.length / 1024).toFixed(0)} KiB minified, ${gzip.toFixed(0)} KiB min+gzip; with Markdown parsing, AMP and text: ${full.toFixed(0)} KiB min+gzip`,
    );
    expect(gzip, 'parseArticle + renderHtml, KiB min+gzip').toBeLessThanOrEqual(budgetKiB.renderHtml);
    expect(full, 'with Markdown parsing, AMP and text, KiB min+gzip').toBeLessThanOrEqual(budgetKiB.full);
  });

  it('should bundle the content lint for browsers on its own (a CMS editor can run it), within its budget', async () => {
    const { code, included } = await browserBundle('lintArticle');
    expect(included.filter((input) => input.startsWith('node:') || /node_modules\/(jsdom|axe-core|playwright-core)\//.test(input))).toEqual([]);
    const gzip = gzipSync(code).length / 1024;
    console.log(`browser bundle, lintArticle: ${gzip.toFixed(0)} KiB min+gzip`);
    // Measured 90 KiB on 2026-12-02: franc-min's trigram tables, parse-english and the eleven rules.
    expect(gzip, 'lintArticle, KiB min+gzip').toBeLessThanOrEqual(100);
  });

  it('should bundle presswork/jsx with no checker, no framework and no schema library, within its budget', async () => {
    const { code, included } = await browserBundle('toJsx', './src/jsx/index.ts');
    // The framework comes from the site; zod stays with parsing (a site that renders stored, validated articles skips it).
    expect(included.filter((input) => input.startsWith('node:') || /node_modules\/(jsdom|axe-core|playwright-core|react|react-dom|preact|vue|@vue|solid-js|zod)\//.test(input))).toEqual([]);
    const gzip = gzipSync(code).length / 1024;
    console.log(`browser bundle, toJsx: ${gzip.toFixed(0)} KiB min+gzip`);
    // Measured 76 KiB on 2026-12-03, most of it parse5 (raw HTML and embeds are parsed to be sanitized).
    expect(gzip, 'toJsx, KiB min+gzip').toBeLessThanOrEqual(84);
  });

  it('should bundle the AMP validator for browsers on its own, within its budget', async () => {
    const { code, included } = await browserBundle('validateAmp');
    expect(included.filter((input) => input.startsWith('node:') || /node_modules\/(jsdom|axe-core|zod)\//.test(input))).toEqual([]);
    const gzip = gzipSync(code).length / 1024;
    console.log(`browser bundle, validateAmp: ${gzip.toFixed(0)} KiB min+gzip`);
    // Measured 132 KiB on 2026-12-02: the official rule tables, parse5 and css-tree's parser.
    expect(gzip, 'validateAmp, KiB min+gzip').toBeLessThanOrEqual(145);
  });

  it('should parse and render the source story in headless Chromium exactly as in Node', async () => {
    const { code } = await browserBundle();
    const browser = await chromium.launch({ executablePath: requireSystemPackage('chromium'), args: chromiumFlags });
    try {
      const page = await browser.newPage();
      await page.setContent('<!doctype html><html lang="en"><head><title>bundle</title></head><body></body></html>');
      await page.addScriptTag({ content: code });
      const out = await page.evaluate((source) => {
        const api = (
          window as unknown as {
            presswork: { parseMarkdownArticle: (s: string) => unknown; renderHtml: (a: unknown) => string; renderAmp: (a: unknown) => string; renderText: (a: unknown) => string };
          }
        ).presswork;
        const article = api.parseMarkdownArticle(source);
        return { html: api.renderHtml(article), amp: api.renderAmp(article), text: api.renderText(article) };
      }, story);
      const article = parseMarkdownArticle(story);
      expect(out.html).toBe(renderHtml(article));
      expect(out.amp).toBe(renderAmp(article));
      expect(out.text).toBe(renderText(article));
    } finally {
      await browser.close();
    }
  });
});
