import type { BlockContent, PhrasingContent } from 'mdast';
import type { ContainerDirective, LeafDirective } from 'mdast-util-directive';
import { toString } from 'mdast-util-to-string';
import { booleanAttribute, compact, numberAttribute, readAttributes } from './attributes.js';
import { convertBlocks, convertQuote, convertTable } from './blocks.js';
import { convertInline } from './inline.js';
import type { ConvertState, Draft, Path } from './state.js';
import { parseSrcsetCandidates } from '../srcset.js';
import { languageName } from '../../model/language-tags.js';

type BlockDirective = LeafDirective | ContainerDirective;
type Handler = (state: ConvertState, node: BlockDirective, path: Path) => Draft | undefined;

/** The `[label]` of a directive: a leaf's children, or a container's label paragraph. */
export function labelOf(node: BlockDirective): PhrasingContent[] | undefined {
  if (node.type === 'leafDirective') return node.children.length > 0 ? node.children : undefined;
  const first = node.children[0];
  return first?.type === 'paragraph' && first.data?.directiveLabel ? first.children : undefined;
}

/** A container's blocks without its label paragraph. */
export function contentOf(node: BlockDirective): BlockContent[] {
  if (node.type === 'leafDirective') return [];
  const first = node.children[0];
  return (first?.type === 'paragraph' && first.data?.directiveLabel ? node.children.slice(1) : node.children) as BlockContent[];
}

/** The label as plain text (`:::gallery[Title]`), for fields that hold a string. */
function labelText(node: BlockDirective): string | undefined {
  const nodes = labelOf(node);
  return nodes && toString({ type: 'paragraph', children: nodes });
}

function label(state: ConvertState, node: BlockDirective, path: Path): Draft[] | undefined {
  const nodes = labelOf(node);
  return nodes && convertInline(state, nodes, path);
}

/** Text written inside a container (a transcript), as plain text with paragraph breaks. */
function plainContent(node: BlockDirective): string | undefined {
  const text = contentOf(node)
    .map((child) => toString(child))
    .join('\n\n')
    .trim();
  return text || undefined;
}

/** `src 480w, src 960w` as srcset entries (a comma inside a URL, as CDNs write them, is kept). */
function parseSrcset(value: string | undefined): Draft[] | undefined {
  return value === undefined ? undefined : parseSrcsetCandidates(value).map(({ url, descriptor = '' }) => ({ src: url, width: numberAttribute(descriptor.replace(/w$/, '')) }));
}

const imageAttributes = ['src', 'alt', 'width', 'height', 'credit', 'decorative', 'srcset'];
const image: Handler = (state, node, path) => {
  const a = readAttributes(state, node, path, imageAttributes);
  const content = contentOf(node);
  const longDescription = content[0]?.type === 'paragraph' ? convertInline(state, content[0].children, [...path, 'longDescription']) : undefined;
  const decorative = booleanAttribute(a.decorative);
  return compact({
    type: 'image',
    src: a.src,
    alt: a.alt ?? (decorative ? '' : undefined),
    width: numberAttribute(a.width),
    height: numberAttribute(a.height),
    decorative,
    caption: label(state, node, [...path, 'caption']),
    credit: a.credit,
    longDescription,
    srcset: parseSrcset(a.srcset),
  });
};

const videoAttributes = [
  'title',
  'src',
  'type',
  'youtube',
  'width',
  'height',
  'poster',
  'poster-width',
  'poster-height',
  'duration',
  'captions',
  'captions-lang',
  'captions-label',
  'captions-kind',
  'transcript',
  'audio-description',
  'credit',
];
const video: Handler = (state, node, path) => {
  const a = readAttributes(state, node, path, videoAttributes);
  const width = numberAttribute(a.width);
  const height = numberAttribute(a.height);
  const captionsLang = a['captions-lang'] ?? state.language;
  const transcriptText = plainContent(node);
  return compact({
    type: 'video',
    title: a.title,
    width,
    height,
    sources: a.src === undefined ? undefined : [{ src: a.src, type: a.type ?? 'video/mp4' }],
    youtubeId: a.youtube,
    poster: a.poster === undefined ? undefined : { src: a.poster, width: numberAttribute(a['poster-width']) ?? width, height: numberAttribute(a['poster-height']) ?? height },
    duration: a.duration,
    captions:
      a.captions === undefined
        ? undefined
        : [{ src: a.captions, srclang: captionsLang, label: a['captions-label'] ?? languageName(state.language, captionsLang), kind: a['captions-kind'] ?? 'captions' }],
    transcript: a.transcript === undefined && transcriptText === undefined ? undefined : compact({ url: a.transcript, text: transcriptText }),
    audioDescription: a['audio-description'],
    caption: label(state, node, [...path, 'caption']),
    credit: a.credit,
  });
};

