import type { ArticleInput } from '../../src/index.js';

/** A small valid article in the canonical JSON form; tests mutate a fresh copy. */
export function validArticle(): ArticleInput & Record<string, unknown> {
  return {
    schemaVersion: 1,
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
