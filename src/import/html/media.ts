import type { Element } from 'hast';
import { isLanguageTag, languageName } from '../../model/language-tags.js';
import { todoMarker } from '../types.js';
import { parseSrcsetCandidates } from '../../load/srcset.js';
import { cleanText, resolveUrl } from './inline.js';
import { attribute, descendants, pixels, type Draft, type ImportState, type Path } from './state.js';

/** What a caption gives a media block: the caption and a credit found in it. */
export interface Caption {
  caption?: Draft[];
  credit?: string;
  /** The caption as plain text, for a title when the element has none. */
  text?: string;
}

const sizeGap = (state: ImportState, path: Path, element: Element, what: string) =>
  state.report('gap', 'missing_size', `The ${what}’s pixel size is unknown: add \`width\` and \`height\` (they reserve its space on the page)`, [...path, 'width'], element);

function parseSrcset(state: ImportState, value: string | undefined): Draft[] | undefined {
  const entries = parseSrcsetCandidates(value ?? '')
    .map(({ url, descriptor }) => ({ src: resolveUrl(state, url, 'media'), width: /^\d+w$/.test(descriptor ?? '') ? Number.parseInt(descriptor!, 10) : 0 }))
    .filter((entry) => entry.src !== undefined && entry.width > 0);
  return entries.length > 0 ? entries : undefined;
}

/** The address and `srcset` of an `<img>` or `<picture>`; no `src` when it has no http(s) one. */
export function imageSource(state: ImportState, element: Element): { img: Element; src: string; srcset?: Draft[] } | undefined {
  const img = element.tagName === 'img' ? element : descendants(element, (node) => node.tagName === 'img')[0];
  if (!img) return undefined;
  const sources = element.tagName === 'picture' ? descendants(element, (node) => node.tagName === 'source') : [];
  const srcset = parseSrcset(state, attribute(img, 'srcSet') ?? sources.map((source) => attribute(source, 'srcSet')).find(Boolean));
  const src = resolveUrl(state, attribute(img, 'src'), 'media') ?? (srcset?.at(-1)?.src as string | undefined);
  return src ? { img, src, ...(srcset && { srcset }) } : undefined;
}

/** An `<img>` (or a `<picture>`'s) as an image block, with gaps for what it lacks. */
export function image(state: ImportState, element: Element, path: Path, caption: Caption = {}): Draft | undefined {
  const found = imageSource(state, element);
  if (!found) {
    const img = element.tagName === 'img' ? element : (descendants(element, (node) => node.tagName === 'img')[0] ?? element);
    const raw = attribute(img, 'src');
    state.report('notice', 'lost_element', `Image not imported: its address \`${(raw ?? '').slice(0, 40)}\` is not an http(s) URL (a data: URL or a script placeholder)`, undefined, img);
    return undefined;
  }
  const { img, src, srcset } = found;
  const draft: Draft = { type: 'image', src };
  const alt = img.properties.alt;
  if (alt === '' && !caption.caption) {
    draft.alt = '';
    draft.decorative = true;
  } else if (typeof alt === 'string' && cleanText(alt).trim()) {
    draft.alt = cleanText(alt).trim();
  } else {
    draft.alt = `${todoMarker}: describe this image`;
    state.report('gap', 'missing_alt', 'The image has no alt text: describe what it shows (or set `decorative: true` if it adds nothing)', [...path, 'alt'], img);
  }
  const width = pixels(img, 'width');
  const height = pixels(img, 'height');
  if (width && height) Object.assign(draft, { width, height });
  else sizeGap(state, path, img, 'image');
  if (caption.caption) draft.caption = caption.caption;
  if (caption.credit) draft.credit = caption.credit;
  if (srcset) draft.srcset = srcset;
  return draft;
}

