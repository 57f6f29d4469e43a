import { describe, expect, it } from 'vitest';
import { isSafeUrl, serializeUrl } from '../../src/model/url.js';
import { httpsUrl, webUrl } from '../../src/model/url-schemas.js';

// What may stand in an `href`/`src`: the gate every untrusted URL passes through.
describe('isSafeUrl', () => {
  it.each(['https://example.com/a', 'http://news.example', 'HTTPS://EXAMPLE.COM/', '/path', '/', '#anchor', '?page=2', './media/a.jpg', '../a', 'mailto:desk@example.com', 'tel:+441234567'])(
    'should accept %s',
    (url) => {
      expect(isSafeUrl(url)).toBe(true);
    },
  );

  it.each([
    ['empty', ''],
    ['a leading space', ' https://example.com'],
    ['a tab inside the scheme', 'java\tscript:alert(1)'],
    ['a line break', 'https://example.com/\n'],
    ['a C1 control character', 'https://example.com/\u0085'],
    ['javascript:', 'javascript:alert(1)'],
    ['data:', 'data:text/html,<script>alert(1)</script>'],
    ['a scheme not allowed', 'ftp://files.example'],
    ['protocol-relative', '//evil.example/x'],
    ['a bare host', 'example.com/story'],
    ['http with no host', 'https://'],
    ['http that does not parse', 'https://exa mple.com'],
    ['a scheme and nothing else', 'mailto:'],
  ])('should refuse %s', (_, url) => {
    expect(isSafeUrl(url)).toBe(false);
  });

  it('should allow only the schemes asked for', () => {
    expect(isSafeUrl('mailto:desk@example.com', new Set(['http:', 'https:']))).toBe(false);
    expect(isSafeUrl('https://example.com', new Set(['https:']))).toBe(true);
    expect(isSafeUrl('/relative', new Set(['https:']))).toBe(true);
    expect(webUrl.safeParse('tel:+441234567').success).toBe(false);
    expect(httpsUrl.safeParse('/relative').success).toBe(false);
    expect(httpsUrl.safeParse('http://example.com').success).toBe(false);
    expect(httpsUrl.safeParse('https://example.com/amp').success).toBe(true);
  });
});

describe('serializeUrl', () => {
  it.each([
    ['https://EXAMPLE.com', 'https://example.com/'],
    ['https://example.com/a b', 'https://example.com/a%20b'],
    ['https://example.com/é', 'https://example.com/%C3%A9'],
    ['https://example.com/?q={x}|y', 'https://example.com/?q=%7Bx%7D%7Cy'],
    ['/a"b<c>', '/a%22b%3Cc%3E'],
    ['/already%20encoded', '/already%20encoded'],
    ['/100%', '/100%25'],
    ['./media/a b.jpg', './media/a%20b.jpg'],
    ['https://exa mple.com/x', 'https://exa%20mple.com/x'],
  ])('should write %s as %s', (url, written) => {
    expect(serializeUrl(url)).toBe(written);
  });

  it('should replace a lone surrogate instead of throwing', () => {
    expect(serializeUrl('/a\uD800b')).toBe('/a%EF%BF%BDb');
  });
});
