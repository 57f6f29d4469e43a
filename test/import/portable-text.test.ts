import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { toHTML } from '@portabletext/to-html';
import fc from 'fast-check';
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import { describe, expect, it } from 'vitest';
import { parseArticle, safeParseArticle, type Article } from '../../src/index.js';
import { fromPortableText, toPortableText, type PortableTextNode } from '../../src/import/index.js';
import { articleInput } from '../helpers/arbitraries.js';
import { validArticle } from '../helpers/articles.js';
import { contentArticles } from '../helpers/content.js';
import { seeded } from '../helpers/property.js';
import { bodyText as textOf } from '../helpers/readability-pages.js';

const bodyText = (body: unknown) => textOf(body).join(' ');

// @portabletext/to-html's own test fixtures (MIT), vendored unchanged: inputs and the HTML they render to.
const fixturesDir = resolve(import.meta.dirname, '../fixtures/portable-text');
const fixtures = await Promise.all(
  readdirSync(fixturesDir)
    .filter((file) => file.endsWith('.ts'))
    .sort()
    .map(async (file) => {
      const { default: fixture } = (await import(resolve(fixturesDir, file))) as { default: { input: PortableTextNode | PortableTextNode[]; output: string } };
      return { name: file.replace(/\.ts$/, ''), input: [fixture.input].flat(), output: fixture.output };
    }),
);
const sanity = { projectId: '3do82whm', dataset: 'production' };
const inlineTypes = new Set(['text', 'emphasis', 'strong', 'link', 'code', 'break', 'quote', 'abbr', 'span', 'sub', 'sup', 'time']);

/**
 * Inline content as runs of text with the set of marks on them: what a reader gets,
 * whatever the nesting order (Portable Text keeps marks per span, not their nesting).
 */
function runs(value: unknown): unknown {
  if (Array.isArray(value) && value.length > 0 && value.every((node) => inlineTypes.has((node as { type?: string }).type ?? ''))) {
    const out: Array<{ text: string; marks: string }> = [];
    const walk = (nodes: Array<Record<string, unknown>>, marks: string[]) => {
      for (const node of nodes) {
        const { type, children, value: text, ...rest } = node;
        const own = type === 'text' ? marks : [...marks, JSON.stringify({ type, ...rest })].sort();
        if (Array.isArray(children)) walk(children as Array<Record<string, unknown>>, own);
        else {
          const piece = type === 'break' ? '\n' : String(text);
          const previous = out.at(-1);
          if (previous && previous.marks === own.join('|')) previous.text += piece;
          else out.push({ text: piece, marks: own.join('|') });
        }
      }
    };
    walk(value as Array<Record<string, unknown>>, []);
    return out;
  }
  if (Array.isArray(value)) return value.map(runs);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, runs(item)]));
  return value;
}

const roundTrip = (article: Article) => {
  const { body, issues } = fromPortableText(JSON.parse(JSON.stringify(toPortableText(article.body))) as PortableTextNode[]);
  expect(issues).toEqual([]);
  return parseArticle({ ...article, body });
};

