import { readFileSync } from 'node:fs';
import { parseMarkdownArticle, type Article, type Block, type Inline } from '../src/index.js';

/**
 * The benchmark article: the source story's shape — lead video, 16
 * paragraphs with quotes and three links, one image, one related link —
 * and a version with ten times the body.
 */
export function benchArticle(repeat: number): Article {
  const story = parseMarkdownArticle(readFileSync(new URL('../content/hegseth-healey-eu-defense-spending.md', import.meta.url), 'utf8'));
  const paragraphs = story.body.filter((block): block is Extract<Block, { type: 'paragraph' }> => block.type === 'paragraph');
  const related = story.body.find((block) => block.type === 'relatedLink')!;
  const sixteen = [...paragraphs, ...paragraphs].slice(0, 16).map((paragraph, index): Block => {
    if (index % 5 !== 2) return paragraph;
    const link: Inline = { type: 'link', url: `https://news.example.com/world/related-${index}`, children: [{ type: 'text', value: 'earlier reporting' }] };
    return { type: 'paragraph', children: [...paragraph.children, { type: 'text', value: ' See ' }, link, { type: 'text', value: '.' }] };
  });
  const image: Block = {
    type: 'image',
    src: 'https://media.example.com/images/pentagon.jpg',
    alt: 'The Pentagon seen from the air',
    width: 1200,
    height: 800,
    caption: [{ type: 'text', value: 'The meeting took place at the Pentagon.' }],
    credit: 'Wire photo',
  };
  const once = [...sixteen.slice(0, 3), related, ...sixteen.slice(3, 6), image, ...sixteen.slice(6)];
  return { ...story, body: Array.from({ length: repeat }, () => once).flat() };
}

export const small = benchArticle(1);
export const large = benchArticle(10);

export const escapeHtml = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Inline nodes as plain text with link URLs: what the simple peers need. */
export function inlineToText(nodes: readonly Inline[]): string {
  return nodes.map((node) => (node.type === 'link' ? `${inlineToText(node.children)} <${node.url}>` : 'value' in node ? node.value : 'children' in node ? inlineToText(node.children) : ' ')).join('');
}

/** The article as Markdown, for the remark → rehype pipeline. */
export function toMarkdown(article: Article): string {
  const inline = (nodes: readonly Inline[]): string =>
    nodes.map((node) => (node.type === 'link' ? `[${inline(node.children)}](${node.url})` : 'value' in node ? node.value : 'children' in node ? inline(node.children) : '')).join('');
  const blocks = article.body.map((block) => {
    if (block.type === 'paragraph') return inline(block.children);
    if (block.type === 'image') return `![${block.alt}](${block.src})\n\n*${inlineToText(block.caption ?? [])}* (${block.credit})`;
    if (block.type === 'relatedLink') return `**Read more:** [${block.headline}](${block.url})`;
    return '';
  });
  const lead = article.lead?.type === 'video' ? `<video controls src="${article.lead.sources?.[0]?.src}"><track kind="captions" src="${article.lead.captions?.[0]?.src}"></video>` : '';
  return [`# ${article.headline}`, inline(article.dek ?? []), `Published ${article.published}`, lead, ...blocks].join('\n\n');
}
