import { describe, expect, it } from 'vitest';
import { baseStylesheet, defaultStylesheet } from '../../src/index.js';
import { palette } from '../../src/render/hast/styles.js';

/** WCAG 2 relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((start) => {
    const channel = parseInt(hex.slice(start, start + 2), 16) / 255;
    return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light! + 0.05) / (dark! + 0.05);
}

describe('default stylesheet', () => {
  it.each(['light', 'dark'] as const)('should meet WCAG AA contrast for every text colour in the %s scheme', (scheme) => {
    const colours = palette[scheme];
    // Text colours on each background they are used on (body, fact boxes, related links, tags).
    for (const background of [colours.background, colours.surface]) {
      for (const [name, foreground] of Object.entries({ text: colours.text, muted: colours.muted, link: colours.link, accent: colours.accent })) {
        expect(contrast(foreground, background), `${scheme} ${name} on ${background}`).toBeGreaterThanOrEqual(4.5);
      }
      // Borders and focus outlines are non-text contrast (WCAG 1.4.11): 3:1.
      expect(contrast(colours.border, background)).toBeGreaterThanOrEqual(3);
    }
  });

  it('should compute contrast as WCAG does', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
  });

  it('should keep focus visible, respect reduced motion, and use both schemes', () => {
    expect(defaultStylesheet).toContain(':focus-visible');
    expect(defaultStylesheet).toContain('@media (prefers-reduced-motion:reduce)');
    expect(defaultStylesheet).toContain('@media (prefers-color-scheme:dark)');
    expect(baseStylesheet).not.toContain('prefers-reduced-motion');
  });
});
