import { describe, expect, it } from 'vitest';
import { parseArticle, renderHtml, renderText } from '../../src/index.js';
import { creditGroups, joinNames, showsSourceCredit } from '../../src/render/shared/credits.js';
import { formatDate, formatDuration } from '../../src/render/shared/dates.js';
import { defaultLabels } from '../../src/render/shared/labels.js';
import { validArticle } from '../helpers/articles.js';

// The words every output shares for people and dates: credit lines, the source credit, long dates
// and media durations. Read here case by case; the content snapshots show them in place.

describe('credits', () => {
  it('should join names as "A", "A and B", "A, B and C"', () => {
    expect(joinNames([], ', ', ' and ')).toEqual([]);
    expect(joinNames(['A'], ', ', ' and ').join('')).toBe('A');
    expect(joinNames(['A', 'B'], ', ', ' and ').join('')).toBe('A and B');
    expect(joinNames(['A', 'B', 'C', 'D'], ', ', ' and ').join('')).toBe('A, B, C and D');
  });

  it('should group bylines by role in reading order, each with its label', () => {
    const person = (name: string, role: string) => ({ name, role }) as never;
    const groups = creditGroups(
      [person('T', 'translator'), person('E', 'editor'), person('P', 'photographer'), person('A', 'author'), person('R', 'reporter'), person('C', 'contributor'), person('V', 'videographer')],
      defaultLabels,
    );
    expect(groups.map((group) => [group.key, group.label, group.people.map((person) => person.name).join('+')])).toEqual([
      ['by', 'By', 'A+R'],
      ['additionalReportingBy', defaultLabels.additionalReportingBy, 'C'],
      ['photographsBy', defaultLabels.photographsBy, 'P'],
      ['videoBy', defaultLabels.videoBy, 'V'],
      ['editedBy', defaultLabels.editedBy, 'E'],
      ['translatedBy', defaultLabels.translatedBy, 'T'],
    ]);
    expect(creditGroups([], defaultLabels)).toEqual([]);
  });

  it('should credit a wire or partner source always, a staff source (or one of no kind) only when no one is named', () => {
    const named = creditGroups([{ name: 'A', role: 'author' } as never], defaultLabels);
    const shows = (kind: 'staff' | 'wire' | 'partner' | undefined, groups: typeof named) => showsSourceCredit({ bylines: [], source: { name: 'S', ...(kind && { kind }) } }, groups);
    expect([shows('wire', named), shows('partner', named), shows('staff', named), shows(undefined, named)]).toEqual([true, true, false, false]);
    expect([shows('wire', []), shows('partner', []), shows('staff', []), shows(undefined, [])]).toEqual([true, true, true, true]);
    expect(showsSourceCredit({ bylines: [] }, [])).toBe(false);
  });

  it('should write three names the same way in HTML and plain text', () => {
    const article = parseArticle({
      ...validArticle(),
      bylines: [
        { name: 'Amara Okafor', role: 'author' },
        { name: 'Tom Reyes', role: 'author', affiliation: 'Riverton Herald' },
        { name: 'Jo Kim', role: 'reporter' },
      ],
      source: { name: 'Wire report', kind: 'wire' },
    });
    const byline = /<p class="pw-byline">(.*?)<\/p>/.exec(renderHtml(article, { fragment: true }))?.[1];
    expect(byline).toBe('By <span class="pw-name">Amara Okafor</span>, <span><span class="pw-name">Tom Reyes</span> (Riverton Herald)</span><span> and </span><span class="pw-name">Jo Kim</span>.');
    expect(renderText(article)).toContain('By Amara Okafor, Tom Reyes (Riverton Herald) and Jo Kim. Source: Wire report\n');
  });
});

describe('dates', () => {
  it('should write the calendar date as written, in the language’s long form, whatever the offset', () => {
    expect(formatDate('2026-10-14T23:30:00-05:00', 'en-GB')).toBe('14 October 2026');
    expect(formatDate('2026-10-14T00:30:00+09:00', 'en-US')).toBe('October 14, 2026');
    expect(formatDate('2026-10-13', 'de')).toBe('13. Oktober 2026');
    // Memoised per language and day: the second call for the same key answers the same.
    expect(formatDate('2026-10-13T08:00:00Z', 'de')).toBe('13. Oktober 2026');
  });

  it('should give back what it cannot read, and the ISO day for a language Intl refuses', () => {
    expect(formatDate('next Tuesday', 'en')).toBe('next Tuesday');
    expect(formatDate('x2026-10-13', 'en')).toBe('x2026-10-13');
    expect(formatDate('2026-10-13', 'not a language tag')).toBe('2026-10-13');
  });

  it('should write ISO 8601 durations in words with the labels’ units', () => {
    const units = { days: 'd', hours: 'h', minutes: 'min', seconds: 's' };
    expect(formatDuration('PT18M20S', units)).toBe('18 min 20 s');
    expect(formatDuration('P1DT2H', units)).toBe('1 d 2 h');
    expect(formatDuration('PT10H5M', units)).toBe('10 h 5 min');
    expect(formatDuration('PT45.6S', units)).toBe('46 s');
    expect(formatDuration('PT12.25S', units)).toBe('12 s');
    expect(formatDuration('P12D', units)).toBe('12 d');
    expect(formatDuration('PT', units)).toBe('PT');
    expect(formatDuration('P1W', units)).toBe('P1W');
    expect(formatDuration('xPT1M', units)).toBe('xPT1M');
    expect(formatDuration('PT1M ', units)).toBe('PT1M ');
  });
});

describe('the updated date', () => {
  it('should be shown only when it differs from the published one', () => {
    const published = '2026-10-14T07:30:00+01:00';
    const same = parseArticle({ ...validArticle(), published, modified: published });
    expect(renderHtml(same, { fragment: true })).not.toContain('Updated');
    expect(renderText(same)).not.toContain('Updated');
    const later = parseArticle({ ...validArticle(), published, modified: '2026-10-15T09:00:00+01:00' });
    expect(renderHtml(later, { fragment: true })).toContain('Updated <time datetime="2026-10-15T09:00:00+01:00">October 15, 2026</time>');
    expect(renderText(later)).toContain('· Updated October 15, 2026');
  });
});
