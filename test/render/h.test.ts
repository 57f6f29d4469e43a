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

describe('h(tag, second): properties or children', () => {
  const b = { type: 'element', tagName: 'b', properties: {}, children: [] } as const;

  it('should take a node, a string, a number or nothing as the children', () => {
    expect(h('p', b).children).toEqual([b]);
    expect(h('p', { type: 'text', value: 'x' }).children).toEqual([{ type: 'text', value: 'x' }]);
    expect(h('p', { type: 'comment', value: 'c' }).children).toEqual([{ type: 'comment', value: 'c' }]);
    const raw = { type: 'raw', value: '<b>', position: { start: { line: 1, column: 1 }, end: { line: 1, column: 4 } }, data: {} };
    expect(h('p', raw as never).children).toEqual([raw]);
    expect(h('p', 'x').children).toEqual([{ type: 'text', value: 'x' }]);
    expect(h('p', 3).children).toEqual([{ type: 'text', value: '3' }]);
    for (const nothing of [null, undefined]) expect(h('p', nothing)).toEqual({ type: 'element', tagName: 'p', properties: {}, children: [] });
  });

  it('should take properties that have `type` and `value` as properties, not as a text node', () => {
    expect(h('input', { type: 'radio', value: 'yes' })).toEqual({ type: 'element', tagName: 'input', properties: { type: 'radio', value: 'yes' }, children: [] });
    expect(h('input', { type: 'text', value: 'x', name: 'q' }).properties).toEqual({ type: 'text', value: 'x', name: 'q' });
    expect(h('data', { type: 'text', value: 5 }).properties).toEqual({ type: 'text', value: 5 });
    expect(h('button', { type: 'element' }).properties).toEqual({ type: 'element' });
    expect(h('button', { type: 'element', tagName: 'b', children: 'no' }).properties).toEqual({ type: 'element', tagName: 'b', children: 'no' });
    expect(h('button', { type: 'submit' }, 'Vote')).toEqual({ type: 'element', tagName: 'button', properties: { type: 'submit' }, children: [{ type: 'text', value: 'Vote' }] });
  });

  it('should drop undefined and null properties, and use the object as given when it has none', () => {
    expect(h('a', { href: undefined, title: null, id: 'x', hidden: false, width: 0 }).properties).toEqual({ id: 'x', hidden: false, width: 0 });
    expect(Object.keys(h('a', { id: 'x', title: null }).properties)).toEqual(['id']);
    const props = { id: 'x', className: ['y'] };
    expect(h('a', props).properties).toBe(props);
  });
});
