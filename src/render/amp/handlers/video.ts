import type { ElementContent } from 'hast';
import { h } from '../../hast/h.js';
import { useComponent } from '../components.js';
import { mediaCaption, transcript } from '../../hast/handlers/media-caption.js';
import type { BlockHandler } from '../../hast/options.js';
import { httpsUrl } from '../urls.js';

/** `amp-youtube`, or `amp-video` with caption tracks, poster and a fallback link. */
export const video: BlockHandler<'video'> = (state, node) => {
  let player: ElementContent;
  if (node.youtubeId) {
    useComponent(state, 'amp-youtube');
    player = h('amp-youtube', { dataVideoid: node.youtubeId, width: node.width, height: node.height, layout: 'responsive', title: node.title });
  } else {
    const sources = (node.sources ?? []).flatMap((source) => {
      const src = httpsUrl(state, source.src);
      return src ? [h('source', { src, type: source.type })] : [];
    });
    // AMP only loads caption tracks from absolute https URLs.
    const tracks = (node.captions ?? []).flatMap((track, index) => {
      const src = httpsUrl(state, track.src);
      return src ? [h('track', { kind: track.kind, src, srcLang: track.srclang, label: track.label, default: index === 0 && track.kind !== 'descriptions' ? true : undefined })] : [];
    });
    if (tracks.length < (node.captions?.length ?? 0)) state.warn(`AMP: caption tracks of \`${node.title}\` must be https; left out`);
    const href = node.sources?.[0] ? state.url(node.sources[0].src) : state.article.canonicalUrl;
    const poster = node.poster && httpsUrl(state, node.poster.src);
    useComponent(state, 'amp-video');
    player = h('amp-video', { controls: true, width: node.width, height: node.height, layout: 'responsive', poster, title: node.title }, [
      ...sources,
      ...tracks,
      h('div', { fallback: true }, [h('p', [h('a', { href }, [state.label('download'), `: ${node.title}`])])]),
    ]);
  }
  return h('figure', { className: ['pw-video'] }, [
    player,
    ...mediaCaption(state, { title: node.title, duration: node.duration, caption: node.caption, credit: node.credit }, transcript(state, node.transcript)),
  ]);
};
