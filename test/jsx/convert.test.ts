import fc from 'fast-check';
import type { Root } from 'hast';
import { toJsxRuntime } from 'hast-util-to-jsx-runtime';
import { h as hastscript } from 'hastscript';
import { isValidElement, type ReactElement } from 'react';
import { Fragment, jsx, jsxs } from 'react/jsx-runtime';
import * as preact from 'preact/jsx-runtime';
import { describe, expect, it } from 'vitest';
import { parseArticle, toHast } from '../../src/index.js';
import { convert, type ConvertOptions } from '../../src/jsx/convert.js';
import { articleInput } from '../helpers/arbitraries.js';
import { contentArticles } from '../helpers/content.js';
import { seeded } from '../helpers/property.js';

/** A framework element as plain data: type (a tag or a component's name), key and props, children included. */
function shape(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(shape);
  if (isValidElement(node) || (node && typeof node === 'object' && 'props' in node && 'type' in node)) {
    const element = node as ReactElement<Record<string, unknown>> & { key: string | null };
    const { children, ...props } = element.props;
    const type = typeof element.type === 'string' ? element.type : element.type === Fragment || element.type === preact.Fragment ? 'Fragment' : (element.type as { name: string }).name;
    return { type, key: element.key ?? null, props, children: children === undefined ? undefined : shape(children) };
  }
  return node;
}

const Link = (props: Record<string, unknown>) => jsx('a', props);
const runtimes: Array<[string, ConvertOptions<unknown>]> = [
  ['React', { Fragment, jsx, jsxs, elementAttributeNameCase: 'react', stylePropertyNameCase: 'dom', components: {} }],
  ['React with a link component', { Fragment, jsx, jsxs, elementAttributeNameCase: 'react', stylePropertyNameCase: 'dom', components: { a: Link } }],
  ['Preact (HTML names)', { Fragment: preact.Fragment, jsx: preact.jsx, jsxs: preact.jsxs, elementAttributeNameCase: 'html', stylePropertyNameCase: 'dom', components: {} }],
];
function same(tree: Root, options: ConvertOptions<unknown>): void {
  expect(shape(convert(tree, options))).toEqual(shape(toJsxRuntime(tree, options)));
}

// toJsx converts presswork's trees itself, a third faster: it must build exactly what hast-util-to-jsx-runtime builds.
it('lets an error of the runtime through instead of converting again', () => {
  const failing = {
    ...runtimes[0]![1],
    jsx: () => {
      throw new TypeError('runtime failed');
    },
  };
  expect(() => convert(hastscript(null, [hastscript('p', 'Text')]), failing)).toThrow('runtime failed');
});

describe.each(runtimes)('the fast hast → JSX conversion, %s', (_, options) => {
  it('builds what hast-util-to-jsx-runtime builds for every content article', async () => {
    for (const { article } of await contentArticles()) same(toHast(article, { fragment: true }), options);
  });

  it('builds what hast-util-to-jsx-runtime builds for generated articles', () => {
    fc.assert(
      fc.property(articleInput, (input) => {
        same(toHast(parseArticle(input), { fragment: true }), options);
      }),
      seeded(60),
    );
  });

  it('drops white space in tables as it does, and hands what it does not take (SVG, inline styles, aligned cells, comments) to hast-util-to-jsx-runtime', () => {
    const trees: Root[] = [
      hastscript(null, [hastscript('p', [hastscript('svg', { viewBox: '0 0 1 1' }, [hastscript('circle', { r: 1 })])])]),
      hastscript(null, [hastscript('p', { style: 'color: red; text-align: center' }, 'Styled')]),
      hastscript(null, [hastscript('table', [hastscript('tbody', ['\n', hastscript('tr', ['\n ', hastscript('td', { align: 'right' }, '1')])])])]),
      hastscript(null, [hastscript('table', [hastscript('tbody', ['\n', hastscript('tr', ['\n ', hastscript('td', ' 1 '), ' '])])])]),
      hastscript(null, [hastscript('p', [{ type: 'comment', value: 'note' }, 'Text'])]),
      { type: 'root', children: [hastscript('p', [{ type: 'raw', value: '<b>raw</b>' }, 'Text'])] },
    ];
    for (const tree of trees) same(tree, options);
  });
});
