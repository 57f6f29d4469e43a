import type { ArticleInput } from '../../src/index.js';

/** A small valid article in the canonical JSON form; tests mutate a fresh copy. */
export function validArticle(): ArticleInput & Record<string, unknown> {
  return {
    schemaVersion: 2,
    id: 'test-1',
    slug: 'test-article',
    language: 'en',
    headline: 'A test headline',
    bylines: [{ name: 'Sam Writer', role: 'reporter' }],
    published: '2026-01-02T03:04:05Z',
    canonicalUrl: 'https://news.example.com/test-article',
    body: [{ type: 'paragraph', children: [{ type: 'text', value: 'Hello.' }] }],
  };
}

/** A valid image block. */
export function validImage(): Record<string, unknown> {
  return { type: 'image', src: 'https://media.example.com/a.jpg', alt: 'A heron on a post', width: 800, height: 600 };
}

import { parseArticle, type Article } from '../../src/index.js';

/** A parsed article with the given body blocks (and fields). */
export function articleWith(body: unknown[], fields: Record<string, unknown> = {}): Article {
  return parseArticle({ ...validArticle(), body, ...fields });
}

const text = (value: string) => ({ type: 'text', value });

/** One small block of each type, for snapshot tests. */
export const sampleBlocks: Record<string, unknown> = {
  paragraph: {
    type: 'paragraph',
    children: [text('Plain, '), { type: 'emphasis', children: [text('stressed')] }, text(' and '), { type: 'link', url: '/more', children: [text('linked')] }, text('.')],
  },
  heading: { type: 'heading', level: 2, children: [text('What happened next')] },
  list: {
    type: 'list',
    ordered: true,
    start: 3,
    items: [
      [{ type: 'paragraph', children: [text('Third')] }],
      [
        { type: 'paragraph', children: [text('Fourth')] },
        { type: 'list', ordered: false, items: [[{ type: 'paragraph', children: [text('Nested')] }]] },
      ],
    ],
  },
  blockquote: { type: 'blockquote', cite: 'https://example.com/speech', children: [{ type: 'paragraph', children: [text('We will go further.')] }], attribution: [text('John Healey')] },
  pullquote: { type: 'pullquote', children: [text('A pause for now.')], attribution: [text('Pete Hegseth')] },
  image: {
    type: 'image',
    src: 'https://media.example.com/heron.jpg',
    alt: 'A grey heron on a post',
    width: 1200,
    height: 800,
    caption: [text('A heron at dawn.')],
    credit: 'Priya Shah',
    srcset: [{ src: 'https://media.example.com/heron-600.jpg', width: 600 }],
  },
  gallery: {
    type: 'gallery',
    title: 'Birds of the river',
    images: [
      { type: 'image', src: '/a.jpg', alt: 'A kingfisher', width: 600, height: 400 },
      { type: 'image', src: '/b.jpg', alt: '', decorative: true, width: 600, height: 100 },
    ],
  },
  video: {
    type: 'video',
    title: 'The flood in 60 seconds',
    width: 1280,
    height: 720,
    sources: [{ src: 'https://media.example.com/flood.mp4', type: 'video/mp4' }],
    poster: { src: 'https://media.example.com/flood.jpg', width: 1280, height: 720 },
    duration: 'PT1M',
    captions: [{ src: 'https://media.example.com/flood.vtt', srclang: 'en', label: 'English', kind: 'captions' }],
    transcript: { url: 'https://news.example.com/flood/transcript' },
  },
  youtube: { type: 'video', title: 'Route explained', width: 640, height: 360, youtubeId: 'aBcDeFgHiJk', transcript: { text: 'The route runs north.' } },
  audio: { type: 'audio', title: 'Episode 1', src: 'https://media.example.com/ep1.mp3', mimeType: 'audio/mpeg', duration: 'PT10M', transcript: { url: 'https://news.example.com/ep1/transcript' } },
  embed: {
    type: 'embed',
    provider: 'Maps',
    url: 'https://maps.example.org/x',
    title: 'Map of the gauges',
    fallback: [{ type: 'link', url: 'https://maps.example.org/x', children: [text('Open the map')] }],
  },
  relatedLink: { type: 'relatedLink', url: '/other', headline: 'Another story' },
  table: {
    type: 'table',
    caption: [text('Costs by phase')],
    head: [[[text('Phase')], [text('Cost')]]],
    body: [
      [[text('Levee removal')], [text('£18m')]],
      [[text('Planting')], [text('£9m')]],
    ],
    rowHeaders: true,
  },
  factbox: {
    type: 'factbox',
    title: 'In numbers',
    children: [{ type: 'list', ordered: false, items: [[{ type: 'paragraph', children: [{ type: 'strong', children: [text('60')] }, text(' hectares')] }]] }],
  },
  divider: { type: 'divider' },
  code: { type: 'code', value: 'town: riverton\nyears: 5', language: 'yaml' },
  html: { type: 'html', value: '<p>Widget <strong>status</strong> <a href="https://warnings.example.org" onclick="x()">warnings</a></p><script>alert(1)</script>' },
};
