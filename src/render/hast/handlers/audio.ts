import { h } from '../h.js';
import type { BlockHandler } from '../options.js';
import { mediaCaption, transcript } from './media-caption.js';

export const audio: BlockHandler<'audio'> = (state, node) =>
  h('figure', { className: ['pw-audio'] }, [
    ...mediaCaption(state, { title: node.title, duration: node.duration, caption: node.caption, credit: node.credit }),
    h('audio', { controls: true, preload: 'none', src: state.url(node.src), title: node.title }, [h('a', { href: state.url(node.src) }, [state.label('download'), `: ${node.title}`])]),
    ...transcript(state, node.transcript),
  ]);
