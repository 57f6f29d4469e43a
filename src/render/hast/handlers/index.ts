import type { BlockHandlers } from '../options.js';
import { audio } from './audio.js';
import { blockquote } from './blockquote.js';
import { code } from './code.js';
import { divider } from './divider.js';
import { embed } from './embed.js';
import { factbox } from './factbox.js';
import { gallery } from './gallery.js';
import { heading } from './heading.js';
import { html } from './html.js';
import { image } from './image.js';
import { list } from './list.js';
import { paragraph } from './paragraph.js';
import { pullquote } from './pullquote.js';
import { relatedLink } from './related-link.js';
import { table } from './table.js';
import { video } from './video.js';

/** One handler per block type: the HTML renderer's defaults. */
export const htmlHandlers: BlockHandlers = {
  paragraph,
  heading,
  list,
  blockquote,
  pullquote,
  image,
  gallery,
  video,
  audio,
  embed,
  relatedLink,
  table,
  factbox,
  divider,
  code,
  html,
};

export { inlineHandlers as htmlInlineHandlers } from './inline.js';
