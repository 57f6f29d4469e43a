import fc from 'fast-check';

/**
 * Generators of hostile content files: not random JSON, but the constructs
 * that break parsers: YAML anchors, aliases, tags, merge keys and multiple
 * documents; directives nested, unclosed and with odd attributes; tables,
 * raw HTML, entities, deep nesting, huge scalars and every Unicode class.
 */

const unicode = fc.constantFrom('مرحبا', 'שלום', '日本語', '👩🏽‍💻', 'e\u0301', '\u200f', '\u202e', '\u0000', '\ud800', '\uffff', '\t', '\r', '\u2028', 'Ω', '�');
const word = fc.oneof(fc.stringMatching(/^[a-z]{1,8}$/), unicode, fc.string({ unit: 'binary', maxLength: 6 }));
const line = fc.array(word, { minLength: 1, maxLength: 8 }).map((words) => words.join(' '));

/** A YAML value, from plain scalars to anchors, aliases, tags and merge keys. */
const yamlValue: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom('plain', '"quoted \\u0041 \\x00"', "'single ''q'''", '~', 'null', '-.inf', '0x1F', '2026-01-02', 'yes', '[]', '{}', '|\n  block\n  text', '>-\n  folded'),
  fc.constantFrom(
    '&a [1, 2]',
    '*a',
    '*undefined',
    '&b {x: *a}',
    '!!js/function "function () {}"',
    '!!binary aGVsbG8=',
    '!custom value',
    '!!str 1',
    '!!int "x"',
    '<<: *a',
    '[*a, *a, *a, *a]',
    '&c [*c]',
  ),
  line.map((text) => JSON.stringify(text)),
  fc.integer({ min: 1_000, max: 60_000 }).map((size) => 'x'.repeat(size)),
);
const yamlKey = fc.oneof(
  fc.constantFrom('schemaVersion', 'id', 'slug', 'language', 'headline', 'bylines', 'published', 'canonicalUrl', 'body', 'lead', 'tags', '<<', '? complex', '"quoted key"', 'dek'),
  fc.stringMatching(/^[a-z]{1,6}$/),
);

/** YAML front matter: some real fields, hostile values, sometimes several documents. */
export const hostileFrontMatter = fc
  .tuple(fc.array(fc.tuple(yamlKey, yamlValue, fc.constantFrom('', '  ', '\t')), { maxLength: 12 }), fc.constantFrom('', '---\nsecond: document\n', '...\n', '%YAML 1.1\n'))
  .map(
    ([pairs, extra]) =>
      `schemaVersion: 1\nid: h\nslug: h\nlanguage: en\nheadline: H\nbylines: []\npublished: 2026-01-02T03:04:05Z\ncanonicalUrl: https://news.example.com/h\n${pairs.map(([key, value, indent]) => `${indent}${key}: ${value}`).join('\n')}\n${extra}`,
  );

const attribute = fc.oneof(
  fc.constantFrom(
    'src="https://m.example.com/a.jpg"',
    'alt="A"',
    'width=1',
    'height=1',
    'title="T"',
    '#id',
    '.class',
    'lang=fr',
    'decorative',
    'url="javascript:alert(1)"',
    'x="unclosed',
    "y='single'",
    'z={',
    '"',
    '=',
    'attribution="Jo"',
    'headline="H"',
  ),
  fc.tuple(fc.stringMatching(/^[a-z]{1,6}$/), line).map(([name, value]) => `${name}=${JSON.stringify(value)}`),
);
const directiveName = fc.constantFrom('image', 'video', 'audio', 'embed', 'related', 'factbox', 'pullquote', 'quote', 'gallery', 'table', 'span', 'abbr', 'time', 'q', 'unknown', 'imag');

