import { defineInline, h } from 'presswork';
import * as z from 'zod';

/** A stock ticker symbol, with the company it stands for. */
export const tickerSchema = z.strictObject({
  symbol: z.string().regex(/^[A-Z.]{1,6}$/),
  /** The company, expanded for screen readers and in plain text. */
  company: z.string().trim().min(1),
  /** Its quote page. */
  url: z.url({ protocol: /^https$/ }).optional(),
});

/** The ticker's TypeScript type. */
export type TickerInline = { type: 'acme:ticker' } & z.output<typeof tickerSchema>;

const symbol = (node: TickerInline) => h('abbr', { className: ['acme-ticker'], title: node.company }, node.symbol);

/** `acme:ticker` (`:acme:ticker{symbol="ACME" company="Acme Corp."}`): an abbreviation, linked to its quote page when there is one. */
export const ticker = defineInline({
  type: 'acme:ticker',
  schema: tickerSchema,
  html: (_state, node) => (node.url ? h('a', { href: node.url }, [symbol(node)]) : symbol(node)),
  text: (state, node) => {
    const words = `${node.company} (${node.symbol})`;
    return node.url ? state.link(words, node.url) : words;
  },
});
