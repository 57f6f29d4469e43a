import { htmlHandlers } from '../../hast/handlers/index.js';
import type { BlockHandlers } from '../../hast/options.js';
import { audio } from './audio.js';
import { embed } from './embed.js';
import { html } from './html.js';
import { image } from './image.js';
import { video } from './video.js';

/** The HTML handlers with media, embeds and raw HTML swapped for their AMP forms. */
export const ampHandlers: BlockHandlers = { ...htmlHandlers, image, video, audio, embed, html };