const audio: Handler = (state, node, path) => {
  const a = readAttributes(state, node, path, ['title', 'src', 'type', 'duration', 'transcript', 'credit']);
  const transcriptText = plainContent(node);
  return compact({
    type: 'audio',
    title: a.title,
    src: a.src,
    mimeType: a.type,
    duration: a.duration,
    transcript: a.transcript === undefined && transcriptText === undefined ? undefined : compact({ url: a.transcript, text: transcriptText }),
    caption: label(state, node, [...path, 'caption']),
    credit: a.credit,
  });
};

const embed: Handler = (state, node, path) => {
  const a = readAttributes(state, node, path, ['provider', 'url', 'title', 'width', 'height']);
  // Without a label the fallback is a link to the embedded page, named by its title.
  const fallback = label(state, node, [...path, 'fallback']) ?? [{ type: 'link', url: a.url, children: [{ type: 'text', value: a.title ?? a.url ?? '' }] }];
  return compact({ type: 'embed', provider: a.provider, url: a.url, title: a.title, width: numberAttribute(a.width), height: numberAttribute(a.height), fallback });
};

const related: Handler = (state, node, path) => {
  const a = readAttributes(state, node, path, ['url', 'headline', 'label']);
  return compact({ type: 'relatedLink', url: a.url, headline: a.headline ?? labelText(node), label: a.label });
};

const factbox: Handler = (state, node, path) => {
  const a = readAttributes(state, node, path, ['title']);
  return { type: 'factbox', title: a.title ?? labelText(node), children: convertBlocks(state, contentOf(node), [...path, 'children']) };
};

const pullquote: Handler = (state, node, path) => {
  const a = readAttributes(state, node, path, ['attribution']);
  const content = contentOf(node);
  if (content.length !== 1 || content[0]?.type !== 'paragraph') {
    state.fail(node, path, 'invalid_pullquote', 'A pull quote holds exactly one paragraph');
    return undefined;
  }
  return compact({
    type: 'pullquote',
    children: convertInline(state, content[0].children, [...path, 'children']),
    attribution: a.attribution === undefined ? undefined : [{ type: 'text', value: a.attribution }],
  });
};

const quote: Handler = (state, node, path) => {
  const a = readAttributes(state, node, path, ['cite']);
  return convertQuote(state, contentOf(node), path, a.cite);
};

const gallery: Handler = (state, node, path) => {
  const a = readAttributes(state, node, path, ['title']);
  const images: Draft[] = [];
  for (const child of contentOf(node)) {
    const imagePath = [...path, 'images', images.length];
    if ((child.type === 'leafDirective' || child.type === 'containerDirective') && child.name === 'image') {
      const draft = image(state, child, imagePath);
      if (draft) {
        state.mark(child, imagePath);
        images.push(draft);
      }
    } else {
      state.fail(child, imagePath, 'invalid_gallery', 'A gallery holds only `::image{…}` lines (or `:::image` containers with a long description)');
    }
  }
  return compact({ type: 'gallery', title: a.title ?? labelText(node), images });
};

const table: Handler = (state, node, path) => {
  const a = readAttributes(state, node, path, ['rowheaders']);
  const content = contentOf(node);
  if (content.length !== 1 || content[0]?.type !== 'table') {
    state.fail(node, path, 'invalid_table', '`:::table[Caption]` holds exactly one Markdown table');
    return undefined;
  }
  return convertTable(state, content[0], path, label(state, node, [...path, 'caption']), booleanAttribute(a.rowheaders));
};

/** Block directives, by name: the blocks Markdown has no syntax for. */
export const directiveHandlers: Record<string, Handler> = { image, gallery, video, audio, embed, related, factbox, pullquote, quote, table };
export const directiveNames = Object.keys(directiveHandlers);
