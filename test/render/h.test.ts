import fc from 'fast-check';
import { h as hastscript } from 'hastscript';
import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { h } from '../../src/render/hast/h.js';
import { seeded } from '../helpers/property.js';

/**
 * presswork builds trees with its own `h()`, hastscript's call shape without
 * its selector parsing and value normalisation. On the inputs it takes
 * (hast property names, values already in hast form) both must build the
 * same element.
 */
const word = fc.stringMatching(/^[a-zé<&"'-]{1,6}$/);
const properties = fc.record(
  {
    className: fc.array(fc.stringMatching(/^[a-z][a-z-]{0,6}$/), { minLength: 1, maxLength: 3 }),
    id: word,
    title: fc.string({ maxLength: 8 }),
    hidden: fc.boolean(),
    width: fc.integer({ min: 1, max: 4000 }),
    href: fc.constantFrom('https://a.example.com/x?y=1&z=2', '/local', '#top'),
    dataProvider: word,
    ariaHidden: fc.constantFrom('true', 'false'),
    rel: fc.array(fc.constantFrom('license', 'noopener', 'external'), { minLength: 1, maxLength: 2 }),
    dateTime: fc.constantFrom('2026-01-02', 'PT1M'),
    loading: fc.constantFrom(undefined, 'lazy'),
  },
  { requiredKeys: [] },
);
type Shape = { tag: string; props: Record<string, unknown> | null; children: Array<Shape | string | number | null> };
const shape: fc.Arbitrary<Shape> = fc.letrec<{ shape: Shape }>((tie) => ({
  shape: fc.record({
    tag: fc.constantFrom('p', 'a', 'span', 'figure', 'img', 'time', 'div', 'amp-img'),
    props: fc.option(properties, { nil: null }),
    children: fc.array(fc.oneof({ depthSize: 'small' }, word, fc.integer({ min: 0, max: 99 }), fc.constant(null), tie('shape')), { maxLength: 3 }),
  }),
})).shape;

type Build = (tag: string, props?: Record<string, unknown> | unknown[], children?: unknown[]) => unknown;
function build(make: Build, node: Shape): unknown {
  const children = node.children.map((child) => (child && typeof child === 'object' ? build(make, child) : child));
  return node.props ? make(node.tag, { ...node.props }, children) : make(node.tag, children);
}

describe('h()', () => {
  it('should build what hastscript builds from the same call', () => {
    fc.assert(
      fc.property(shape, (node) => {
        const ours = build(h as unknown as Build, node) as Parameters<typeof toHtml>[0];
        const theirs = build(hastscript as unknown as Build, node) as Parameters<typeof toHtml>[0];
        expect(toHtml(ours)).toBe(toHtml(theirs));
      }),
      seeded(500),
    );
  });
});
