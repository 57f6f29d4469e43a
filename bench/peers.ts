import { toHTML as portableTextToHtml } from '@portabletext/to-html';
import { convert as htmlToText } from 'html-to-text';
import { createElement as e, type ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import type { Article, Block, Inline } from '../src/index.js';
import { escapeHtml, inlineToText, toMarkdown } from './fixtures.js';

// ——— Template literals: the practical limit, with escaping. ———
function templateInline(nodes: readonly Inline[]): string {
  let out = '';
  for (const node of nodes) {
    if (node.type === 'text') out += escapeHtml(node.value);
    else if (node.type === 'link') out += `<a href="${escapeHtml(node.url)}">${templateInline(node.children)}</a>`;
    else if ('children' in node) out += templateInline(node.children);
  }
  return out;
}
function templateBlock(block: Block): string {
  if (block.type === 'paragraph') return `<p>${templateInline(block.children)}</p>`;
  if (block.type === 'image')
    return `<figure><img src="${escapeHtml(block.src)}" alt="${escapeHtml(block.alt)}" width="${block.width}" height="${block.height}" loading="lazy"><figcaption>${templateInline(block.caption ?? [])} ${escapeHtml(block.credit ?? '')}</figcaption></figure>`;
  if (block.type === 'relatedLink') return `<aside><p>Read more: <a href="${escapeHtml(block.url)}">${escapeHtml(block.headline)}</a></p></aside>`;
  return '';
}
export function renderTemplate(article: Article): string {
  const lead =
    article.lead?.type === 'video'
      ? `<figure><video controls src="${escapeHtml(article.lead.sources?.[0]?.src ?? '')}"><track kind="captions" src="${escapeHtml(article.lead.captions?.[0]?.src ?? '')}"></video><figcaption>${escapeHtml(article.lead.title)}</figcaption></figure>`
      : '';
  return `<article><header><h1>${escapeHtml(article.headline)}</h1><p>${templateInline(article.dek ?? [])}</p><p>Published <time datetime="${article.published}">${article.published.slice(0, 10)}</time></p></header>${lead}<div>${article.body.map(templateBlock).join('')}</div></article>`;
}

// ——— React server rendering (run with NODE_ENV=production). ———
function reactInline(nodes: readonly Inline[]): ReactNode[] {
  return nodes.map((node, index) =>
    node.type === 'text'
      ? node.value
      : node.type === 'link'
        ? e('a', { key: index, href: node.url }, ...reactInline(node.children))
        : 'children' in node
          ? e('span', { key: index }, ...reactInline(node.children))
          : null,
  );
}
function ReactBlock({ block }: { block: Block }): ReactNode {
  if (block.type === 'paragraph') return e('p', null, ...reactInline(block.children));
  if (block.type === 'image')
    return e(
      'figure',
      null,
      e('img', { src: block.src, alt: block.alt, width: block.width, height: block.height, loading: 'lazy' }),
      e('figcaption', null, ...reactInline(block.caption ?? []), ' ', block.credit),
    );
  if (block.type === 'relatedLink') return e('aside', null, e('p', null, 'Read more: ', e('a', { href: block.url }, block.headline)));
  return null;
}
function ReactArticle({ article }: { article: Article }): ReactNode {
  const lead =
    article.lead?.type === 'video'
      ? e(
          'figure',
          null,
          e('video', { controls: true, src: article.lead.sources?.[0]?.src }, e('track', { kind: 'captions', src: article.lead.captions?.[0]?.src })),
          e('figcaption', null, article.lead.title),
        )
      : null;
  return e(
    'article',
    null,
    e(
      'header',
      null,
      e('h1', null, article.headline),
      e('p', null, ...reactInline(article.dek ?? [])),
      e('p', null, 'Published ', e('time', { dateTime: article.published }, article.published.slice(0, 10))),
    ),
    lead,
    e('div', null, ...article.body.map((block, index) => e(ReactBlock, { key: index, block }))),
  );
}
export const renderReact = (article: Article) => renderToStaticMarkup(e(ReactArticle, { article }));

// ——— Portable Text: the body as Portable Text blocks, the header as a template. ———
type PortableBlock = Record<string, unknown>;
export function toPortableText(article: Article): PortableBlock[] {
  return article.body.map((block, index) => {
    if (block.type === 'paragraph') {
      const markDefs: PortableBlock[] = [];
      const children = block.children.map((node, child) => {
        if (node.type === 'link') {
          markDefs.push({ _key: `l${child}`, _type: 'link', href: node.url });
          return { _type: 'span', _key: `s${child}`, text: inlineToText(node.children), marks: [`l${child}`] };
        }
        return { _type: 'span', _key: `s${child}`, text: 'value' in node ? node.value : '', marks: [] };
      });
      return { _type: 'block', _key: `b${index}`, style: 'normal', markDefs, children };
    }
    return { ...block, _type: block.type, _key: `b${index}` };
  });
}
const portableComponents = {
  types: {
    image: ({ value }: { value: Extract<Block, { type: 'image' }> }) =>
      `<figure><img src="${escapeHtml(value.src)}" alt="${escapeHtml(value.alt)}" width="${value.width}" height="${value.height}" loading="lazy"><figcaption>${escapeHtml(inlineToText(value.caption ?? []))} ${escapeHtml(value.credit ?? '')}</figcaption></figure>`,
    relatedLink: ({ value }: { value: Extract<Block, { type: 'relatedLink' }> }) => `<aside><p>Read more: <a href="${escapeHtml(value.url)}">${escapeHtml(value.headline)}</a></p></aside>`,
  },
};
export function renderPortableText(article: Article, blocks: PortableBlock[]): string {
  const lead =
    article.lead?.type === 'video'
      ? `<figure><video controls src="${escapeHtml(article.lead.sources?.[0]?.src ?? '')}"><track kind="captions" src="${escapeHtml(article.lead.captions?.[0]?.src ?? '')}"></video><figcaption>${escapeHtml(article.lead.title)}</figcaption></figure>`
      : '';
  return `<article><header><h1>${escapeHtml(article.headline)}</h1></header>${lead}<div>${portableTextToHtml(blocks as never, { components: portableComponents })}</div></article>`;
}

// ——— remark → rehype from Markdown. ———
const markdownProcessor = unified().use(remarkParse).use(remarkRehype, { allowDangerousHtml: true }).use(rehypeStringify, { allowDangerousHtml: true }).freeze();
export const renderRemark = (markdown: string) => String(markdownProcessor.processSync(markdown));
export { toMarkdown };

// ——— Plain text: html-to-text on rendered HTML, and a hand-written text renderer. ———
export const renderHtmlToText = (html: string) => htmlToText(html, { wordwrap: 78 });

function wrap(text: string, width: number): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.join('\n');
}
export function renderTextByHand(article: Article): string {
  const blocks = article.body.map((block) => {
    if (block.type === 'paragraph') return wrap(inlineToText(block.children), 78);
    if (block.type === 'image') return wrap(`Image: ${block.alt}. ${inlineToText(block.caption ?? [])} (${block.credit})`, 78);
    if (block.type === 'relatedLink') return wrap(`Read more: ${block.headline} <${block.url}>`, 78);
    return '';
  });
  const lead = article.lead?.type === 'video' ? wrap(`Video: ${article.lead.title} <${article.lead.sources?.[0]?.src}>`, 78) : '';
  return [wrap(article.headline, 78), wrap(inlineToText(article.dek ?? []), 78), `Published ${article.published.slice(0, 10)}`, lead, ...blocks].join('\n\n');
}
