import { h } from '../h.js';
import type { BlockHandler } from '../options.js';
import { mediaCaption, transcript } from './media-caption.js';

/** YouTube's privacy-enhanced player: no cookies until the reader plays the video. */
export const youtubeEmbedUrl = (id: string) => `https://www.youtube-nocookie.com/embed/${id}`;

export const video: BlockHandler<'video'> = (state, node) => {
  const player = node.youtubeId
    ? h('iframe', {
        src: youtubeEmbedUrl(node.youtubeId),
        title: node.title,
        width: node.width,
        height: node.height,
        loading: state.lead ? undefined : 'lazy',
        allow: 'encrypted-media; picture-in-picture; fullscreen',
        allowFullScreen: true,
        referrerPolicy: 'strict-origin-when-cross-origin',
      })
    : h('video', { controls: true, preload: 'metadata', width: node.width, height: node.height, poster: node.poster && state.url(node.poster.src), title: node.title }, [
        ...(node.sources ?? []).map((source) => h('source', { src: state.url(source.src), type: source.type })),
        ...(node.captions ?? []).map((track, index) =>
          h('track', { kind: track.kind, src: state.url(track.src), srcLang: track.srclang, label: track.label, default: index === 0 && track.kind !== 'descriptions' ? true : undefined }),
        ),
        h('a', { href: state.url(node.sources?.[0]?.src ?? '') }, [state.label('download'), `: ${node.title}`]),
      ]);
  const extra = node.audioDescription ? [h('p', [h('a', { href: state.url(node.audioDescription) }, [`${node.title} (`, state.label('audioDescribed'), ')'])])] : [];
  return h('figure', { className: ['pw-video'] }, [
    player,
    ...mediaCaption(state, { title: node.title, duration: node.duration, caption: node.caption, credit: node.credit }, [...transcript(state, node.transcript), ...extra]),
  ]);
};
