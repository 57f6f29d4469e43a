import { toText } from 'hast-util-to-text';
import type { Element, Root } from 'hast';
import { linksTo } from '../../../model/inline-text.js';
import type { Block } from '../../../model/types.js';
import type { TextHandler, TextHandlers } from '../options.js';
import type { TextState, TextUnit } from '../state.js';
import { htmlToTree } from '../../hast/sanitize.js';
import { youtubeWatchUrl } from './youtube.js';
import { captionUnits, mediaLine, transcriptUnits } from './media.js';

const paragraph: TextHandler<'paragraph'> = (state, node) => [{ text: state.inline(node.children) }];

/** Headings stand on their own line with two blank lines before (no underlines). */
const heading: TextHandler<'heading'> = (state, node) => [{ text: state.inline(node.children), before: 2 }];

/** Indent every unit of an item; the first gets the marker. */
function item(state: TextState, blocks: readonly Block[], parent: Block, marker: string): TextUnit[] {
  const pad = ' '.repeat(marker.length);
  return state.all(blocks, parent).map((unit, index) => ({
    ...unit,
    before: index === 0 ? 0 : (unit.before ?? 1),
    prefix: index === 0 ? marker + (unit.prefix ?? unit.indent ?? '') : pad + (unit.prefix ?? unit.indent ?? ''),
    indent: pad + (unit.indent ?? ''),
  }));
}

/** `- ` and `1. ` markers; nested lists indent under their item. */
const list: TextHandler<'list'> = (state, node) => {
  const start = node.start ?? 1;
  const units = node.items.flatMap((blocks, index) => item(state, blocks, node, node.ordered ? `${start + index}. ` : '- '));
  if (units[0]) units[0] = { ...units[0], before: 1 };
  return units;
};

/** Quotes are indented, with their attribution after them. */
const blockquote: TextHandler<'blockquote'> = (state, node) => {
  const units: TextUnit[] = state.all(node.children, node).map((unit) => ({ ...unit, prefix: `  ${unit.prefix ?? unit.indent ?? ''}`, indent: `  ${unit.indent ?? ''}` }));
  if (node.attribution?.length) units.push({ text: `— ${state.inline(node.attribution)}`, before: 0, indent: '  ' });
  return units;
};

/** Pull quotes repeat the body, so plain text leaves them out. */
const pullquote: TextHandler<'pullquote'> = () => [];

/** "Image: <alt>. <caption> (Credit: …)"; decorative images are left out. */
const image: TextHandler<'image'> = (state, node) => {
  if (node.decorative) return [];
  const { labels } = state.settings;
  const alt = node.alt.trim().replace(/[.!?]?$/, (end) => end || '.');
  const caption = node.caption?.length ? ` ${state.inline(node.caption)}` : '';
  const credit = node.credit ? ` (${labels.credit}: ${node.credit})` : '';
  const units: TextUnit[] = [{ text: `${labels.image}: ${alt}${caption}${credit}` }];
  if (node.longDescription?.length) units.push({ text: `${labels.imageDescription}: ${state.inline(node.longDescription)}`, before: 0 });
  return units;
};

const gallery: TextHandler<'gallery'> = (state, node) => [...(node.title ? [{ text: node.title }] : []), ...state.all(node.images, node)];

const video: TextHandler<'video'> = (state, node) => [
  mediaLine(state, 'video', node.title, node.youtubeId ? youtubeWatchUrl(node.youtubeId) : node.sources?.[0]?.src, node.duration),
  ...captionUnits(state, node.caption, node.credit),
  ...transcriptUnits(state, node.transcript),
  ...(node.audioDescription ? [{ text: state.link(`${node.title} (${state.settings.labels.audioDescribed})`, node.audioDescription), before: 0 }] : []),
];

const audio: TextHandler<'audio'> = (state, node) => [
  mediaLine(state, 'audio', node.title, node.src, node.duration),
  ...captionUnits(state, node.caption, node.credit),
  ...transcriptUnits(state, node.transcript),
];

/** An embed as its title and fallback; its page's URL is added unless the fallback links there. */
const embed: TextHandler<'embed'> = (state, node) => {
  const fallback = state.inline(node.fallback);
  const text = `${state.settings.labels.embed}: ${node.title}. ${fallback}`;
  return [{ text: linksTo(node.fallback, node.url) ? text : state.link(text, node.url) }];
};

const relatedLink: TextHandler<'relatedLink'> = (state, node) => [{ text: `${node.label ?? state.settings.labels.readMore}: ${state.link(node.headline, node.url)}` }];

/** Tables read row by row as sentences ("Phase: Levee removal. Cost: £18m."), never as a grid. */
const table: TextHandler<'table'> = (state, node) => {
  const names = node.head[0]?.map((cell) => state.inline(cell).trim()) ?? [];
  const sentence = (text: string) => (/[.!?:]$/.test(text) ? text : `${text}.`);
  const rows = node.body.map((cells) => ({
    text: cells
      .map((cell, index) => {
        const value = state.inline(cell).trim();
        const name = names[index];
        return sentence(name ? `${name}: ${value}` : value);
      })
      .join(' '),
    before: 0,
    prefix: '- ',
    indent: '  ',
  }));
  return [{ text: `${state.settings.labels.table}: ${state.inline(node.caption)}` }, ...rows];
};

const factbox: TextHandler<'factbox'> = (state, node) => [{ text: node.title, before: 2 }, ...state.all(node.children, node)];

/** A divider is an extra blank line: no rule of symbols for a screen reader to spell out. */
const divider: TextHandler<'divider'> = () => [{ text: '', before: 1 }];

const code: TextHandler<'code'> = (_, node) => [{ text: node.value, verbatim: true }];

/** Raw HTML as its text content: images as their alt text, scripts dropped and link URLs kept. */
const html: TextHandler<'html'> = (state, node) => {
  const tree = htmlToTree(node.value);
  const visit = (parent: Root | Element) => {
    parent.children = parent.children.map((child) => {
      if (child.type !== 'element') return child;
      if (child.tagName === 'img') return { type: 'text', value: typeof child.properties.alt === 'string' ? child.properties.alt : '' };
      visit(child);
      const href = child.properties.href;
      if (child.tagName === 'a' && typeof href === 'string' && /^(https?:|mailto:|tel:|\/)/.test(href)) {
        return { type: 'text', value: state.link(toText(child), href) };
      }
      return child;
    });
  };
  visit(tree);
  return toText(tree)
    .split(/\n\s*\n/)
    .map((text) => text.trim())
    .filter(Boolean)
    .map((text) => ({ text }));
};

/** One handler per block type: the text renderer's defaults. */
export const textHandlers: TextHandlers = { paragraph, heading, list, blockquote, pullquote, image, gallery, video, audio, embed, relatedLink, table, factbox, divider, code, html };
