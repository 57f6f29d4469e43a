import { defineBlock, h } from 'presswork';
import * as z from 'zod';

/** A reader poll: a question, its answers, and where the results are. */
export const pollSchema = z.strictObject({
  /** The question, shown as the poll's legend. */
  question: z.string().trim().min(1),
  /** The answers readers choose from. */
  options: z.array(z.strictObject({ id: z.string().regex(/^[a-z0-9-]+$/), label: z.string().trim().min(1) })).min(2),
  /** Where the vote is sent and the results are shown (https). */
  resultsUrl: z.url({ protocol: /^https$/ }),
});

/** The poll block's TypeScript type. */
export type PollBlock = { type: 'acme:poll' } & z.output<typeof pollSchema>;

/**
 * `acme:poll`. HTML: a form with a fieldset (the question is its legend) and
 * one labelled radio per answer. AMP pages cannot post forms without
 * amp-form, so AMP shows the question, the answers and a link to the article.
 */
export const poll = defineBlock({
  type: 'acme:poll',
  label: 'Poll',
  schema: pollSchema,
  html: (state, node) => {
    const name = state.id(`poll ${node.question}`);
    return h('form', { className: ['acme-poll'], action: node.resultsUrl, method: 'get' }, [
      h('fieldset', [
        h('legend', node.question),
        ...node.options.map((option) => {
          const id = state.id(`${name} ${option.id}`);
          return h('p', [h('input', { type: 'radio', name, id, value: option.id }), ' ', h('label', { htmlFor: id }, option.label)]);
        }),
        h('p', [h('button', { type: 'submit' }, 'Vote')]),
      ]),
      h('p', [h('a', { href: node.resultsUrl }, 'See the results')]),
    ]);
  },
  amp: 'omit-with-fallback',
  text: (state, node) => [
    { text: `Poll: ${node.question}` },
    ...node.options.map((option) => ({ text: option.label, before: 0, prefix: '- ', indent: '  ' })),
    { text: state.link('Vote and see the results', node.resultsUrl), before: 0 },
  ],
  lint: (node) => [{ field: ['question'], kind: 'paragraph' }, ...node.options.map((_, index) => ({ field: ['options', index, 'label'], kind: 'paragraph' as const }))],
  // :::acme:poll[Question]{resultsUrl="…"}, then a list of the answers, then :::
  markdown: ({ attributes, labelText, children }) => {
    const list = children[0] as { type?: string; items?: Array<Array<{ children?: Array<{ value?: string }> }>> } | undefined;
    const labels = list?.type === 'list' ? (list.items ?? []).map((item) => (item[0]?.children ?? []).map((child) => child.value ?? '').join('')) : [];
    return {
      ...attributes,
      question: labelText,
      // Each answer's id is made from its words: `Yes, raise it` → `yes-raise-it`.
      options: labels.map((label) => ({
        id: label
          .toLowerCase()
          .replace(/[^a-z0-9]+/g, '-')
          .replace(/^-|-$/g, ''),
        label,
      })),
    };
  },
});
