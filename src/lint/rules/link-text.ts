import type { LintRule } from '../types.js';
import type { LintLinkRange, LintUnit } from '../text-units.js';

/** Link texts that say nothing of where the link goes (English). */
const vague = new Set([
  'here',
  'click here',
  'tap here',
  'click',
  'read more',
  'more',
  'learn more',
  'see more',
  'find out more',
  'more info',
  'more information',
  'details',
  'continue',
  'continue reading',
  'this',
  'this link',
  'this page',
  'this story',
  'this article',
  'link',
  'go',
  'here.',
]);

const normalize = (text: string) =>
  text
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[\s.:,;!?]+|[\s.:,;!?…]+$/gu, '');
const sameTarget = (url: string) => url.replace(/#.*$/, '').replace(/\/$/, '');

/**
 * Link text that says where it leads (WCAG 2.4.4): not “here” or “read
 * more”, not a bare URL (spelt out by screen readers), and not the same text
 * for different places. Screen-reader users list the links of a page and hear
 * only their text.
 */
export const linkText: LintRule = {
  id: 'link-text',
  severity: 'warning',
  description: 'A link’s text does not say where it leads (“click here”, “read more”, a URL), or one text leads to different places.',
  help: 'Make the linked words name the destination: “the council’s budget report”, not “here”. Give different destinations different texts.',
  wcag: ['2.4.4'],
  check(context) {
    const byText = new Map<string, Array<{ unit: LintUnit; link: LintLinkRange }>>();
    for (const unit of context.units) {
      for (const link of unit.links) {
        const text = unit.text.slice(link.start, link.end);
        const key = normalize(text);
        if (context.primaryLanguage === 'en' && vague.has(key)) {
          context.report({ unit, start: link.start, end: link.end, message: `The link text “${text.trim()}” does not say where it leads` });
          continue;
        }
        if (/^(?:https?:\/\/|www\.)\S+$/iu.test(text.trim())) {
          context.report({ unit, start: link.start, end: link.end, severity: 'info', message: `The link text is a URL, which screen readers spell out: name the page instead` });
          continue;
        }
        if (key) byText.set(key, [...(byText.get(key) ?? []), { unit, link }]);
      }
    }
    for (const links of byText.values()) {
      const targets = new Set(links.map(({ link }) => sameTarget(link.url)));
      if (targets.size < 2) continue;
      const [first] = links;
      for (const { unit, link } of links.slice(1)) {
        if (sameTarget(link.url) === sameTarget(first!.link.url)) continue;
        const text = unit.text.slice(link.start, link.end).trim();
        // Context in the sentence may tell them apart (WCAG 2.4.4); a links list cannot (2.4.9, AAA): advice.
        context.report({
          unit,
          start: link.start,
          end: link.end,
          severity: 'info',
          message: `“${text}” links to ${link.url}, but the same text links to ${first!.link.url} earlier: give each destination its own text`,
        });
      }
    }
  },
};
