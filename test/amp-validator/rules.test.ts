import { describe, expect, it } from 'vitest';
import { ampRules, renderAmp, validateAmp, type AmpRuleId } from '../../src/index.js';
import { articleWith, sampleBlocks } from '../helpers/articles.js';

/** A conforming AMP document using every component, to break one rule at a time. */
const valid = renderAmp(articleWith([sampleBlocks.image, sampleBlocks.video, sampleBlocks.youtube, sampleBlocks.audio, sampleBlocks.embed]));

const swap = (from: string | RegExp, to: string) => (html: string) => {
  const next = html.replace(from, to);
  if (next === html) throw new Error(`Test setup: \`${String(from)}\` not found`);
  return next;
};
const insertInBody = (markup: string) => swap('<main id="main">', `<main id="main">${markup}`);

/** For every rule: documents that break it. */
const breaking: Record<AmpRuleId, Array<(html: string) => string>> = {
  'amp-doctype': [swap('<!doctype html>', '')],
  'amp-html-attribute': [swap('<html ⚡ ', '<html '), swap(' lang="en" dir="ltr"', ''), swap('lang="en" dir="ltr"', 'lang="ar"')],
  'amp-head-body': [swap('</body>', '</body><body></body>')],
  'amp-charset': [swap('<meta charset="utf-8">', '')],
  'amp-viewport': [swap('initial-scale=1"', 'initial-scale=1,maximum-scale=1"'), swap(/<meta name="viewport"[^>]*>/, '')],
  'amp-canonical': [swap(/<link rel="canonical"[^>]*>/, ''), swap('<link rel="canonical"', '<link rel="canonical" href="x"><link rel="canonical"')],
  'amp-runtime': [swap('<script async src="https://cdn.ampproject.org/v0.js"></script>', '')],
  'amp-boilerplate': [swap('body{-webkit-animation:-amp-start', 'body{-webkit-animation:-amp-begin'), swap(/<noscript>.*?<\/noscript>/, '')],
  'amp-custom-css': [
    swap('<style amp-custom>', '<style amp-custom>a{color:red !important}'),
    swap('<style amp-custom>', '<style amp-custom>@import url(x.css);'),
    swap('<style amp-custom>', '<style amp-custom>a{transition:color 1s}'),
    insertInBody(`<p style="${'color:red;'.repeat(120)}">x</p>`),
    swap('<style amp-custom>', `<style amp-custom>${'a{color:red}'.repeat(7000)}`),
  ],
  'amp-head-order': [swap(/(<script async src="https:\/\/cdn\.ampproject\.org\/v0\.js"><\/script>)(.*?)(<style amp-custom>.*?<\/style>)/s, '$3$2$1')],
  'amp-forbidden-script': [insertInBody('<script>alert(1)</script>'), swap('<script type="application/ld+json">', '<script type="application/ld+json" id="x">')],
  'amp-forbidden-element': ['img', 'video', 'audio', 'iframe', 'object', 'embed', 'form'].map((tag) => insertInBody(`<${tag} src="https://x.example/a"></${tag}>`)),
  'amp-event-handler': [insertInBody('<p onclick="x()">x</p>')],
  'amp-xml-attribute': [insertInBody('<p xmlns="http://www.w3.org/1999/xhtml">x</p>')],
  'amp-reserved-name': [insertInBody('<p id="AMP">x</p>'), insertInBody('<p class="i-amphtml-x">x</p>'), insertInBody('<p id="innerHTML">x</p>')],
  'amp-url-protocol': [insertInBody('<a href="javascript:alert(1)">x</a>'), insertInBody('<a href="java&#9;script:alert(1)">x</a>')],
  'amp-link-target': [insertInBody('<a href="/x" target="_parent">x</a>')],
  'amp-aria-attribute': [insertInBody('<p aria-description="x">x</p>')],
  'amp-extension-script': [
    swap(/<script async custom-element="amp-video"[^>]*><\/script>/, ''),
    swap('<style amp-custom>', '<script async custom-element="amp-carousel" src="https://cdn.ampproject.org/v0/amp-carousel-0.1.js"></script><style amp-custom>'),
  ],
  'amp-img': [swap(/(<amp-img[^>]*?) width="1200"/, '$1')],
  'amp-img-alt': [swap(/(<amp-img[^>]*?) alt="[^"]*"/, '$1')],
  'amp-video': [swap('<track kind="captions" src="https://', '<track kind="captions" src="http://'), swap(/<div fallback>.*?<\/div>/, '')],
  'amp-video-name': [swap(/(<amp-video[^>]*?) title="[^"]*"/, '$1')],
  'amp-youtube': [swap(/ data-videoid="[^"]*"/, '')],
  'amp-youtube-title': [swap(/(<amp-youtube[^>]*?) title="[^"]*"/, '$1')],
  'amp-iframe': [swap(/(<amp-iframe[^>]*?) sandbox="[^"]*"/, '$1'), swap(/<div placeholder[^>]*>.*?<\/div>/, '')],
  'amp-iframe-title': [swap(/(<amp-iframe[^>]*?) title="[^"]*"/, '$1')],
  'amp-audio': [swap('<amp-audio src="https://', '<amp-audio src="http://')],
  'amp-audio-name': [swap(/(<amp-audio[^>]*?) title="[^"]*"/, '$1')],
  'amp-structured-data': [swap('"headline":', '"title":')],
};

describe('validateAmp', () => {
  it('should accept a conforming document that uses every component', () => {
    expect(validateAmp(valid)).toEqual([]);
  });

  it('should have a breaking test for every rule', () => {
    expect(Object.keys(breaking).sort()).toEqual(Object.keys(ampRules).sort());
  });

  for (const [rule, breakers] of Object.entries(breaking)) {
    it.each(breakers.map((breaker, index) => [index, breaker] as const))(`should report ${rule} (case %i)`, (_, breaker) => {
      const issues = validateAmp(breaker(valid));
      expect(issues.map((issue) => issue.rule)).toContain(rule);
    });
  }

  it('should say where the problem is', () => {
    const issue = validateAmp(valid.replace('<main id="main">', '<main id="main">\n<img src="https://x.example/a.jpg">')).find((candidate) => candidate.rule === 'amp-forbidden-element');
    const line = valid.slice(0, valid.indexOf('<main id="main">')).split('\n').length + 1;
    expect(issue).toMatchObject({ line, column: 1, element: '<img src="https://x.example/a.jpg">' });
  });
});

describe('validateAmp on hostile text', () => {
  it('should not mistake `<body` inside an attribute value for a second body', () => {
    const html = renderAmp(articleWith([sampleBlocks.paragraph], { dek: [{ type: 'text', value: '<body onload=alert(1)> <head>' }] }));
    expect(html).toContain('content="<body onload=alert(1)> <head>"');
    expect(validateAmp(html)).toEqual([]);
  });
});
