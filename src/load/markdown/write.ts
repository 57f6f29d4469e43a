import { isExtensionType } from '../../model/extensions.js';
import type { Article } from '../../model/types.js';
import type { BlockContent, Paragraph, PhrasingContent, Root, Table } from 'mdast';
import { directiveToMarkdown, type ContainerDirective, type LeafDirective, type TextDirective } from 'mdast-util-directive';
import { gfmToMarkdown } from 'mdast-util-gfm';
import { toMarkdown, type ConstructName, type Options, type Unsafe } from 'mdast-util-to-markdown';
import { stringify } from 'yaml';
import { formatPath } from '../../model/path.js';
import { readMarkdownDraft } from './parse.js';
import { firstDifference, normalizeDraft } from './write-compare.js';

type Value = Record<string, unknown>;
type Nodes = readonly Value[];
type Attributes = Record<string, string | number | boolean | undefined>;

/** A value the Markdown form cannot carry, at its path in the article. */
export interface MarkdownWriteIssue {
  /** Where in the article (`body.3.sources`). */
  path: string;
  message: string;
}

/** The article holds something its Markdown form cannot say: write the JSON form instead. */
export class MarkdownWriteError extends Error {
  override readonly name = 'MarkdownWriteError';
  constructor(readonly issues: readonly MarkdownWriteIssue[]) {
    super(`Cannot write this article as Markdown without losing content (use the JSON form):\n${issues.map((issue) => `  ${issue.path}: ${issue.message}`).join('\n')}`);
  }
}

// Block directive labels are phrasing, but mdast-util-directive does not enter the
// `phrasing` construct for them, so the escapes that apply in a paragraph are repeated here.
const labels: ConstructName[] = ['leafDirectiveLabel', 'containerDirectiveLabel'];
const labelUnsafe: Unsafe[] = [
  { character: '&', after: '[#A-Za-z]', inConstruct: labels },
  { character: '<', after: '[!/?A-Za-z]', inConstruct: labels },
  { character: '!', after: '\\[', inConstruct: labels },
  { character: '(', before: '\\]', inConstruct: labels },
  { character: ':', before: '[^:]', after: '[^\\s\\p{P}\\p{S}]', unicode: true, inConstruct: labels },
  ...['*', '_', '`', '[', ']', '~'].map((character) => ({ character, inConstruct: labels })),
  // Text right after an inline directive must not read as its `{attributes}`.
  { character: '{', before: '[\\]}]', inConstruct: ['phrasing', ...labels] },
];

const markdownOptions: Options = {
  unsafe: labelUnsafe,
  bullet: '-',
  emphasis: '*',
  strong: '*',
  fence: '`',
  rule: '*',
  listItemIndent: 'one',
  extensions: [directiveToMarkdown(), gfmToMarkdown()],
};

/** Attributes without the undefined and false ones; `true` becomes a bare attribute. */
function attributes(values: Attributes): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(values)) {
    if (value === undefined || value === false) continue;
    out[name] = value === true ? '' : String(value);
  }
  return out;
}

const text = (value: string): PhrasingContent => ({ type: 'text', value });
const textDirective = (name: string, children: Nodes, values: Attributes = {}): TextDirective => ({ type: 'textDirective', name, attributes: attributes(values), children: inline(children) });

/** Inline model nodes as mdast phrasing content. */
function inline(nodes: Nodes | undefined): PhrasingContent[] {
  return (nodes ?? []).map((node): PhrasingContent => {
    const children = node.children as Nodes;
    switch (node.type) {
      case 'text':
        return text(String(node.value));
      case 'emphasis':
        return { type: 'emphasis', children: inline(children) };
      case 'strong':
        return { type: 'strong', children: inline(children) };
      case 'code':
        return { type: 'inlineCode', value: String(node.value) };
      case 'break':
        return { type: 'break' };
      case 'link':
        return { type: 'link', url: String(node.url), title: (node.title as string | undefined) ?? null, children: inline(children) };
      case 'quote':
        return textDirective('q', children, { lang: node.lang as string | undefined });
      case 'abbr':
        return textDirective('abbr', children, { title: node.title as string });
      case 'span':
        return textDirective('span', children, { lang: node.lang as string, dir: node.dir as string | undefined });
      case 'time':
        return textDirective('time', children, { datetime: node.datetime as string });
      default:
        // sub, sup, and anything unknown (the comparison after writing reports it).
        return textDirective(String(node.type), children);
    }
  });
}

const paragraph = (nodes: Nodes | undefined): Paragraph => ({ type: 'paragraph', children: inline(nodes) });
const label = (nodes: Nodes | undefined): Paragraph[] => (nodes === undefined ? [] : [{ ...paragraph(nodes), data: { directiveLabel: true } }]);

