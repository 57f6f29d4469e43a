import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import jsonld from 'jsonld';
import { describe, expect, it } from 'vitest';
import { earlReport, type EarlSubject } from '../../src/a11y/review/earl.js';
import { reviewItems, type ReviewItem } from '../../src/a11y/review/items.js';
import { applySignOffs, LedgerError, readLedger, recordSignOffs, staleSignOffs, writeLedger, emptyLedger } from '../../src/a11y/review/ledger.js';
import { createReport, type A11yReport } from '../../src/a11y/report.js';
import { articleWith, sampleBlocks, validImage } from '../helpers/articles.js';

const paragraph = (value: string) => ({ type: 'paragraph', children: [{ type: 'text', value }] });
const ids = (items: readonly ReviewItem[]) => items.map((item) => item.id);
const byId = (items: readonly ReviewItem[], id: string) => items.find((item) => item.id === id)!;

describe('reviewItems: the manual checks an article needs', () => {
  it('lists each image (lead, body, galleries, nested), each medium, table and embed, and the whole-article checks', () => {
    const article = articleWith(
      [
        paragraph('Plain words, no link.'),
        sampleBlocks.gallery,
        { type: 'factbox', title: 'Also', children: [validImage()] },
        sampleBlocks.video,
        sampleBlocks.audio,
        sampleBlocks.table,
        sampleBlocks.embed,
        sampleBlocks.html,
      ],
      { lead: { ...validImage(), alt: 'The river at dawn' } },
    );
    expect(ids(reviewItems(article))).toEqual([
      'reading-order',
      'headings-descriptive',
      'sensory-characteristics',
      'language-of-parts',
      // The embed's fallback and the raw HTML hold links.
      'link-purpose',
      'alt-meaningful@lead',
      'alt-meaningful@body[1].images[0]',
      'alt-meaningful@body[1].images[1]',
      'alt-meaningful@body[2].children[0]',
      'captions-accurate@body[3]',
      'audio-description@body[3]',
      'transcript-accurate@body[3]',
      'transcript-accurate@body[4]',
      'table-headers@body[5]',
      'embed-accessible@body[6]',
      'embed-accessible@body[7]',
    ]);
    const items = reviewItems(article);
    expect(byId(items, 'alt-meaningful@lead')).toMatchObject({ kind: 'manual', wcag: ['1.1.1', '1.4.5'], subject: 'The river at dawn', path: 'lead' });
    expect(byId(items, 'alt-meaningful@body[1].images[1]').subject).toBe('(decorative)');
  });

  it('asks about link purpose only when the article has a link', () => {
    expect(ids(reviewItems(articleWith([paragraph('No links here.')])))).not.toContain('link-purpose');
    expect(ids(reviewItems(articleWith([sampleBlocks.paragraph])))).toContain('link-purpose');
    expect(ids(reviewItems(articleWith([sampleBlocks.relatedLink])))).toContain('link-purpose');
  });

  it('hashes the part an item concerns: a sign-off outlives edits elsewhere and moves with its block', () => {
    const image = { ...validImage(), alt: 'A heron on a post' };
    const before = reviewItems(articleWith([paragraph('One.'), image]));
    const moved = reviewItems(articleWith([paragraph('New first paragraph.'), paragraph('One.'), image]));
    const altered = reviewItems(articleWith([paragraph('One.'), { ...image, alt: 'A grey heron on a post' }]));
    const hash = (items: ReviewItem[], check: string) => items.find((item) => item.check === check)!.hash;
    expect(byId(moved, 'alt-meaningful@body[2]').hash).toBe(byId(before, 'alt-meaningful@body[1]').hash);
    expect(hash(altered, 'alt-meaningful')).not.toBe(hash(before, 'alt-meaningful'));
    // Whole-article checks change with any content, but not with key order.
    expect(hash(moved, 'reading-order')).not.toBe(hash(before, 'reading-order'));
    const reordered = reviewItems(articleWith([paragraph('One.'), Object.fromEntries(Object.entries(image).reverse())]));
    expect(ids(reordered)).toEqual(ids(before));
    expect(reordered.map((item) => item.hash)).toEqual(before.map((item) => item.hash));
  });

  it('adds one item per rule, output and part for results axe could not decide', () => {
    const article = articleWith([paragraph('One.'), paragraph('Two.')]);
    const node = (path: string, segments: Array<string | number>) => ({ target: ['p'], html: '<p>', path, segments });
    const needsReview = (format: 'html' | 'amp', nodes: ReturnType<typeof node>[]): A11yReport =>
      createReport(format, 'jsdom', {
        violations: [],
        incomplete: [
          {
            id: 'color-contrast',
            source: 'axe',
            impact: 'serious',
            description: '',
            help: 'Elements must meet minimum color contrast ratio thresholds',
            helpUrl: '',
            wcag: ['1.4.3'],
            tags: [],
            nodes,
          },
        ],
        notEvaluated: [],
        passes: [],
      });
    const items = reviewItems(article, [
      needsReview('html', [node('body[0]', ['body', 0]), node('body[0]', ['body', 0]), node('body[1]', ['body', 1])]),
      needsReview('amp', [node('body[1]', ['body', 1])]),
    ]);
    const open = items.filter((item) => item.kind === 'needs-review');
    expect(ids(open)).toEqual(['color-contrast/html@body[0]', 'color-contrast/html@body[1]', 'color-contrast/amp@body[1]']);
    expect(open[0]).toMatchObject({ check: 'color-contrast', format: 'html', wcag: ['1.4.3'], question: 'Elements must meet minimum color contrast ratio thresholds' });
    expect(new Set(open.map((item) => item.hash)).size).toBe(3);
  });
});

