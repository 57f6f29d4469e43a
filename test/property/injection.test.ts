import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Element } from 'hast';
import { describe, expect, it } from 'vitest';
import { renderAmp, renderHtml, renderText, safeParseArticle, validateAmp } from '../../src/index.js';
import { findForbiddenCharacter } from '../../src/model/strings.js';
import { sampleBlocks, validArticle } from '../helpers/articles.js';
import { elementsOf } from '../helpers/html.js';

const payloads = readFileSync(resolve(import.meta.dirname, '../fixtures/xss-payloads.txt'), 'utf8')
  .split('\n')
  .filter(Boolean)
  // The file holds escapes as text; make them the real characters.
  .map((line) => line.replace(/\\u([0-9a-f]{4})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))));

/** An article using every block type, lead and corrections, for placing payloads. */
const base = {
  ...validArticle(),
  dek: [{ type: 'text', value: 'dek' }],
  kicker: 'kicker',
  alternativeHeadline: 'alt headline',
  dateline: 'RIVERTON',
  section: { name: 'Section', url: '/section' },
  tags: ['tag'],
  bylines: [{ name: 'Sam', role: 'reporter', url: '/people/sam', affiliation: 'Herald' }],
  source: { name: 'Wire', url: 'https://wire.example.com', kind: 'wire' },
  ampUrl: 'https://news.example.com/amp/x',
  lead: sampleBlocks.video,
  body: Object.values(sampleBlocks),
  corrections: [{ kind: 'correction', date: '2026-01-03', text: [{ type: 'text', value: 'fixed' }] }],
  rights: { copyright: '© Herald', license: 'https://news.example.com/license' },
  accessibilitySummary: 'summary',
};

/** Paths of every string in the article, except `type` discriminators. */
function stringPaths(value: unknown, path: Array<string | number> = []): Array<Array<string | number>> {
  if (typeof value === 'string') return path.at(-1) === 'type' ? [] : [path];
  if (Array.isArray(value)) return value.flatMap((item, index) => stringPaths(item, [...path, index]));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, item]) => stringPaths(item, [...path, key]));
  return [];
}

function setAt(value: unknown, path: Array<string | number>, replacement: string): unknown {
  const copy = structuredClone(value) as Record<string | number, unknown>;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  node[path.at(-1)!] = replacement;
  return copy;
}

/** A URL a browser would run or load as something other than a web page, mail or phone link. */
function isDangerousUrl(value: string): boolean {
  const scheme = /^([a-z][a-z\d+.-]*):/i.exec(value.replace(/[\u0000-\u0020]/g, ''))?.[1]?.toLowerCase();
  return scheme !== undefined && !['http', 'https', 'mailto', 'tel'].includes(scheme);
}

/** Elements that can run code or change the document, allowed only in the forms presswork itself emits. */
function isAllowedElement(element: Element): boolean {
  switch (element.tagName) {
    case 'object':
    case 'embed':
    case 'base':
    case 'form':
    case 'svg':
    case 'math':
      return false;
    case 'style':
      // AMP's own styles; the HTML document has none without the stylesheet option.
      return 'amp-custom' in element.properties || 'amp-boilerplate' in element.properties;
    case 'iframe':
      return /^https:\/\//.test(String(element.properties.src)) && typeof element.properties.title === 'string';
    default:
      return true;
  }
}

function assertInert(html: string, amp: boolean): void {
  const all = elementsOf(html);
  const scripts = all.filter((element) => element.tagName === 'script');
  for (const script of scripts) {
    if (script.properties.type === 'application/ld+json') {
      const text = script.children.map((child) => (child.type === 'text' ? child.value : '')).join('');
      expect(() => JSON.parse(text)).not.toThrow();
    } else expect(amp && String(script.properties.src).startsWith('https://cdn.ampproject.org/')).toBe(true);
  }
  for (const element of all) {
    expect(isAllowedElement(element), `unexpected <${element.tagName} ${JSON.stringify(element.properties)}>`).toBe(true);
    for (const [key, value] of Object.entries(element.properties)) {
      expect(/^on/i.test(key), `${element.tagName} ${key}`).toBe(false);
      if (['href', 'src', 'cite', 'poster', 'action', 'formAction'].includes(key)) expect(isDangerousUrl(String(value)), `${key}=${String(value)}`).toBe(false);
    }
  }
}

describe('injection corpus', () => {
  const paths = stringPaths(base).filter((path) => !['schemaVersion', 'published', 'modified', 'date', 'datetime'].includes(String(path.at(-1))));

  it('should have a valid base article with many string fields', () => {
    expect(safeParseArticle(base).success).toBe(true);
    expect(paths.length).toBeGreaterThan(60);
  });

  it.each(payloads.map((payload) => [payload]))('should keep %j inert in every string field of every output', (payload) => {
    let rendered = 0;
    for (const path of paths) {
      const result = safeParseArticle(setAt(base, path, payload));
      if (!result.success) {
        // Rejected by validation (an unsafe URL, a control character…): there is no output to attack.
        expect(result.issues.length).toBeGreaterThan(0);
        continue;
      }
      rendered++;
      const html = renderHtml(result.article);
      assertInert(html, false);
      const amp = renderAmp(result.article);
      assertInert(amp, true);
      expect(validateAmp(amp)).toEqual([]);
      // Plain text is not markup, but it must not carry control characters either.

      expect(renderText(result.article)).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u202A-\u202E]/);
    }
    // Control and bidi-override characters are rejected in every field; everything else renders somewhere.
    if (findForbiddenCharacter(payload)) expect(rendered).toBe(0);
    else expect(rendered).toBeGreaterThan(0);
  });

  it('should reject control characters and bidi overrides consistently, in every string field', () => {
    for (const bad of ['a\u0000b', 'a\u001Bb', 'a\u202Eb', 'a\u2066b']) {
      for (const path of paths) expect(safeParseArticle(setAt(base, path, bad)).success, path.join('.')).toBe(false);
    }
  });
});
