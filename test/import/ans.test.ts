import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArticle, safeParseArticle } from '../../src/index.js';
import { fromAns, type AnsElement } from '../../src/import/index.js';
import { bodyText } from '../helpers/readability-pages.js';

// The ANS schema's own valid fixtures (washingtonpost/ans-schema, 0.10.12, MIT), vendored unchanged.
const dir = resolve(import.meta.dirname, '../fixtures/ans');
const fixture = (name: string) => JSON.parse(readFileSync(resolve(dir, `${name}.json`), 'utf8')) as AnsElement;
const story = fixture('story-fixture-good');
const baseUrl = 'https://www.washingtonpost.com';

/** Every `content`, `text`, `caption` and `headline` string of an ANS document, as plain text. */
function ansText(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((item) => ansText(item, out));
  else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      if (typeof item === 'string' && ['content', 'text', 'caption'].includes(key)) out.push(item.replace(/<[^>]+>/g, ''));
      else ansText(item, out);
    }
  }
  return out;
}

/** Text without white space: the words and their order, however nodes split it. */
const squeeze = (value: string) => value.replace(/\s+/g, '');

describe('fromAns on the ANS schema’s story fixture', () => {
  const { article, issues } = fromAns(story, { baseUrl });

  it('reads the story’s metadata', () => {
    expect(article).toMatchObject({
      id: 'unique ANS id',
      slug: 'anesthesiologist-trashes-sedated-patient-jury-orders-her-to-pay-500000',
      language: 'en',
      headline: 'The default headline for this story',
      dek: [{ type: 'text', value: 'A Vienna man went in for a colonoscopy and intended to record his doctor' }],
      section: { name: 'News' },
      tags: ['Fred', 'Writing'],
      bylines: [{ name: 'John Q. Reporter', role: 'author', url: 'https://www.washingtonpost.com/people/anthony-faiola' }],
      published: '2015-06-24T09:49:00.10Z',
      modified: '2015-06-24T09:50:50.52Z',
      canonicalUrl: 'https://www.washingtonpost.com/local/anesthesiologist-trashes-sedated-patient-jury-orders-her-to-pay-500000/2015/06/23/cae05c00-18f3-11e5-ab92-c75ae6ab94b5_story.html',
      lead: { type: 'image', src: 'https://tinyurl.com/mqyonhb', width: 800, height: 640, caption: [{ type: 'text', value: 'Never gonna give you up' }], credit: 'Ansel Adams' },
    });
  });

  it('converts the content elements in order, and lists the types presswork has no block for with their _id', () => {
    expect((article.body as Array<{ type: string }>).map((block) => block.type)).toEqual([
      'paragraph',
      'paragraph',
      'image',
      'list',
      'blockquote',
      'blockquote',
      'html',
      'embed',
      'relatedLink',
      'image',
      'image',
    ]);
    expect(issues.filter((issue) => issue.code === 'unknown_type').map((issue) => issue.message.replace(/:.*/, ''))).toEqual([
      'No presswork block for ANS “reference” elements (`_id` 22222229)',
      'No presswork block for ANS “numeric_rating” elements (`_id` safas9dafs097asd8911001fs)',
      'No presswork block for ANS “endorsement” elements (`_id` 7asd8911001fs4144sajhvt)',
    ]);
    expect((article.body as unknown[])[7]).toMatchObject({ type: 'embed', provider: 'Vimeo', url: 'https://player.vimeo.com/video/76979871', title: 'The New Vimeo Player (You Know, For Videos)' });
  });

  it('keeps every text of the story (quotes with their citations, corrections from the body)', () => {
    const ours = squeeze(bodyText(article).join(''));
    for (const piece of ansText(story.content_elements)) expect(ours).toContain(squeeze(piece));
    expect((article.corrections as unknown[]).length).toBe(3);
  });

  it('names a gap for each thing ANS does not carry, and nothing else keeps the draft from validating', () => {
    const result = safeParseArticle(article);
    const paths = result.success ? [] : result.issues.map((issue) => issue.path);
    const gaps = issues.filter((issue) => issue.severity === 'gap' && issue.code !== 'unknown_type');
    for (const path of paths)
      expect(
        gaps.some((gap) => path.startsWith(gap.path!) || (gap.code === 'missing_size' && path === gap.path!.replace(/width$/, 'height'))),
        path,
      ).toBe(true);
    expect(issues.filter((issue) => issue.code === 'invalid')).toEqual([]);
  });

  it('validates once the gaps are closed, and maps a site’s own types through the options', () => {
    const { article: mapped, issues: left } = fromAns(
      {
        ...story,
        promo_items: {},
        corrections: [],
        content_elements: (story.content_elements as AnsElement[]).filter((element) => ['text', 'header', 'list', 'interstitial_link', 'numeric_rating'].includes(String(element.type))),
      },
      {
        baseUrl,
        types: {
          numeric_rating: (element) => ({ type: 'paragraph', children: [{ type: 'text', value: `Rating: ${String(element.numeric_rating)} of ${String(element.max)} ${String(element.units)}` }] }),
        },
      },
    );
    expect(left).toEqual([]);
    const valid = parseArticle(mapped);
    expect(JSON.stringify(valid.body)).toContain('Rating: 4.5 of 5 stars');
  });
});

describe('fromAns on the element fixtures', () => {
  const element = (name: string) => fromAns({ type: 'story', headlines: { basic: 'Story' }, content_elements: [fixture(name)] }, { baseUrl });

  it.each(readdirSync(dir).filter((file) => file.endsWith('-good.json') && file !== 'story-fixture-good.json'))('%s: keeps its text', (file) => {
    const source = fixture(file.replace(/\.json$/, ''));
    const { article } = element(file.replace(/\.json$/, ''));
    const ours = squeeze(bodyText(article.body).join(''));
    for (const piece of ansText(source.type === 'video' ? [] : source)) expect(ours).toContain(squeeze(piece));
  });

  it('converts a table, asking for its caption', () => {
    const { article, issues } = element('table-fixture-good');
    expect((article.body as unknown[])[0]).toMatchObject({
      type: 'table',
      head: [[[{ value: 'Header Y = 1' }], [{ value: 'Header Y = 1' }]]],
      body: [
        [[{ value: 'X = 1, Y = 1' }], [{ value: 'X = 2, Y = 1' }]],
        [[{ value: 'X = 2, Y = 1' }], [{ value: 'X = 2, Y = 2' }]],
      ],
    });
    expect(issues.map((issue) => `${issue.code} ${issue.path}`)).toContain('missing_caption body[0].caption');
  });

  it('converts a video with its streams, duration and transcript', () => {
    const { article } = element('video-fixture-good');
    expect((article.body as unknown[])[0]).toMatchObject({
      type: 'video',
      width: 640,
      height: 360,
      duration: 'PT139S',
      transcript: { text: 'This is a transcript of all the words said in the video. This can go on for quite some time.' },
    });
  });
});