describe('the review ledger', () => {
  const article = articleWith([{ ...validImage(), alt: 'A heron on a post' }]);
  const judgement = { by: 'Ada', at: '2026-12-02T10:00:00Z' };

  it('signs items off, reopens them when their content changes, and replaces a judgement of the same item', () => {
    const items = reviewItems(article);
    const alt = byId(items, 'alt-meaningful@body[0]');
    let signOffs = recordSignOffs([], [alt], { ...judgement, outcome: 'passed' });
    expect(applySignOffs(items, signOffs).map((item) => [item.id, item.status])).toEqual(items.map((item) => [item.id, item.id === alt.id ? 'passed' : 'open']));

    const changed = reviewItems(articleWith([{ ...validImage(), alt: 'A gull on a post' }]));
    const reopened = byId(applySignOffs(changed, signOffs), alt.id) as ReturnType<typeof applySignOffs>[number];
    expect(reopened).toMatchObject({ status: 'reopened', previous: { by: 'Ada', outcome: 'passed' } });
    expect(staleSignOffs(signOffs, changed)).toEqual(signOffs);

    signOffs = recordSignOffs(signOffs, [byId(changed, alt.id)], { ...judgement, outcome: 'failed', note: 'names the wrong bird' });
    expect(signOffs).toHaveLength(1);
    expect(applySignOffs(changed, signOffs).find((item) => item.id === alt.id)).toMatchObject({ status: 'failed', signOff: { note: 'names the wrong bird' } });
  });

  it('round-trips through its file; a missing file is empty; a broken one is a LedgerError naming file and field', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'presswork-ledger-'));
    const path = join(dir, 'review.json');
    expect(await readLedger(path)).toEqual(emptyLedger());
    const ledger = emptyLedger();
    ledger.articles['test-1'] = recordSignOffs([], reviewItems(article).slice(0, 2), { ...judgement, outcome: 'passed' });
    await writeLedger(path, ledger);
    expect(await readLedger(path)).toEqual(ledger);
    await writeFile(path, JSON.stringify({ ...ledger, articles: { 'test-1': [{ ...ledger.articles['test-1'][0], outcome: 'maybe' }] } }));
    await expect(readLedger(path)).rejects.toThrow(LedgerError);
    await expect(readLedger(path)).rejects.toThrow(`The review ledger ${path} is not valid at articles.test-1.0.outcome`);
    await writeFile(path, '{');
    await expect(readLedger(path)).rejects.toThrow('is not JSON');
    expect(await readFile(path, 'utf8')).toBe('{');
  });
});