function leafOrContainer(name: string, caption: Nodes | undefined, values: Attributes, content: BlockContent[]): LeafDirective | ContainerDirective {
  if (content.length === 0) return { type: 'leafDirective', name, attributes: attributes(values), children: inline(caption) };
  return { type: 'containerDirective', name, attributes: attributes(values), children: [...label(caption), ...content] };
}

/** A transcript's text as the paragraphs of a container. */
const plainParagraphs = (value: unknown): Paragraph[] =>
  typeof value === 'string'
    ? value
        .split(/\n{2,}/)
        .filter((part) => part.trim())
        .map((part) => paragraph([{ type: 'text', value: part }]))
    : [];

function imageAttributes(image: Value): Attributes {
  const srcset = image.srcset as Array<{ src: string; width: number }> | undefined;
  return {
    src: image.src as string,
    alt: image.decorative === true && image.alt === '' ? undefined : (image.alt as string | undefined),
    width: image.width as number | undefined,
    height: image.height as number | undefined,
    credit: image.credit as string | undefined,
    decorative: image.decorative === true,
    srcset: srcset?.map((entry) => `${entry.src} ${entry.width}w`).join(', '),
  };
}

const image = (node: Value) => leafOrContainer('image', node.caption as Nodes | undefined, imageAttributes(node), node.longDescription ? [paragraph(node.longDescription as Nodes)] : []);

function video(node: Value): LeafDirective | ContainerDirective {
  const [source] = (node.sources as Value[] | undefined) ?? [];
  const [track] = (node.captions as Value[] | undefined) ?? [];
  const poster = node.poster as Value | undefined;
  const transcript = node.transcript as Value | undefined;
  const values: Attributes = {
    title: node.title as string,
    src: source?.src as string | undefined,
    type: source?.type as string | undefined,
    youtube: node.youtubeId as string | undefined,
    width: node.width as number | undefined,
    height: node.height as number | undefined,
    poster: poster?.src as string | undefined,
    'poster-width': poster?.width as number | undefined,
    'poster-height': poster?.height as number | undefined,
    duration: node.duration as string | undefined,
    captions: track?.src as string | undefined,
    'captions-lang': track?.srclang as string | undefined,
    'captions-label': track?.label as string | undefined,
    'captions-kind': track?.kind as string | undefined,
    transcript: transcript?.url as string | undefined,
    'audio-description': node.audioDescription as string | undefined,
    credit: node.credit as string | undefined,
  };
  return leafOrContainer('video', node.caption as Nodes | undefined, values, plainParagraphs(transcript?.text));
}

function audio(node: Value): LeafDirective | ContainerDirective {
  const transcript = node.transcript as Value | undefined;
  const values: Attributes = {
    title: node.title as string,
    src: node.src as string,
    type: node.mimeType as string | undefined,
    duration: node.duration as string | undefined,
    transcript: transcript?.url as string | undefined,
    credit: node.credit as string | undefined,
  };
  return leafOrContainer('audio', node.caption as Nodes | undefined, values, plainParagraphs(transcript?.text));
}

function table(node: Value): ContainerDirective {
  const rows = [...((node.head as Nodes[] | undefined) ?? []), ...((node.body as Nodes[] | undefined) ?? [])];
  const gfm: Table = {
    type: 'table',
    children: rows.map((row) => ({ type: 'tableRow', children: row.map((cell) => ({ type: 'tableCell', children: inline(cell as unknown as Nodes) })) })),
  };
  return { type: 'containerDirective', name: 'table', attributes: attributes({ rowheaders: node.rowHeaders === true }), children: [...label(node.caption as Nodes), gfm] };
}

