import stringWidth from 'string-width';
import type { A11yResult } from './report.js';

interface TextRule {
  id: string;
  impact: A11yResult['impact'];
  description: string;
  wcag: string[];
  /** Lines (1-based) that break the rule, with why. */
  find(lines: readonly string[], options: { width: number }): Array<{ line: number; message: string }>;
}

const urlPattern = /(?:https?:\/\/|mailto:|tel:)[^\s<>]+/g;
const isUrl = /^<?(?:https?:\/\/|mailto:|tel:)/;

/** Lines matching `pattern`. */
const each = (lines: readonly string[], test: (line: string) => string | undefined) =>
  lines.flatMap((line, index) => {
    const message = test(line);
    return message ? [{ line: index + 1, message }] : [];
  });

/**
 * Rules for plain text that screen readers and email clients read well,
 * each with a stable id. They complement axe, which sees text only as one
 * `<pre>` block.
 */
export const textRuleSet: TextRule[] = [
  {
    id: 'text-symbol-run',
    impact: 'serious',
    description: 'No rules, underlines or boxes made of repeated symbols (screen readers read every character)',
    wcag: ['1.3.1'],
    // URLs are left out: `////` in a path is not decoration.
    find: (lines) => each(lines, (line) => (/([^\p{L}\p{N}\s])\1{3,}/u.test(line.replace(urlPattern, '')) ? `A run of repeated symbols: \`${line.trim().slice(0, 40)}\`` : undefined)),
  },
  {
    id: 'text-fake-styling',
    impact: 'serious',
    description: 'No fake bold or italic made of Unicode mathematical letters (read as symbols, or not at all)',
    wcag: ['1.3.1'],
    find: (lines) => each(lines, (line) => (/[\u{1D400}-\u{1D7FF}]/u.test(line) ? 'Mathematical alphanumeric symbols used as styled text' : undefined)),
  },
  {
    id: 'text-line-width',
    impact: 'minor',
    description: 'No line wider than the width, except to keep a URL whole',
    wcag: ['1.4.10'],
    find: (lines, { width }) =>
      width <= 0
        ? []
        : each(lines, (line) => {
            if (stringWidth(line) <= width) return undefined;
            const words = line.trim().split(/\s+/);
            // A line over the width is fine when it is one unbreakable word or URL.
            const unbreakable = words.some((word) => isUrl.test(word) || stringWidth(word) > width - 4);
            return unbreakable ? undefined : `The line is ${stringWidth(line)} columns wide; the limit is ${width}`;
          }),
  },
  {
    id: 'text-unlabelled-url',
    impact: 'serious',
    description: 'Every URL is labelled: `text <url>`, or a numbered reference',
    wcag: ['2.4.4'],
    find: (lines) =>
      lines.flatMap((line, index) =>
        [...line.matchAll(urlPattern)].flatMap((match) => {
          const before = line.slice(0, match.index).trim();
          const reference = /^\s*\[\d+\]\s*$/.test(line.slice(0, match.index));
          // A URL that is a link's own text is followed by the link's `<url>`, which it labels.
          const after = line.slice(match.index + match[0].length);
          const linkText = /^\s*…?\s*</.test(after) || (/^\s*…?\s*$/.test(after) && (lines[index + 1] ?? '').trimStart().startsWith('<'));
          if (linkText) return [];
          const labelled = reference || (before.endsWith('<') && before.slice(0, -1).trim().length > 0) || (before === '<' && index > 0 && lines[index - 1]!.trim().length > 0);
          return labelled ? [] : [{ line: index + 1, message: `The URL \`${match[0].slice(0, 60)}\` has no label before it` }];
        }),
      ),
  },
  {
    id: 'text-click-here',
    impact: 'moderate',
    description: 'Link text says where it goes, not "click here" or "here"',
    wcag: ['2.4.4'],
    find: (lines) =>
      each(lines, (line) =>
        /(?:^|[\s(])(?:click here|here|read more|this link)\s*(?:<(?:https?|mailto|tel):|\[\d+\])/i.test(line) ? 'Link text such as "click here" says nothing about the target' : undefined,
      ),
  },
  {
    id: 'text-emoji-bullet',
    impact: 'moderate',
    description: 'No emoji used as list bullets (read out by name on every item)',
    wcag: ['1.3.1'],
    find: (lines) => each(lines, (line) => (/^\s*(?:\p{Emoji_Presentation}|\p{Extended_Pictographic}\uFE0F)\s/u.test(line) ? 'An emoji used as a bullet' : undefined)),
  },
];

/** Run the text rules on a plain-text output. */
export function textRules(text: string, options: { width: number }): A11yResult[] {
  const lines = text.split('\n');
  return textRuleSet.flatMap((rule) => {
    const found = rule.find(lines, options);
    if (found.length === 0) return [];
    return [
      {
        id: rule.id,
        source: 'text' as const,
        impact: rule.impact,
        description: rule.description,
        help: found[0]!.message,
        helpUrl: 'https://github.com/presswork/presswork/blob/main/docs/accessibility.md#plain-text-rules',
        wcag: rule.wcag,
        tags: ['text', ...rule.wcag.map((criterion) => `wcag${criterion.replace(/\./g, '')}`)],
        nodes: found.map(({ line, message }) => ({ target: [`line ${line}`], html: lines[line - 1]!.slice(0, 200), failureSummary: message, line })),
      },
    ];
  });
}

const escapeHtml = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The text in a minimal document axe can check: language, title, one `<pre>` in `<main>`. */
export function textDocument(text: string, lang: string, dir: 'ltr' | 'rtl'): string {
  const title =
    text
      .split('\n')
      .find((line) => line.trim().length > 0)
      ?.trim() ?? 'Text';
  return `<!doctype html><html lang="${escapeHtml(lang)}" dir="${dir}"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head><body><main><pre>${escapeHtml(text)}</pre></main></body></html>`;
}