describe('earlReport: a conformance summary in EARL', () => {
  const article = articleWith([paragraph('One.'), { ...validImage(), alt: 'A heron on a post' }]);
  const report = (violations: A11yReport['violations'], passes: string[]) => createReport('html', 'jsdom', { violations, incomplete: [], notEvaluated: [], passes });
  const noDownloads = () => Promise.reject(new Error('the report must not load anything'));

  function subject(reports: A11yReport[], signed: string[] = []): EarlSubject {
    const items = reviewItems(article, reports);
    const signOffs = recordSignOffs(
      [],
      items.filter((item) => signed.includes(item.id)),
      { by: 'Ada Reviewer', at: '2026-12-02T10:00:00Z', outcome: 'passed' },
    );
    return { id: article.id, kind: 'article', title: article.headline, source: 'content/heron.md', url: article.canonicalUrl, reports, items: applySignOffs(items, signOffs) };
  }

  /** The RDF the JSON-LD says: each assertion's criterion → [outcome, mode, asserted by]. */
  async function assertions(document: Record<string, unknown>) {
    // `safe` mode: any term the context does not define (a dropped property) is an error.
    const quads = (await jsonld.toRDF(document, { documentLoader: noDownloads, safe: true } as jsonld.Options.ToRdf)) as unknown as Array<{
      subject: { value: string };
      predicate: { value: string };
      object: { value: string };
    }>;
    const earl = (term: string) => `http://www.w3.org/ns/earl#${term}`;
    const objects = (subjectId: string, predicate: string) => quads.filter((quad) => quad.subject.value === subjectId && quad.predicate.value === predicate).map((quad) => quad.object.value);
    const out = new Map<string, { outcome: string; mode: string; by: string[]; subject: string }>();
    for (const quad of quads.filter((q) => q.predicate.value === earl('test'))) {
      const [result] = objects(quad.subject.value, earl('result'));
      out.set(quad.object.value.replace('http://www.w3.org/TR/WCAG22/#', ''), {
        outcome: objects(result!, earl('outcome'))[0]!.replace(earl(''), ''),
        mode: objects(quad.subject.value, earl('mode'))[0]!.replace(earl(''), ''),
        by: objects(quad.subject.value, earl('assertedBy')),
        subject: objects(quad.subject.value, earl('subject'))[0]!,
      });
    }
    return { out, quads };
  }

  it('parses as JSON-LD with nothing dropped: one assertion per subject and WCAG 2.2 A/AA criterion', async () => {
    const document = earlReport([subject([report([], ['image-alt'])])], { version: '9.9.9', date: '2026-12-02T12:00:00Z' });
    const { out, quads } = await assertions(document);
    expect(out.size).toBe(55);
    expect(new Set([...out.values()].map((entry) => entry.subject))).toEqual(new Set([article.canonicalUrl]));
    const typeOf = (id: string) => quads.filter((quad) => quad.subject.value === id && quad.predicate.value === 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type').map((quad) => quad.object.value);
    expect(typeOf(article.canonicalUrl)).toEqual(expect.arrayContaining(['http://www.w3.org/ns/earl#TestSubject', 'https://schema.org/WebPage']));
    expect(quads.some((quad) => quad.predicate.value === 'http://www.w3.org/TR/WCAG-EM/#step1b' && quad.object.value === 'http://www.w3.org/WAI/WCAG2AA-Conformance')).toBe(true);
    expect(earlReport([subject([])], { version: '1', level: 'A' }).auditSample).toSatisfy((sample: Array<{ assertions: unknown[] }>) => sample[0]!.assertions.length === 31);
  });

  it('fails a criterion on a violation, cannot tell while an item about it is open, passes it on passing rules and sign-offs', async () => {
    const violation = {
      id: 'image-alt',
      source: 'axe' as const,
      impact: 'critical' as const,
      description: '',
      help: '',
      helpUrl: '',
      wcag: ['1.1.1'],
      tags: [],
      nodes: [{ target: ['img'], html: '<img>', path: 'body[1]' }],
    };
    const failing = (await assertions(earlReport([subject([report([violation], ['heading-order', 'html-has-lang'])])], { version: '1' }))).out;
    expect(failing.get('non-text-content')).toMatchObject({ outcome: 'failed', mode: 'semiAuto' });
    expect(failing.get('language-of-page')).toMatchObject({ outcome: 'passed', mode: 'automatic' });
    expect(failing.get('language-of-page')!.by).toHaveLength(1);
    expect(failing.get('meaningful-sequence')).toMatchObject({ outcome: 'cantTell', mode: 'manual' });
    expect(failing.get('bypass-blocks')!.outcome).toBe('untested');

    const reviewed = await assertions(earlReport([subject([report([], ['image-alt'])], ['alt-meaningful@body[1]', 'reading-order'])], { version: '1' }));
    expect(reviewed.out.get('non-text-content')).toMatchObject({ outcome: 'passed', mode: 'semiAuto' });
    expect(reviewed.out.get('non-text-content')!.by).toHaveLength(2);
    expect(reviewed.out.get('meaningful-sequence')).toMatchObject({ outcome: 'passed', mode: 'manual' });
    const titleOf = (id: string) => reviewed.quads.find((quad) => quad.subject.value === id && quad.predicate.value === 'http://purl.org/dc/terms/title')?.object.value;
    expect(reviewed.out.get('non-text-content')!.by.map(titleOf)).toContain('presswork');
    const names = reviewed.quads.filter((quad) => quad.predicate.value === 'http://xmlns.com/foaf/0.1/name').map((quad) => quad.object.value);
    expect(names).toEqual(['Ada Reviewer']);
  });

  it('says why a criterion is untested, and leaves every criterion untested for invalid content', () => {
    const document = earlReport([subject([]), { id: 'broken.md', kind: 'article', title: 'broken.md', source: 'broken.md', reports: [], items: [], invalid: 'headline: Expected a string' }], {
      version: '1',
    }) as {
      description: string;
      auditSample: Array<{ '@id': string; assertions: Array<{ test: string; result: { outcome: string; description: string } }> }>;
    };
    const [good, broken] = document.auditSample;
    expect(good!.assertions.find((a) => a.test === 'WCAG22:bypass-blocks')!.result.description).toMatch(/depends on the site around the article/);
    expect(broken!['@id']).toBe('urn:presswork:article:broken.md');
    expect(broken!.assertions.every((a) => a.result.outcome === 'earl:untested' && a.result.description.includes('headline: Expected a string'))).toBe(true);
    expect(document.description).toMatch(/^WCAG 2\.2 level AA: 0 failed, \d+ awaiting review, 0 passed, \d+ untested/);
  });
});