const videoTypes: Record<string, string> = {
  mp4: 'video/mp4',
  m4v: 'video/mp4',
  webm: 'video/webm',
  ogv: 'video/ogg',
  ogg: 'video/ogg',
  mov: 'video/quicktime',
  m3u8: 'application/vnd.apple.mpegurl',
};
const audioTypes: Record<string, string> = { mp3: 'audio/mpeg', m4a: 'audio/mp4', aac: 'audio/aac', ogg: 'audio/ogg', oga: 'audio/ogg', opus: 'audio/ogg', wav: 'audio/wav', flac: 'audio/flac' };
const extension = (url: string) => /\.([a-z\d]+)(?:[?#]|$)/i.exec(new URL(url, 'https://x.invalid/').pathname)?.[1]?.toLowerCase() ?? '';

/** The playable files of a `<video>`/`<audio>`: its `src` and its `<source>` children. */
function mediaSources(state: ImportState, element: Element, types: Record<string, string>): Array<{ src: string; type?: string }> {
  const candidates = [element, ...element.children.filter((child): child is Element => child.type === 'element' && child.tagName === 'source')];
  return candidates.flatMap((candidate) => {
    const src = resolveUrl(state, attribute(candidate, 'src'), 'media');
    if (!src) return [];
    const type = attribute(candidate, 'type')?.split(';')[0] ?? types[extension(src)];
    return [type ? { src, type } : { src }];
  });
}

function title(state: ImportState, element: Element, path: Path, caption: Caption, what: string): string {
  const found = attribute(element, 'ariaLabel') ?? attribute(element, 'title') ?? caption.text;
  if (found) return cleanText(found).trim();
  state.report('gap', 'missing_title', `The ${what} has no title: write what it is (players and screen readers announce it)`, [...path, 'title'], element);
  return `${todoMarker}: name this ${what}`;
}

/** A `<video>` as a video block: sources, caption tracks and poster; gaps for missing captions. */
export function video(state: ImportState, element: Element, path: Path, language: string, caption: Caption = {}): Draft | undefined {
  const sources = mediaSources(state, element, videoTypes);
  if (sources.length === 0) {
    state.report('notice', 'lost_element', 'Video not imported: it has no http(s) source (it is probably loaded by a script)', undefined, element);
    return undefined;
  }
  const draft: Draft = { type: 'video', title: title(state, element, path, caption, 'video') };
  const width = pixels(element, 'width');
  const height = pixels(element, 'height');
  if (width && height) Object.assign(draft, { width, height });
  else sizeGap(state, path, element, 'video');
  draft.sources = sources;
  sources.forEach((source, index) => {
    if (!source.type) state.report('gap', 'missing_type', 'The video file’s type is unknown: add it (such as `video/mp4`)', [...path, 'sources', index, 'type'], element);
  });
  const poster = resolveUrl(state, attribute(element, 'poster'), 'media');
  if (poster && width && height) draft.poster = { src: poster, width, height };
  const tracks = descendants(element, (node) => node.tagName === 'track').flatMap((track) => {
    const src = resolveUrl(state, attribute(track, 'src'), 'media');
    const kind = attribute(track, 'kind') ?? 'subtitles';
    if (!src || !['captions', 'subtitles', 'descriptions'].includes(kind)) return [];
    const srclang = attribute(track, 'srcLang');
    const lang = srclang && isLanguageTag(srclang) ? srclang : language;
    return [{ src, srclang: lang, label: attribute(track, 'label') ?? languageName(language, lang), kind }];
  });
  if (tracks.length > 0) draft.captions = tracks;
  if (!tracks.some((track) => track.kind !== 'descriptions')) {
    state.report('gap', 'missing_captions', 'The video has no captions track and no transcript: add captions (WebVTT) or a transcript (WCAG 1.2.1, 1.2.2)', [...path, 'captions'], element);
  }
  if (caption.caption) draft.caption = caption.caption;
  if (caption.credit) draft.credit = caption.credit;
  return draft;
}

/** An `<audio>` as an audio block; the transcript is always a gap (pages do not mark one up). */
export function audio(state: ImportState, element: Element, path: Path, caption: Caption = {}): Draft | undefined {
  const [source] = mediaSources(state, element, audioTypes);
  if (!source) {
    state.report('notice', 'lost_element', 'Audio not imported: it has no http(s) source', undefined, element);
    return undefined;
  }
  const draft: Draft = { type: 'audio', title: title(state, element, path, caption, 'audio clip'), src: source.src };
  if (source.type) draft.mimeType = source.type;
  state.report('gap', 'missing_transcript', 'The audio clip needs a transcript (WCAG 1.2.1): add its text or a link to it', [...path, 'transcript'], element);
  if (caption.caption) draft.caption = caption.caption;
  if (caption.credit) draft.credit = caption.credit;
  return draft;
}

const providers: Array<[RegExp, string]> = [
  [/(^|\.)youtube(-nocookie)?\.com$|(^|\.)youtu\.be$/, 'YouTube'],
  [/(^|\.)vimeo\.com$/, 'Vimeo'],
  [/(^|\.)(twitter|x)\.com$/, 'X'],
  [/(^|\.)instagram\.com$/, 'Instagram'],
  [/(^|\.)facebook\.com$/, 'Facebook'],
  [/(^|\.)google\.[a-z.]+$/, 'Google'],
  [/(^|\.)soundcloud\.com$/, 'SoundCloud'],
  [/(^|\.)spotify\.com$/, 'Spotify'],
  [/(^|\.)datawrapper\.de$/, 'Datawrapper'],
  [/(^|\.)flourish\.studio$/, 'Flourish'],
];

/** An `<iframe>` as an embed: provider from the host, a title (or a gap), a link as fallback. An embed has no caption: the figure handler keeps it as a paragraph. */
export function embed(state: ImportState, element: Element, path: Path, caption: Caption = {}): Draft | undefined {
  const src = resolveUrl(state, attribute(element, 'src') ?? attribute(element, 'dataSrc'), 'media');
  if (!src) {
    state.report('notice', 'lost_element', 'Frame not imported: it has no http(s) address', undefined, element);
    return undefined;
  }
  const address = new URL(src);
  const host = address.hostname.replace(/^www\./, '');
  const provider = providers.find(([pattern]) => pattern.test(host))?.[1] ?? host;
  // A YouTube player's own page is the watch page, where the fallback link should go.
  const youtube = provider === 'YouTube' ? /\/embed\/([\w-]{11})/.exec(address.pathname)?.[1] : undefined;
  const url = youtube ? `https://www.youtube.com/watch?v=${youtube}` : src;
  const frameTitle = attribute(element, 'title') ?? attribute(element, 'ariaLabel') ?? caption.text;
  const draft: Draft = { type: 'embed', provider, url, title: frameTitle ? cleanText(frameTitle).trim() : `${todoMarker}: name this frame` };
  if (!frameTitle) state.report('gap', 'missing_title', 'The embedded frame has no title: write what it shows (WCAG 4.1.2)', [...path, 'title'], element);
  const width = pixels(element, 'width');
  const height = pixels(element, 'height');
  if (width) draft.width = width;
  if (height) draft.height = height;
  draft.fallback = [{ type: 'link', url, children: [{ type: 'text', value: frameTitle ? `${cleanText(frameTitle).trim()} (${provider})` : `View on ${provider}` }] }];
  return draft;
}