/** Model blocks as mdast block content. */
function blocks(nodes: Nodes | undefined): BlockContent[] {
  return (nodes ?? []).map((node): BlockContent => {
    const children = node.children as Nodes;
    switch (node.type) {
      case 'paragraph':
        return paragraph(children);
      case 'heading':
        return { type: 'heading', depth: node.level as 2 | 3 | 4, children: inline(children) };
      case 'list':
        return {
          type: 'list',
          ordered: node.ordered === true,
          start: (node.start as number | undefined) ?? null,
          spread: false,
          children: (node.items as Nodes[]).map((item) => ({ type: 'listItem', spread: false, children: blocks(item) })),
        };
      case 'blockquote': {
        const body = blocks(children);
        if (node.attribution) body.push(paragraph([{ type: 'text', value: '— ' }, ...(node.attribution as Nodes)]));
        if (node.cite === undefined) return { type: 'blockquote', children: body };
        return { type: 'containerDirective', name: 'quote', attributes: attributes({ cite: node.cite as string }), children: body };
      }
      case 'pullquote': {
        const attribution = node.attribution as Nodes | undefined;
        const value = attribution?.map((part) => (typeof part.value === 'string' ? part.value : '')).join('');
        return { type: 'containerDirective', name: 'pullquote', attributes: attributes({ attribution: value }), children: [paragraph(children)] };
      }
      case 'image':
        return image(node);
      case 'gallery':
        return { type: 'containerDirective', name: 'gallery', attributes: attributes({ title: node.title as string | undefined }), children: (node.images as Nodes).map(image) };
      case 'video':
        return video(node);
      case 'audio':
        return audio(node);
      case 'embed':
        return leafOrContainer(
          'embed',
          node.fallback as Nodes,
          { provider: node.provider as string, url: node.url as string, title: node.title as string, width: node.width as number, height: node.height as number },
          [],
        );
      case 'relatedLink':
        return {
          type: 'leafDirective',
          name: 'related',
          attributes: attributes({ url: node.url as string, headline: node.headline as string, label: node.label as string | undefined }),
          children: [],
        };
      case 'table':
        return table(node);
      case 'factbox':
        return { type: 'containerDirective', name: 'factbox', attributes: attributes({ title: node.title as string }), children: blocks(children) };
      case 'divider':
        return { type: 'thematicBreak' };
      case 'code':
        return { type: 'code', lang: (node.language as string | undefined) ?? null, value: String(node.value) };
      case 'html':
        return { type: 'html', value: String(node.value) };
      default:
        return { type: 'leafDirective', name: String(node.type), children: [] };
    }
  });
}

/** One line of inline Markdown, for front-matter fields that hold inline content. */
function inlineField(nodes: unknown): unknown {
  if (!Array.isArray(nodes)) return nodes;
  return toMarkdown(paragraph(nodes as Nodes), markdownOptions).trimEnd();
}

function frontMatter(article: Value): string {
  const { body: _body, ...fields } = article;
  const data: Value = { ...fields };
  if ('dek' in data) data.dek = inlineField(data.dek);
  if (Array.isArray(data.corrections)) data.corrections = (data.corrections as Value[]).map((entry) => ({ ...entry, text: inlineField(entry.text) }));
  if (data.lead && typeof data.lead === 'object') {
    const lead = { ...(data.lead as Value) };
    for (const key of ['caption', 'longDescription']) if (key in lead) lead[key] = inlineField(lead[key]);
    data.lead = lead;
  }
  return stringify(data, { schema: 'core', lineWidth: 0 });
}

/** What the Markdown form cannot hold, found before writing: tables whose header is not one row (GFM has exactly one), extension nodes. */
function unwritable(value: unknown, path: Array<string | number>): MarkdownWriteIssue[] {
  if (Array.isArray(value)) return value.flatMap((item, index) => unwritable(item, [...path, index]));
  if (!value || typeof value !== 'object') return [];
  const node = value as Value;
  const own =
    node.type === 'table' && Array.isArray(node.head) && node.head.length !== 1
      ? [{ path: formatPath([...path, 'head']), message: `A Markdown table has exactly one header row; this one has ${node.head.length}` }]
      : isExtensionType(node.type)
        ? [{ path: formatPath(path), message: `\`${node.type}\` is an extension type: the Markdown writer does not write extension nodes (their directive form is the extension's own)` }]
        : [];
  return [...own, ...Object.entries(node).flatMap(([key, child]) => (typeof child === 'object' ? unwritable(child, [...path, key]) : []))];
}

/**
 * Write an article (valid or a draft) as Markdown with YAML front matter,
 * the form `parseMarkdownArticle` reads. The output is read back and compared
 * with the input, so nothing is lost silently.
 *
 * @throws {MarkdownWriteError} naming each value the Markdown form cannot carry
 * (a second video source, an embed's `html`, a heading `id`…); write the JSON form instead.
 */
export function writeMarkdownArticle(input: Article | Readonly<Record<string, unknown>>): string {
  const article = input as Readonly<Record<string, unknown>>;
  const body: Root = { type: 'root', children: blocks(article.body as Nodes | undefined) };
  const markdown = `---\n${frontMatter(article)}---\n\n${toMarkdown(body, markdownOptions)}`;
  const problems = unwritable(article.body, ['body']);
  if (problems.length > 0) throw new MarkdownWriteError(problems);
  const read = readMarkdownDraft(markdown);
  const issues: MarkdownWriteIssue[] = read.issues.map((issue) => ({ path: issue.path, message: issue.message }));
  if (read.draft && issues.length === 0) {
    const difference = firstDifference(normalizeDraft(article), normalizeDraft(read.draft));
    if (difference) issues.push({ path: formatPath(difference.path), message: difference.message });
  }
  if (issues.length > 0) throw new MarkdownWriteError(issues);
  return markdown;
}
