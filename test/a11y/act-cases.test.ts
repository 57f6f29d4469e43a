import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requireSystemPackage } from '../../scripts/system-packages.js';
import { createChecker, type A11yReport, type CheckOptions } from '../../src/a11y/index.js';
import { selectRules } from '../../src/a11y/rule-selection.js';

// Official W3C ACT Rules test pages (test/fixtures/act, vendored with their licence) for the
// cases the ACT harness (npm run bench:act) found: frames, meta refresh, media, levels.
const act = (rule: string, id: string) => readFile(new URL(`../fixtures/act/testcases/${rule}/${id}.html`, import.meta.url), 'utf8');
const ids = (results: A11yReport['violations']) => results.map((result) => result.id);

const frameFailed = () => act('akn7bn', '62673162e22ee1e95e962522b1d1c3b549dbfc49'); // iframe tabindex=-1 with a link inside
const framePassed = () => act('akn7bn', '1e3939d9f8e0f78f9c564ec6feb12cc5635c0acb');
const refreshFailed = () => act('bc659a', '56857820788db21498e95a5cbba65d59a9a2b892'); // content="30; URL=…"
const refreshAtOnce = () => act('bisz58', 'd0672e81d17313f7ef156f3bc6e43c68143a5f45'); // a 20-hour delay: allowed at AA, fails at AAA
const autoplayFailed = () => act('80f0bf', '968b12b14eb008b424f050ab74277426b2ea81bf'); // autoplaying audio, media not loadable
const identicalLinks = () => act('b20e66', '2bb9bd2d4cc0781427cb9ebaed949695a016afc0'); // two "Contact us" links to different pages

describe('rule selection by level', () => {
  it('should add the AAA rules only at level AAA, and drop best practice on request', () => {
    const aa = selectRules();
    expect(aa).toContain('color-contrast');
    expect(aa).toContain('region'); // best practice
    expect(aa).not.toContain('color-contrast-enhanced');
    expect(selectRules({ level: 'AAA' })).toEqual(expect.arrayContaining(['color-contrast-enhanced', 'identical-links-same-purpose', 'meta-refresh-no-exceptions']));
    expect(selectRules({ level: 'A' })).not.toContain('color-contrast');
    expect(selectRules({ bestPractice: false })).not.toContain('region');
    expect(selectRules({ only: ['image-alt'] })).toEqual(['image-alt']);
    expect(selectRules({ tags: ['wcag2aaa'] })).toEqual(['color-contrast-enhanced', 'identical-links-same-purpose', 'meta-refresh-no-exceptions']);
    expect(selectRules({ rules: { region: { enabled: false } } })).not.toContain('region');
  });

  it('should reject a rule or tag axe does not know', () => {
    expect(() => selectRules({ only: ['image-alts'] })).toThrow(/Unknown axe rule `image-alts`/);
    expect(() => selectRules({ tags: ['wcag9'] })).toThrow(/Unknown axe tag `wcag9`/);
  });
});

describe.each(['jsdom', 'chromium'] as const)('ACT cases in the %s engine', (engine) => {
  beforeAll(() => {
    if (engine === 'chromium') requireSystemPackage('chromium');
  });
  const checker = createChecker({ engine });
  afterAll(() => checker.close());
  const check = async (html: string, options: CheckOptions = {}) => checker.check(html, { format: 'html', ...options });

  it('should check inside frames: focusable content in an iframe taken out of the tab order', async () => {
    const failed = await check(await frameFailed());
    expect(ids(failed.violations)).toContain('frame-focusable-content');
    expect(ids((await check(await framePassed())).violations)).not.toContain('frame-focusable-content');
  });

  it('should check a page that refreshes itself, and report the delay', async () => {
    const report = await check(await refreshFailed());
    expect(ids(report.violations)).toContain('meta-refresh');
    // A page that navigates away at once (elsewhere, or reloading itself) is checked as written.
    for (const content of ['0; url=https://example.com/', '0']) {
      const navigating = `<!doctype html><html lang="en"><head><title>Moved</title><meta http-equiv="refresh" content="${content}"></head><body><main><h1>Moved</h1><img src="a.png"></main></body></html>`;
      expect(ids((await check(navigating)).violations), content).toEqual(['image-alt']);
    }
    // The exception for a delay over 20 hours holds at AA; the AAA rule allows no delay.
    const page = await refreshAtOnce();
    expect(ids((await check(page)).violations)).not.toContain('meta-refresh-no-exceptions');
    expect(ids((await check(page, { level: 'AAA' })).violations)).toContain('meta-refresh-no-exceptions');
  });

  it('should report autoplaying audio whose media cannot load as needing review, within the load bound', async () => {
    const started = performance.now();
    const report = await check(await autoplayFailed(), { loadTimeout: 500 });
    expect(ids(report.incomplete)).toContain('no-autoplay-audio');
    expect(performance.now() - started).toBeLessThan(5000);
  });

  it('should run the AAA link rule only when asked for', async () => {
    const page = await identicalLinks();
    const aa = await check(page);
    expect([...ids(aa.violations), ...ids(aa.incomplete), ...aa.passes]).not.toContain('identical-links-same-purpose');
    const aaa = await check(page, { level: 'AAA' });
    expect([...ids(aaa.violations), ...ids(aaa.incomplete)]).toContain('identical-links-same-purpose');
  });
});

describe('the chromium engine', () => {
  beforeAll(() => requireSystemPackage('chromium'));

  it('should run css-orientation-lock, which axe marks experimental', async () => {
    const checker = createChecker({ engine: 'chromium' });
    try {
      const page = `<!doctype html><html lang="en"><head><title>Locked</title><style>@media (orientation: portrait) { html { transform: rotate(90deg); } }</style></head><body><main><h1>Locked</h1><p>Text</p></main></body></html>`;
      expect(ids((await checker.check(page, { format: 'html' })).violations)).toContain('css-orientation-lock');
      const jsdom = createChecker();
      try {
        expect((await jsdom.check(page, { format: 'html' })).notEvaluated).toContain('css-orientation-lock');
      } finally {
        await jsdom.close();
      }
    } finally {
      await checker.close();
    }
  });

  it('should check documents in several pages at once, each with its own results', async () => {
    const checker = createChecker({ engine: 'chromium', pages: 3 });
    try {
      const page = (alt: string) => `<!doctype html><html lang="en"><head><title>P</title></head><body><main><h1>P</h1><img src="a.png"${alt}></main></body></html>`;
      const reports = await Promise.all([page(''), page(' alt="A heron"'), page(''), page(' alt="A boat"'), page('')].map((html) => checker.check(html, { format: 'html' })));
      expect(reports.map((report) => ids(report.violations).includes('image-alt'))).toEqual([true, false, true, false, true]);
    } finally {
      await checker.close();
    }
  });

  it('should stop a check when its signal aborts, and keep checking others', async () => {
    const checker = createChecker({ engine: 'chromium' });
    try {
      const stop = new AbortController();
      const slow = `<!doctype html><html lang="en"><head><title>S</title></head><body><main><h1>S</h1><script>const end = Date.now() + 3000; while (Date.now() < end);</script></main></body></html>`;
      const pending = checker.check(slow, { format: 'html', signal: stop.signal });
      setTimeout(() => stop.abort(), 200);
      await expect(pending).rejects.toThrow();
      const report = await checker.check(`<!doctype html><html lang="en"><head><title>T</title></head><body><main><h1>T</h1></main></body></html>`, { format: 'html' });
      expect(report.violations).toEqual([]);
    } finally {
      await checker.close();
    }
  });
});
