import { h } from '../h.js';
import type { BlockHandler } from '../options.js';

export const divider: BlockHandler<'divider'> = () => h('hr');
