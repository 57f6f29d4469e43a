import { describe, expect, it } from 'vitest';
import { formatPath } from '../../src/model/path.js';

describe('formatPath', () => {
  it('should write keys with dots and indexes in brackets, as people read them', () => {
    expect(formatPath(['body', 3, 'children', 0, 'url'])).toBe('body[3].children[0].url');
    expect(formatPath([0, 'alt'])).toBe('[0].alt');
  });

  it('should quote keys that are not identifiers, and name the article itself', () => {
    expect(formatPath(['lead', 'not-a-name', 'x y', '1a'])).toBe('lead["not-a-name"]["x y"]["1a"]');
    expect(formatPath(['$ok', '_ok'])).toBe('$ok._ok');
    expect(formatPath([])).toBe('(root)');
  });
});
