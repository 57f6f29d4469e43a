import { describe, expect, it } from 'vitest';
import { safeParseArticle } from '../../src/index.js';
import { sampleBlocks, validArticle } from '../helpers/articles.js';

/** The issues (path and message) of an article whose body is `blocks`. */
function issuesOf(blocks: unknown[]): Array<[string, string]> {
  const result = safeParseArticle({ ...validArticle(), body: blocks });
  return result.success ? [] : result.issues.map((issue) => [issue.path, issue.message]);
}

const paragraph = { type: 'paragraph', children: [{ type: 'text', value: 'Text.' }] };
const video = sampleBlocks.video as Record<string, unknown>;

describe('rules of the block schema', () => {
  it('refuses an empty list item, quote or fact box, naming what it needs', () => {
    expect(issuesOf([{ type: 'list', ordered: false, items: [[paragraph], []] }])).toEqual([['body[0].items[1]', 'A list item needs at least one block']]);
    expect(issuesOf([{ type: 'blockquote', children: [] }])).toEqual([['body[0].children', 'A quote needs at least one block']]);
    expect(issuesOf([{ type: 'factbox', title: 'Facts', children: [] }])).toEqual([['body[0].children', 'A fact box needs at least one block']]);
    expect(
      issuesOf([
        { type: 'list', ordered: false, items: [[paragraph]] },
        { type: 'blockquote', children: [paragraph] },
        { type: 'factbox', title: 'Facts', children: [paragraph] },
      ]),
    ).toEqual([]);
  });

  it('needs a video to come from exactly one place: its files or YouTube', () => {
    const message = 'A video needs exactly one of `sources` or `youtubeId`';
    const { sources: _sources, ...neither } = video;
    expect(issuesOf([neither])).toEqual([['body[0].sources', message]]);
    expect(issuesOf([{ ...video, youtubeId: 'aBcDeFgHiJk' }])).toEqual([['body[0].sources', message]]);
    expect(issuesOf([video])).toEqual([]);
  });

  it('does not take an audio-description track for captions (WCAG 1.2.2): a video then needs a transcript', () => {
    const { transcript: _transcript, ...untranscribed } = video;
    const descriptionsOnly = { ...untranscribed, captions: [{ src: 'https://media.example.com/flood.desc.vtt', srclang: 'en', label: 'Descriptions', kind: 'descriptions' }] };
    expect(issuesOf([descriptionsOnly])).toEqual([['body[0].captions', 'A video needs `captions` or a `transcript` (WCAG 1.2.1, 1.2.2)']]);
    expect(issuesOf([untranscribed])).toEqual([]);
  });
});
