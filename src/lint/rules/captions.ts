import { inlineText } from '../../model/inline-text.js';
import type { Inline } from '../../model/types.js';
import { placedImages } from '../../model/walk.js';
import type { LintPath, LintRule } from '../types.js';
import { sameWords } from '../words.js';

/**
 * Captions that add something: not empty of words (`.` or `-`), not the
 * credit again, and not the same caption under two images (a gallery that
 * repeats one caption tells a listener nothing about each picture).
 */
export const captions: LintRule = {
  id: 'empty-or-duplicate-captions',
  severity: 'warning',
  description: 'A caption has no words, repeats the credit, or repeats another image’s caption.',
  help: 'Write a caption for each image that says what it shows and why it matters; put the photographer in `credit`.',
  wcag: ['1.1.1'],
  check(context) {
    const seen = new Map<string, LintPath>();
    const media: Array<{ caption?: readonly Inline[] | undefined; credit?: string | undefined; segments: LintPath }> = placedImages(context.article).map(({ image, segments }) => ({
      caption: image.caption,
      credit: image.credit,
      segments,
    }));
    for (const { caption, credit, segments } of media) {
      if (!caption) continue;
      const at = [...segments, 'caption'];
      const text = sameWords(inlineText(caption));
      if (!/[\p{L}\p{N}]/u.test(text)) {
        context.report({ segments: at, message: 'The caption has no words' });
        continue;
      }
      if (credit && text === sameWords(credit)) context.report({ segments: at, message: 'The caption repeats the credit' });
      const earlier = seen.get(text);
      if (earlier) context.report({ segments: at, message: `The caption repeats another image’s caption word for word` });
      else seen.set(text, at);
    }
  },
};
