import { h } from '../../hast/h.js';
import { useComponent } from '../components.js';
import { mediaCaption, transcript } from '../../hast/handlers/media-caption.js';
import type { BlockHandler } from '../../hast/options.js';
import { httpsUrl } from '../urls.js';

/** `amp-audio` named by its title, with the transcript link next to it. */
export const audio: BlockHandler<'audio'> = (state, node) => {
  const src = httpsUrl(state, node.src);
  const download = h('a', { href: state.url(node.src) }, [state.label('download'), `: ${node.title}`]);
  const player = src
    ? (useComponent(state, 'amp-audio'),
      h('amp-audio', { src, title: node.title, controls: true, width: 'auto', height: 50, layout: 'fixed-height' }, [h('div', { fallback: true }, [h('p', [download])])]))
    : h('p', [download]);
  return h('figure', { className: ['pw-audio'] }, [
    ...mediaCaption(state, { title: node.title, duration: node.duration, caption: node.caption, credit: node.credit }),
    player,
    ...transcript(state, node.transcript),
  ]);
};
