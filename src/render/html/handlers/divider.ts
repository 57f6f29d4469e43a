import { h } from 'hastscript';
import type { BlockHandler } from '../options.js';

export const divider: BlockHandler<'divider'> = () => h('hr');
