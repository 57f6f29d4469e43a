import type { z } from 'zod';

interface OutlineBlock {
  type: string;
  level?: number;
  children?: unknown;
}

/**
 * Headings never skip a level (WCAG 1.3.1; axe's `heading-order`): the
 * headline is level 1, so the first heading is level 2 and each next one at
 * most one deeper than the one before. A fact box's title is a level-2
 * heading, and the headings inside it follow it. Caught when content is
 * validated, at the heading's line, rather than on every rendered output.
 */
export function checkHeadingOutline(article: { body: readonly OutlineBlock[] }, ctx: z.RefinementCtx): void {
  let previous = 1;
  const walk = (blocks: readonly OutlineBlock[], path: Array<string | number>) => {
    blocks.forEach((block, index) => {
      if (block.type === 'factbox') {
        previous = 2;
        if (Array.isArray(block.children)) walk(block.children as OutlineBlock[], [...path, index, 'children']);
        return;
      }
      if (block.type !== 'heading' || typeof block.level !== 'number') return;
      if (block.level > previous + 1) {
        const after = previous === 1 ? 'the headline (level 1)' : `a level-${previous} heading`;
        ctx.addIssue({
          code: 'custom',
          path: [...path, index, 'level'],
          input: block.level,
          message: `Heading level ${block.level} skips a level: after ${after} the next heading is at most level ${previous + 1} (\`${'#'.repeat(previous + 1)}\` in Markdown)`,
        });
      }
      previous = block.level;
    });
  };
  walk(article.body, ['body']);
}
