import { inlineText } from '../../model/inline-text.js';
import type { Block } from '../../model/types.js';
import type { LintPath, LintRule } from '../types.js';

/**
 * Headings that help people who navigate by them (WCAG 2.4.6, 1.3.1): no
 * section without content (a heading followed by a heading of the same or a
 * higher level, or ending the body), and no two sections of one article with
 * the same heading. Skipped levels are already a validation error.
 */
export const headingStructure: LintRule = {
  id: 'heading-structure',
  severity: 'warning',
  description: 'A heading has no content under it, or two headings have the same text.',
  help: 'Give every section content, or remove its heading; make each heading say what its section is about.',
  wcag: ['2.4.6', '1.3.1'],
  check(context) {
    const seen = new Map<string, LintPath>();
    const walk = (blocks: readonly Block[], path: LintPath) => {
      blocks.forEach((block, index) => {
        if (block.type === 'factbox') walk(block.children, [...path, index, 'children']);
        if (block.type !== 'heading') return;
        const at = [...path, index];
        const text = inlineText(block.children).trim();
        const next = blocks[index + 1];
        if (!next || (next.type === 'heading' && next.level <= block.level)) {
          context.report({ segments: at, message: `The heading “${text}” has no content under it` });
        }
        const key = text.toLowerCase().replace(/\s+/g, ' ');
        if (seen.has(key)) context.report({ segments: at, message: `Two headings read “${text}”: people who jump between headings cannot tell the sections apart` });
        else seen.set(key, at);
      });
    };
    walk(context.article.body, ['body']);
  },
};
