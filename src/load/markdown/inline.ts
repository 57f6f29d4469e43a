import type { PhrasingContent } from 'mdast';
import type { TextDirective } from 'mdast-util-directive';
import { readAttributes, compact } from './attributes.js';
import type { ConvertState, Draft, Path } from './state.js';
import { malformedInlineDirective } from './malformed.js';
import { extensionDirective } from './extensions.js';

type Handler<T> = (state: ConvertState, node: T, path: Path) => Draft | undefined;
type PhrasingHandlers = { [K in PhrasingContent['type']]?: Handler<Extract<PhrasingContent, { type: K }>> };

/** Text directives for inline nodes Markdown has no syntax for. */
const textDirectives: Record<string, { attributes: string[]; build: (children: Draft[], attributes: Record<string, string>) => Draft }> = {
  span: { attributes: ['lang', 'dir'], build: (children, a) => compact({ type: 'span', lang: a.lang, dir: a.dir, children }) },
  abbr: { attributes: ['title'], build: (children, a) => ({ type: 'abbr', title: a.title, children }) },
  q: { attributes: ['lang'], build: (children, a) => compact({ type: 'quote', lang: a.lang, children }) },
  sub: { attributes: [], build: (children) => ({ type: 'sub', children }) },
  sup: { attributes: [], build: (children) => ({ type: 'sup', children }) },
  time: { attributes: ['datetime'], build: (children, a) => ({ type: 'time', datetime: a.datetime, children }) },
};

function textDirective(state: ConvertState, node: TextDirective, path: Path): Draft | undefined {
  if (state.directiveNames.has(node.name)) return extensionDirective(state, node, path, node.children.length > 0 ? node.children : undefined, []);
  const spec = textDirectives[node.name];
  if (!spec) {
    // `Note:This` parses as a directive; with nothing attached it was prose.
    if (node.children.length === 0 && Object.keys(node.attributes ?? {}).length === 0) return { type: 'text', value: `:${node.name}` };
    const names = Object.keys(textDirectives)
      .map((name) => `\`:${name}\``)
      .join(', ');
    state.fail(node, path, 'unknown_directive', `Unknown inline directive \`:${node.name}\`; use one of ${names}`);
    return undefined;
  }
  // `:abbr[EU]{title="…}`: the label parsed, the attributes did not, and stay behind as text.
  const end = node.position?.end;
  if (end && state.lines[end.line - 1]?.[end.column - 1] === '{') {
    const line = state.lines[end.line - 1]!;
    state.fail(node, path, 'malformed_directive', malformedInlineDirective(line.slice(node.position!.start.column - 1)) ?? `\`:${node.name}\` starts like a directive but does not parse`);
    return undefined;
  }
  const attributes = readAttributes(state, node, path, spec.attributes);
  return spec.build(convertInline(state, node.children, [...path, 'children']), attributes);
}

const unsupported =
  (what: string, instead: string): Handler<PhrasingContent> =>
  (state, node, path) => {
    state.fail(node, path, 'unsupported_markdown', `${what} is not supported in the body; ${instead}`);
    return undefined;
  };

const handlers: PhrasingHandlers = {
  // Soft line breaks inside a paragraph are spaces in the model.
  text: (state, node, path) => {
    const malformed = malformedInlineDirective(node.value);
    if (malformed) state.fail(node, path, 'malformed_directive', malformed);
    return { type: 'text', value: node.value.replace(/[ \t]*\r?\n[ \t]*/g, ' ') };
  },
  emphasis: (state, node, path) => ({ type: 'emphasis', children: convertInline(state, node.children, [...path, 'children']) }),
  strong: (state, node, path) => ({ type: 'strong', children: convertInline(state, node.children, [...path, 'children']) }),
  inlineCode: (_, node) => ({ type: 'code', value: node.value }),
  break: () => ({ type: 'break' }),
  link: (state, node, path) => compact({ type: 'link', url: node.url, title: node.title ?? undefined, children: convertInline(state, node.children, [...path, 'children']) }),
  linkReference: (state, node, path) => {
    const definition = state.definitions.get(node.identifier);
    if (!definition) {
      state.fail(node, path, 'undefined_reference', `Link reference \`[${node.label ?? node.identifier}]\` has no definition; add \`[${node.label ?? node.identifier}]: https://…\``);
      return undefined;
    }
    return compact({ type: 'link', url: definition.url, title: definition.title ?? undefined, children: convertInline(state, node.children, [...path, 'children']) });
  },
  textDirective,
  html: unsupported('Inline HTML', 'use a directive such as `:abbr[…]{title="…"}` or `:span[…]{lang=…}`'),
  image: unsupported('A Markdown image', 'use `::image[caption]{src="…" alt="…" width=… height=…}` on its own line'),
  imageReference: unsupported('A Markdown image', 'use `::image[caption]{src="…" alt="…" width=… height=…}` on its own line'),
  delete: unsupported('Strikethrough', 'publish a correction instead of striking text'),
  footnoteReference: unsupported('A footnote', 'use a link or a fact box'),
};

/** Convert phrasing content to inline drafts, recording positions. */
export function convertInline(state: ConvertState, nodes: readonly PhrasingContent[], path: Path): Draft[] {
  const out: Draft[] = [];
  for (const node of nodes) {
    const nodePath = [...path, out.length];
    const handler = handlers[node.type] as Handler<PhrasingContent> | undefined;
    const draft = handler ? handler(state, node, nodePath) : (state.fail(node, nodePath, 'unsupported_markdown', `Markdown \`${node.type}\` is not supported here`), undefined);
    if (!draft) continue;
    state.mark(node, nodePath);
    // Merge adjacent text so "a", ":x" restored from directives read as one node.
    const previous = out[out.length - 1];
    if (draft.type === 'text' && previous?.type === 'text') previous.value = String(previous.value) + String(draft.value);
    else out.push(draft);
  }
  return out;
}
