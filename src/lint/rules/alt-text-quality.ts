import { inlineText } from '../../model/inline-text.js';
import { placedImages } from '../../model/walk.js';
import type { LintPath, LintRule, LintContext } from '../types.js';
import { sameWords, short } from '../words.js';

const fileName = /^[^\s/\\]+\.(?:jpe?g|png|gif|webp|avif|svg|tiff?|bmp|heic)$|^(?:IMG|DSC|DCIM|PXL|image|photo)[-_ ]?\d+/iu;
const url = /^(?:[a-z][a-z\d+.-]*:\/\/|www\.|\/\/)\S+$/iu;
const placeholder = /^(?:image|img|photo|picture|pic|graphic|alt|alt text|untitled|todo|tbd|placeholder|null|undefined|none|\.)$/iu;
const redundant = /^(?:(?:an?|the)\s+)?(?:image|photo(?:graph)?|picture|pic|graphic|screenshot)\s+(?:of|showing|shows)\s+/iu;
const decorativeWords = /^(?:decorative|decoration|spacer|divider|border|background|ornament|separator)(?: image)?$/iu;

/**
 * Alt text that serves someone who cannot see the image (WCAG 1.1.1): not a
 * file name, URL or placeholder; not “photo of…” (screen readers already say
 * “image”); not a copy of the caption or credit (read twice); not the same
 * for two images of a gallery; not a wall of text (a long description goes
 * in `longDescription`); and none on an image marked decorative.
 */
export const altTextQuality: LintRule = {
  id: 'alt-text-quality',
  severity: 'warning',
  description: 'Alt text that does not describe the image: a file name, a URL, “photo of…”, the caption again, repeated in a gallery, too long, or on a decorative image.',
  help: 'Say what the image shows that matters to the story, in a sentence or two; put longer descriptions in `longDescription` and the photographer in `credit`.',
  wcag: ['1.1.1'],
  check(context) {
    const maxLength = typeof context.options.maxLength === 'number' ? context.options.maxLength : 250;
    const galleryAlts = new Map<string, Map<string, LintPath>>();
    for (const { image, segments, gallery } of placedImages(context.article)) {
      const alt = image.alt.trim();
      const at = [...segments, 'alt'];
      const report = (message: string, severity?: 'error' | 'info', fix?: Parameters<LintContext['report']>[0]['fix']) =>
        context.report({ segments: at, message, ...(severity && { severity }), ...(fix && { fix }) });
      if (image.decorative) {
        if (alt) report(`The image is marked decorative, so its alt text “${short(alt)}” is never read: remove \`decorative\` if the image carries meaning, or the alt text if it does not`);
        continue;
      }
      if (fileName.test(alt)) report(`The alt text “${short(alt)}” is a file name, not a description`, 'error');
      else if (url.test(alt)) report(`The alt text “${short(alt)}” is a URL, not a description`, 'error');
      else if (placeholder.test(alt)) report(`The alt text “${alt}” is a placeholder, not a description`, 'error');
      else if (decorativeWords.test(alt)) report(`The alt text “${alt}” says the image is decorative: mark it \`decorative: true\` (with empty alt) instead`);
      else {
        const prefix = redundant.exec(alt);
        if (prefix) {
          const rest = alt.slice(prefix[0].length);
          report(`The alt text starts “${prefix[0].trim()}”: screen readers already announce an image`, undefined, {
            kind: 'replace',
            segments: at,
            offset: image.alt.indexOf(prefix[0]),
            find: prefix[0],
            replace: '',
            description: `Start the alt text with “${rest.slice(0, 20)}…”`,
            safe: false,
          });
        }
        if (alt.length > maxLength) report(`The alt text has ${alt.length} characters (more than ${maxLength}): keep it short and put the detail in \`longDescription\``);
        const caption = image.caption ? sameWords(inlineText(image.caption)) : '';
        if (caption && sameWords(alt) === caption) report('The alt text repeats the caption, so screen-reader users hear it twice: describe what the image shows instead');
        if (image.credit && sameWords(alt) === sameWords(image.credit)) report('The alt text is the credit, not a description');
      }
      if (gallery) {
        const key = JSON.stringify(gallery);
        const seen = galleryAlts.get(key) ?? new Map<string, LintPath>();
        galleryAlts.set(key, seen);
        const earlier = seen.get(sameWords(alt));
        if (earlier) report(`Two images of the gallery have the alt text “${short(alt)}”: say how each differs`);
        else seen.set(sameWords(alt), at);
      }
    }
  },
};