/** A Markdown block: every block construct, including the broken ones. */
const { block } = fc.letrec<{ block: string }>((tie) => ({
  block: fc.oneof(
    { depthSize: 'small' },
    line,
    fc.tuple(fc.integer({ min: 1, max: 7 }), line).map(([level, text]) => `${'#'.repeat(level)} ${text}`),
    fc
      .tuple(fc.constantFrom('::', ':::', '::::'), directiveName, fc.option(line), fc.array(attribute, { maxLength: 5 }), fc.boolean())
      .map(([colons, name, label, attributes, closeBrace]) => `${colons}${name}${label === null ? '' : `[${label}]`}{${attributes.join(' ')}${closeBrace ? '}' : ''}`),
    fc
      .tuple(fc.constantFrom(':::', '::::'), directiveName, fc.array(tie('block'), { maxLength: 3 }), fc.boolean())
      .map(([colons, name, inner, closed]) => `${colons}${name}\n${inner.join('\n\n')}\n${closed ? colons : ''}`),
    fc
      .tuple(fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 5 }), word)
      .map(([columns, rows, cell]) => `|${` ${cell} |`.repeat(columns)}\n|${' - |'.repeat(columns)}\n${`|${` ${cell} |`.repeat(columns)}\n`.repeat(rows)}`),
    fc.constantFrom(
      '<div onclick="x()"><script>alert(1)</script><img src=x onerror=alert(1)></div>',
      '<iframe src="javascript:alert(1)"></iframe>',
      '<!-- unclosed',
      '<style>*{}</style>',
      '&#0; &#xD800; &#x110000; &amp; &nbsp; &bogus;',
      '```js\nunclosed code',
      '[link](javascript:alert(1)) [ref][missing] ![img](x.png)',
      '- [ ] task',
      '> > > > > deep quote',
      '[^1]\n\n[^1]: note',
      '***\n---\n___',
    ),
    fc.integer({ min: 10, max: 3_000 }).map((depth) => `${'> '.repeat(depth)}deep`),
    fc.integer({ min: 10, max: 200 }).map((depth) => Array.from({ length: depth }, (_, index) => `${'  '.repeat(index)}- item`).join('\n')),
    fc.integer({ min: 10, max: 2_000 }).map((depth) => `${'*'.repeat(depth)}emphasis${'*'.repeat(depth)}`),
  ),
}));

/** A Markdown body of such blocks. */
export const hostileBody = fc.array(block, { minLength: 1, maxLength: 6 }).map((blocks) => blocks.join('\n\n'));

/** A whole Markdown content file: front matter (sometimes missing or broken) and body. */
export const hostileMarkdown = fc
  .tuple(fc.constantFrom('---\n', '---\r\n', '\uFEFF---\n', '', '--- \n'), hostileFrontMatter, fc.constantFrom('---\n', '', '...\n'), hostileBody)
  .map(([open, front, close, body]) => `${open}${front}${close}\n${body}\n`);

/** JSON that is valid JSON but hostile: deep nesting, huge strings, odd keys, lone surrogates. */
export const hostileJson = fc.oneof(
  fc.integer({ min: 100, max: 200_000 }).map((depth) => `${'['.repeat(depth)}${']'.repeat(depth)}`),
  fc.integer({ min: 100, max: 50_000 }).map((depth) => `{"schemaVersion":1,"body":${'{"type":"list","ordered":false,"items":[['.repeat(depth)}${']]}'.repeat(depth)}}`),
  fc.constantFrom(
    '{"__proto__":{"polluted":true},"schemaVersion":1}',
    '{"schemaVersion":1,"schemaVersion":2}',
    '{"a":1e400,"b":-0}',
    '"\\ud800"',
    '{"headline":"\\u0000\\u202e"}',
    'null',
    '[]',
    '{"constructor":{"prototype":{}}}',
  ),
  fc.integer({ min: 10_000, max: 2_000_000 }).map((size) => JSON.stringify({ schemaVersion: 1, headline: 'x'.repeat(size) })),
  fc.anything({ maxDepth: 6 }).map((value) => (JSON.stringify(value) as string | undefined) ?? 'null'),
);
