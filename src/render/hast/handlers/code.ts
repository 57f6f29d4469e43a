import { h } from '../h.js';
import type { BlockHandler } from '../options.js';

export const code: BlockHandler<'code'> = (_, node) => h('pre', { className: ['pw-code'] }, [h('code', { className: node.language ? [`language-${node.language}`] : undefined }, node.value)]);
