import { describe, expect, it } from 'vitest';
import { ampHouseRules, renderAmp, validateAmp, type AmpHouseRuleId } from '../../src/index.js';
import { articleWith, sampleBlocks } from '../helpers/articles.js';

/** A conforming AMP document using every component, to break one rule at a time. */
const valid = renderAmp(articleWith([sampleBlocks.image, sampleBlocks.video, sampleBlocks.youtube, sampleBlocks.audio, sampleBlocks.embed]));

const swap = (from: string | RegExp, to: string) => (html: string) => {
  const next = html.replace(from, to);
  if (next === html) throw new Error(`Test setup: \`${String(from)}\` not found`);
  return next;
};
const insertInBody = (markup: string) => swap('<main id="main">', `<main id="main">${markup}`);

/** For every house rule: documents that break it (each still valid AMP by the official rules). */
const breakingHouse: Record<AmpHouseRuleId, Array<(html: string) => string>> = {
  'amp-lang': [swap(' lang="en" dir="ltr"', ''), swap('lang="en" dir="ltr"', 'lang="ar"')],
  'amp-viewport-zoom': [swap('initial-scale=1"', 'initial-scale=1,maximum-scale=1"'), swap('initial-scale=1"', 'initial-scale=1,user-scalable=no"')],
  'amp-canonical-absolute': [swap(/<link rel="canonical" href="[^"]*"/, '<link rel="canonical" href="/relative.html"')],
  'amp-head-order': [swap(/(<script async src="https:\/\/cdn\.ampproject\.org\/v0\.js"><\/script>)(.*?)(<style amp-custom>.*?<\/style>)/s, '$3$2$1')],
  'amp-css-transition': [swap('<style amp-custom>', '<style amp-custom>a{transition:color 1s}'), insertInBody('<p style="transition: width 2s">x</p>')],
  'amp-json-ld': [swap('<script type="application/ld+json">', '<script type="application/ld+json" id="x">')],
  'amp-native-media': [insertInBody('<img src="https://x.example/a.jpg" width="10" height="10" alt="">')],
  'amp-img-alt': [swap(/(<amp-img[^>]*?) alt="[^"]*"/, '$1')],
  'amp-video-name': [swap(/(<amp-video[^>]*?) title="[^"]*"/, '$1')],
  'amp-video-fallback': [swap(/<div fallback>.*?<\/div>/, '')],
  'amp-youtube-title': [swap(/(<amp-youtube[^>]*?) title="[^"]*"/, '$1')],
  'amp-iframe-title': [swap(/(<amp-iframe[^>]*?) title="[^"]*"/, '$1')],
  'amp-iframe-sandbox': [swap(/(<amp-iframe[^>]*?) sandbox="[^"]*"/, '$1'), swap(/<div placeholder[^>]*>.*?<\/div>/, '')],
  'amp-audio-name': [swap(/(<amp-audio[^>]*?) title="[^"]*"/, '$1')],
  'amp-structured-data': [swap('"headline":', '"title":')],
};

/** The rules of shared/AMP.md that the official validator enforces: a breaking document and the error it must give. */
const breakingSpec: Array<[string, (html: string) => string, string]> = [
  ['video outside noscript', insertInBody('<video src="https://x.example/a.mp4"></video>'), 'amp-mandatory-tag-ancestor-with-hint'],
  ['iframe outside noscript', insertInBody('<iframe src="https://x.example/"></iframe>'), 'amp-mandatory-tag-ancestor-with-hint'],
  ['relative caption track', swap('<track kind="captions" src="https://', '<track kind="captions" src="/'), 'amp-disallowed-relative-url'],
  ['no doctype', swap('<!doctype html>', ''), 'amp-invalid-doctype-html'],
  ['no ⚡', swap('<html ⚡ ', '<html '), 'amp-mandatory-attr-missing'],
  ['two bodies', swap('</body>', '</body><body></body>'), 'amp-duplicate-unique-tag'],
  ['no charset', swap('<meta charset="utf-8">', ''), 'amp-mandatory-tag-missing'],
  ['no viewport', swap(/<meta name="viewport"[^>]*>/, ''), 'amp-mandatory-tag-missing'],
  ['no canonical', swap(/<link rel="canonical"[^>]*>/, ''), 'amp-mandatory-tag-missing'],
  ['two canonicals', swap('<link rel="canonical"', '<link rel="canonical" href="https://x.example/"><link rel="canonical"'), 'amp-duplicate-unique-tag'],
  ['no runtime', swap('<script async src="https://cdn.ampproject.org/v0.js"></script>', ''), 'amp-tag-required-by-missing'],
  ['changed boilerplate', swap('body{-webkit-animation:-amp-start', 'body{-webkit-animation:-amp-begin'), 'amp-mandatory-cdata-missing-or-incorrect'],
  ['no noscript boilerplate', swap(/<noscript>.*?<\/noscript>/, ''), 'amp-tag-required-by-missing'],
  ['!important', swap('<style amp-custom>', '<style amp-custom>a{color:red !important}'), 'amp-css-syntax-disallowed-important'],
  ['@import', swap('<style amp-custom>', '<style amp-custom>@import url(x.css);'), 'amp-css-syntax-invalid-at-rule'],
  ['i-amphtml- in CSS', swap('<style amp-custom>', '<style amp-custom>.i-amphtml-x{color:red}'), 'amp-cdata-violates-denylist'],
  ['long inline style', insertInBody(`<p style="${'color:red;'.repeat(120)}">x</p>`), 'amp-inline-style-too-long'],
  ['too much CSS', swap('<style amp-custom>', `<style amp-custom>${'a{color:red}'.repeat(7000)}`), 'amp-stylesheet-too-long'],
  // The official validator names the runtime's rule, the closest match: "The parent tag of tag 'amphtml engine script' is 'main'…".
  ['inline script', insertInBody('<script>alert(1)</script>'), 'amp-wrong-parent-tag'],
  ['object', insertInBody('<object data="https://x.example/a"></object>'), 'amp-disallowed-tag'],
  ['form without amp-form', insertInBody('<form action="https://x.example/"></form>'), 'amp-missing-required-extension'],
  ['event handler', insertInBody('<p onclick="x()">x</p>'), 'amp-disallowed-attr'],
  ['xmlns', insertInBody('<p xmlns="http://www.w3.org/1999/xhtml">x</p>'), 'amp-disallowed-attr'],
  ['reserved id', insertInBody('<p id="AMP">x</p>'), 'amp-invalid-attr-value'],
  ['i-amphtml- class', insertInBody('<p class="i-amphtml-x">x</p>'), 'amp-invalid-attr-value'],
  ['DOM property id', insertInBody('<p id="innerHTML">x</p>'), 'amp-invalid-attr-value'],
  ['javascript: link', insertInBody('<a href="javascript:alert(1)">x</a>'), 'amp-invalid-url-protocol'],
  ['javascript: link with a tab', insertInBody('<a href="java&#9;script:alert(1)">x</a>'), 'amp-invalid-url-protocol'],
  ['target _parent', insertInBody('<a href="/x" target="_parent">x</a>'), 'amp-invalid-attr-value'],
  ['ARIA outside the allowlist', insertInBody('<p aria-description="x">x</p>'), 'amp-disallowed-attr'],
  ['component without its script', swap(/<script async custom-element="amp-video"[^>]*><\/script>/, ''), 'amp-missing-required-extension'],
  [
    'script without its component',
    swap('<style amp-custom>', '<script async custom-element="amp-date-countdown" src="https://cdn.ampproject.org/v0/amp-date-countdown-0.1.js"></script><style amp-custom>'),
    'amp-extension-unused',
  ],
  ['amp-img without size', swap(/(<amp-img[^>]*?) width="1200"/, '$1'), 'amp-mandatory-attr-missing'],
  ['http video source', swap('<source src="https://', '<source src="http://'), 'amp-invalid-url-protocol'],
  ['amp-youtube without a video', swap(/ data-videoid="[^"]*"/, ''), 'amp-mandatory-oneof-attr-missing'],
  ['http audio', swap('<amp-audio src="https://', '<amp-audio src="http://'), 'amp-invalid-url-protocol'],
];

describe('validateAmp', () => {
  it('should accept a conforming document that uses every component, in both profiles', () => {
    expect(validateAmp(valid)).toEqual([]);
    expect(validateAmp(valid, { profile: 'spec' })).toEqual([]);
  });

  it('should have a breaking test for every house rule', () => {
    expect(Object.keys(breakingHouse).sort()).toEqual(Object.keys(ampHouseRules).sort());
  });

  for (const [rule, breakers] of Object.entries(breakingHouse)) {
    it.each(breakers.map((breaker, index) => [index, breaker] as const))(`should report house rule ${rule} in the presswork profile only (case %i)`, (_, breaker) => {
      const html = breaker(valid);
      expect(validateAmp(html).filter((issue) => issue.rule === rule)).toContainEqual(expect.objectContaining({ source: 'house', severity: 'error' }));
      expect(
        validateAmp(html, { houseSeverity: 'warning' })
          .filter((issue) => issue.rule === rule)
          .every((issue) => issue.severity === 'warning'),
      ).toBe(true);
      // Valid AMP all the same: the official rules do not ask for it.
      expect(validateAmp(html, { profile: 'spec' }).filter((issue) => issue.severity === 'error')).toEqual([]);
    });
  }

  it.each(breakingSpec)('should report the official error for %s', (_, breaker, rule) => {
    const issues = validateAmp(breaker(valid), { profile: 'spec' });
    expect(issues.filter((issue) => issue.severity === 'error').map((issue) => issue.rule)).toContain(rule);
    expect(issues.find((issue) => issue.rule === rule)).toMatchObject({ source: 'spec', code: rule.slice(4).toUpperCase().replace(/-/g, '_') });
  });

  it('should give the official wording, the line and column, and the element', () => {
    const html = valid.replace('<main id="main">', '<main id="main">\n  <p onclick="x()">x</p>');
    const line = valid.slice(0, valid.indexOf('<main id="main">')).split('\n').length + 1;
    expect(validateAmp(html, { profile: 'spec' })).toEqual([
      {
        rule: 'amp-disallowed-attr',
        source: 'spec',
        severity: 'error',
        code: 'DISALLOWED_ATTR',
        message: "The attribute 'onclick' may not appear in tag 'p'.",
        line,
        column: 3,
        element: '<p onclick="x()">',
      },
    ]);
  });
});

describe('validateAmp on hostile text', () => {
  it('should not mistake `<body` inside an attribute value for a second body', () => {
    const html = renderAmp(articleWith([sampleBlocks.paragraph], { dek: [{ type: 'text', value: '<body onload=alert(1)> <head>' }] }));
    expect(html).toContain('content="<body onload=alert(1)> <head>"');
    expect(validateAmp(html)).toEqual([]);
  });
});
