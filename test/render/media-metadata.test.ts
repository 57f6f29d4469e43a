import { describe, expect, it } from 'vitest';
import { parseArticle, renderAmp, renderHtml, type Article } from '../../src/index.js';
import { newsArticleData, scriptSafeJson } from '../../src/render/hast/json-ld.js';
import { articleWith, sampleBlocks, validArticle } from '../helpers/articles.js';

// Video tracks (which one a player turns on by itself) and the structured data search engines
// read: details a reader or crawler depends on that no content article shows in every variant.

const video = (captions: unknown[], extra: Record<string, unknown> = {}) => articleWith([{ ...(sampleBlocks.video as object), captions, ...extra }]);
const track = (kind: string, srclang: string, src = `https://media.example.com/${kind}-${srclang}.vtt`) => ({ kind, srclang, label: `${kind} ${srclang}`, src });
const tracksOf = (html: string) => [...html.matchAll(/<track [^>]*>/g)].map((match) => match[0]);

describe('video caption tracks', () => {
  it('should turn on the first track by default, unless it is an audio description', () => {
    const first = video([track('captions', 'en'), track('subtitles', 'fr')]);
    const expected = [
      '<track kind="captions" src="https://media.example.com/captions-en.vtt" srclang="en" label="captions en" default>',
      '<track kind="subtitles" src="https://media.example.com/subtitles-fr.vtt" srclang="fr" label="subtitles fr">',
    ];
    expect(tracksOf(renderHtml(first, { fragment: true }))).toEqual(expected);
    expect(tracksOf(renderAmp(first))).toEqual(expected);
    const described = video([track('descriptions', 'en'), track('captions', 'en')]);
    for (const output of [renderHtml(described, { fragment: true }), renderAmp(described)]) expect(tracksOf(output).filter((tag) => tag.includes(' default'))).toEqual([]);
  });

  it('should leave out of AMP a track that is not https, and say so', () => {
    const article = video([track('captions', 'en', 'http://media.example.com/en.vtt'), track('subtitles', 'fr')]);
    const warnings: string[] = [];
    const amp = renderAmp(article, { onWarning: (message) => warnings.push(message) });
    expect(tracksOf(amp)).toEqual(['<track kind="subtitles" src="https://media.example.com/subtitles-fr.vtt" srclang="fr" label="subtitles fr">']);
    expect(warnings).toEqual(['AMP: caption tracks of `The flood in 60 seconds` must be https; left out']);
    const quiet: string[] = [];
    renderAmp(video([track('captions', 'en')]), { onWarning: (message) => quiet.push(message) });
    expect(quiet).toEqual([]);
  });

  it('should link the audio-described version and the download under the player', () => {
    const html = renderHtml(video([track('captions', 'en')], { audioDescription: 'https://media.example.com/flood-ad.mp4' }), { fragment: true });
    expect(html).toContain('<a href="https://media.example.com/flood.mp4">Download the file: The flood in 60 seconds</a></video>');
    expect(html).toContain('<p><a href="https://media.example.com/flood-ad.mp4">The flood in 60 seconds (audio described)</a></p>');
  });
});

describe('newsArticleData', () => {
  const base = validArticle();
  const data = (fields: Record<string, unknown>, site = {}) => newsArticleData(parseArticle({ ...base, ...fields }), site) as unknown as Record<string, unknown>;

  it('should credit writers, else photographers and videographers, else the source as an organisation', () => {
    const person = (name: string, role: string, url?: string) => ({ name, role, ...(url && { url }) });
    expect(data({ bylines: [person('A', 'author', '/people/a'), person('E', 'editor'), person('P', 'photographer')] }).author).toEqual([
      { '@type': 'Person', name: 'A', url: new URL('/people/a', base.canonicalUrl).href },
    ]);
    expect(data({ bylines: [person('E', 'editor'), person('P', 'photographer'), person('V', 'videographer'), person('T', 'translator')] }).author).toEqual([
      { '@type': 'Person', name: 'P' },
      { '@type': 'Person', name: 'V' },
    ]);
    expect(data({ bylines: [person('E', 'editor')], source: { name: 'Wire', url: 'https://wire.example.com/' } }).author).toEqual([
      { '@type': 'Organization', name: 'Wire', url: 'https://wire.example.com/' },
    ]);
    expect(data({ bylines: [], source: { name: 'Wire' } }).author).toEqual([{ '@type': 'Organization', name: 'Wire' }]);
    expect(data({ bylines: [] })).not.toHaveProperty('author');
  });

  it('should name the publisher with its URL and a logo sized in pixels', () => {
    expect(data({}, { name: 'Riverton Herald', url: 'https://news.example.com/', logo: { src: '/logo.png', width: 600, height: 60 } }).publisher).toEqual({
      '@type': 'Organization',
      name: 'Riverton Herald',
      url: 'https://news.example.com/',
      logo: {
        '@type': 'ImageObject',
        url: new URL('/logo.png', base.canonicalUrl).href,
        width: { '@type': 'QuantitativeValue', value: 600, unitCode: 'E37' },
        height: { '@type': 'QuantitativeValue', value: 60, unitCode: 'E37' },
      },
    });
    expect(data({}, { name: 'Riverton Herald' }).publisher).toEqual({ '@type': 'Organization', name: 'Riverton Herald' });
    expect(data({})).not.toHaveProperty('publisher');
  });

  it('should list every image that is not decorative, nested ones and video posters included, once each', () => {
    const article: Article = articleWith([sampleBlocks.gallery, sampleBlocks.video, { type: 'factbox', title: 'Facts', children: [{ ...(sampleBlocks.gallery as object) }] }]);
    expect(newsArticleData(article, {}).image).toEqual([new URL('/a.jpg', article.canonicalUrl).href, 'https://media.example.com/flood.jpg']);
  });
});

describe('scriptSafeJson', () => {
  it('should escape what could end the script or break a JavaScript string, and stay the same JSON', () => {
    const value = { text: '</script><!-- & \u2028\u2029 >' };
    const json = scriptSafeJson(value);
    expect(json).toBe('{"text":"\\u003c/script\\u003e\\u003c!-- \\u0026 \\u2028\\u2029 \\u003e"}');
    expect(JSON.parse(json)).toEqual(value);
  });
});