describe('fromPortableText on @portabletext/to-html’s fixtures', () => {
  it.each(fixtures.map((fixture) => [fixture.name, fixture] as const))('%s: keeps the text the reference renderer shows, in order', (_, fixture) => {
    const { body, issues } = fromPortableText(fixture.input, { sanity });
    // Every character the reference renderer shows (spaces aside), in the same order: a subsequence of ours.
    const shown = toText(fromHtml(fixture.output, { fragment: true })).replace(/\s+/g, '');
    const ours = bodyText(body).replace(/\s+/g, '');
    let at = 0;
    for (const character of ours) if (character === shown[at]) at++;
    // 026 renders a button's label from the object's own fields (only the site's `types` mapping knows it); 029 prints list numbers as text.
    if (!['026-inline-block-with-text', '029-lists-with-numbering'].includes(fixture.name)) expect(shown.slice(at)).toBe('');
    // What has no presswork equivalent is reported, never dropped silently.
    const inlineObjects = fixture.input.flatMap((node) => ((node.children as PortableTextNode[] | undefined) ?? []).filter((child) => child._type !== 'span'));
    const unknownTypes = [...fixture.input.filter((node) => !['block', 'image', 'code'].includes(node._type)), ...inlineObjects];
    expect(issues.filter((issue) => issue.code === 'unknown_type').length).toBe(unknownTypes.length);
    if (body.length > 0) {
      const result = safeParseArticle({ ...validArticle(), body });
      // Only the alt text the images lack (a gap) keeps a draft from validating.
      expect(result.success ? [] : result.issues.map((issue) => issue.code)).toEqual(result.success ? [] : result.issues.map(() => 'custom'));
      if (!result.success) expect(issues.filter((issue) => issue.code === 'missing_alt').map((issue) => issue.path)).toEqual(result.issues.map((issue) => issue.path));
    }
  });

  it('round-trips the fixtures presswork can say in full: the reference renderer gives the same HTML', () => {
    const same: string[] = [];
    for (const fixture of fixtures) {
      const { body } = fromPortableText(fixture.input, { sanity });
      const back = toPortableText(body as Article['body']);
      if (toHTML(fixture.input as never, { onMissingComponent: false }) === toHTML(back as never, { onMissingComponent: false })) same.push(fixture.name);
    }
    // The others hold what presswork does not have (h1, h5, underline, custom marks and objects, empty blocks) or what it corrects (script links).
    expect(same).toEqual([
      '002-single-span',
      '003-multiple-spans',
      '004-basic-mark-single-span',
      '005-basic-mark-multiple-adjacent-spans',
      '006-basic-mark-nested-marks',
      '007-link-mark-def',
      '008-plain-header-block',
      '009-messy-link-text',
      '010-basic-bullet-list',
      '011-basic-numbered-list',
      '014-nested-lists',
      '019-keyless',
      '020-empty-array',
      '021-list-without-level',
      '023-hard-breaks',
      '028-custom-list-item-type',
      '029-lists-with-numbering',
      '053-override-default-marks',
      '060-list-issue',
      '062-multiple-spaces',
      '063-custom-escape-html',
    ]);
  });

  it('converts a Sanity image asset to a CDN URL with its size, and asks for alt text', () => {
    const { body, issues } = fromPortableText([{ _type: 'image', _key: 'a', asset: { _type: 'reference', _ref: 'image-YiOKD0O6AdjKPaK24WtbOEv0-3456x2304-jpg' } }], { sanity });
    expect(body).toEqual([
      { type: 'image', src: 'https://cdn.sanity.io/images/3do82whm/production/YiOKD0O6AdjKPaK24WtbOEv0-3456x2304.jpg', width: 3456, height: 2304, alt: 'TODO: describe this image' },
    ]);
    expect(issues.map((issue) => `${issue.code} ${issue.path}`)).toEqual(['missing_alt body[0].alt']);
  });

  it('maps a site’s own block and annotation types through the options', () => {
    const { body, issues } = fromPortableText(
      [
        { _type: 'poll', _key: 'p', question: 'Should the bridge be widened?' },
        { _type: 'block', _key: 'b', children: [{ _type: 'span', text: 'Sanity', marks: ['h'] }], markDefs: [{ _key: 'h', _type: 'highlight' }] },
      ],
      {
        types: { poll: (node) => ({ type: 'paragraph', children: [{ type: 'strong', children: [{ type: 'text', value: String(node.question) }] }] }) },
        annotations: { highlight: (_, children) => ({ type: 'emphasis', children }) },
      },
    );
    expect(body).toEqual([
      { type: 'paragraph', children: [{ type: 'strong', children: [{ type: 'text', value: 'Should the bridge be widened?' }] }] },
      { type: 'paragraph', children: [{ type: 'emphasis', children: [{ type: 'text', value: 'Sanity' }] }] },
    ]);
    expect(issues).toEqual([]);
  });
});

describe('presswork → Portable Text → presswork', () => {
  it('keeps every content/ article', async () => {
    for (const { name, article } of await contentArticles()) expect(runs(roundTrip(article).body), name).toEqual(runs(article.body));
  });

  it('keeps generated articles: the same text with the same marks, blocks and fields', () => {
    fc.assert(
      fc.property(articleInput, (input) => {
        const article = parseArticle(input);
        expect(runs(roundTrip(article).body)).toEqual(runs(article.body));
      }),
      seeded(100),
    );
  });

  it('writes text blocks, list items and annotations Portable Text tools understand', () => {
    const article = parseArticle({
      ...validArticle(),
      body: [
        { type: 'heading', level: 2, children: [{ type: 'text', value: 'Costs' }] },
        {
          type: 'paragraph',
          children: [
            { type: 'text', value: 'See ' },
            { type: 'link', url: 'https://example.com/', children: [{ type: 'strong', children: [{ type: 'text', value: 'the plan' }] }] },
          ],
        },
        { type: 'list', ordered: false, items: [[{ type: 'paragraph', children: [{ type: 'text', value: 'One' }] }]] },
      ],
    });
    expect(toHTML(toPortableText(article.body) as never)).toBe('<h2>Costs</h2><p>See <a href="https://example.com/"><strong>the plan</strong></a></p><ul><li>One</li></ul>');
  });
});
