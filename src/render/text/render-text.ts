import type { Article } from '../../model/types.js';
import { creditGroups, joinNames, showsSourceCredit } from '../shared/credits.js';
import { textHandlers } from './handlers/blocks.js';
import { layout } from './layout.js';
import type { PathSegments } from '../../model/path.js';
import type { TextOptions } from './options.js';
import { createState, resolveSettings, type TextState, type TextUnit } from './state.js';
import { extensionHandlers } from '../shared/extension-handlers.js';
import { withOverrides } from '../shared/with-overrides.js';
import type { Extensions } from '../../extend/registry.js';
import type { TextHandlers } from './options.js';

/** Kicker, headline, dek, credits, dateline and dates. */
function headerUnits(state: TextState): TextUnit[] {
  const { article, settings } = state;
  const { labels } = settings;
  const units: TextUnit[] = [];
  const from = (unit: TextUnit, path: PathSegments) => (state.sources?.set(unit, path), unit);
  if (article.kicker) units.push(from({ text: article.kicker }, ['kicker']));
  units.push(from({ text: article.headline, before: 0 }, ['headline']));
  if (article.alternativeHeadline) units.push(from({ text: article.alternativeHeadline, before: 0 }, ['alternativeHeadline']));
  if (article.dek?.length) units.push(from({ text: state.inline(article.dek) }, ['dek']));
  const groups = creditGroups(article.bylines, labels);
  const credits = groups.map(
    (group) =>
      `${group.label} ${joinNames(
        group.people.map((p) => (p.affiliation ? `${p.name} (${p.affiliation})` : p.name)),
        ', ',
        ` ${labels.and} `,
      ).join('')}.`,
  );
  if (article.source && showsSourceCredit(article, groups)) credits.push(`${labels.source} ${article.source.name}`);
  // One line: a source credit alone points at `source` (an article may have no `bylines` field at all).
  if (credits.length > 0) units.push(from({ text: credits.join(' ') }, groups.length > 0 ? ['bylines'] : ['source']));
  const dates = [article.dateline, `${labels.published} ${settings.formatDate(article.published, article.language)}`];
  if (article.modified && article.modified !== article.published) dates.push(`${labels.updated} ${settings.formatDate(article.modified, article.language)}`);
  units.push(from({ text: dates.filter(Boolean).join(' · '), before: credits.length > 0 ? 0 : 1 }, ['published']));
  return units;
}

function correctionUnits(state: TextState): TextUnit[] {
  const { article, settings } = state;
  if (!article.corrections?.length) return [];
  return [
    { text: settings.labels.corrections, before: 2 },
    ...article.corrections.map((entry, index) => {
      const unit = {
        text: `${settings.labels[entry.kind]} (${settings.formatDate(entry.date, article.language)}): ${state.inline(entry.text)}`,
        before: index === 0 ? 1 : 0,
        prefix: '- ',
        indent: '  ',
      };
      state.sources?.set(unit, ['corrections', index]);
      return unit;
    }),
  ];
}

/**
 * Render an article to readable plain text, from the model: for email text
 * parts, newsletters, feeds, text-to-speech and terminals. Every paragraph,
 * link URL, image alt text and media title is kept. Synchronous.
 */
export function renderText(article: Article, options: TextOptions = {}): string {
  const { units, width } = textUnits(article, options);
  return layout(units, width).normalize('NFC');
}

/**
 * @internal `renderText`, with the part of the article each output line
 * came from (`lines[0]` is line 1), for pointing a problem at its source.
 */
export function traceText(article: Article, options: TextOptions = {}): { output: string; lines: Array<PathSegments | undefined> } {
  const sources = new Map<TextUnit, PathSegments>();
  const { units, width } = textUnits(article, options, sources);
  const lines: Array<PathSegments | undefined> = [];
  const output = layout(units, width, (unit, first, last) => {
    for (let line = first; line <= last; line++) lines[line - 1] = sources.get(unit);
  }).normalize('NFC');
  return { output, lines };
}

function textUnits(article: Article, options: TextOptions, sources?: Map<TextUnit, PathSegments>): { units: TextUnit[]; width: number } {
  const settings = resolveSettings(article, options);
  const state = createState(article, settings, withOverrides(textExtensionHandlers(options.extensions), options.handlers), sources);
  const units: TextUnit[] = [...headerUnits(state)];
  if (article.lead) units.push(...state.all([article.lead]));
  const body = state.all(article.body);
  const first = body[0];
  if (first) {
    body[0] = { ...first, before: Math.max(first.before ?? 1, 1) };
    const path = sources?.get(first);
    if (path) sources?.set(body[0], path);
  }
  units.push(...body, ...correctionUnits(state));
  if (article.rights?.copyright) units.push({ text: article.rights.copyright, before: 2 });
  if (state.references.length > 0) {
    units.push({ text: settings.labels.links, before: 2 }, ...state.references.map((url, index) => ({ text: `[${index + 1}] ${url}`, before: index === 0 ? 1 : 0 })));
  }
  return { units, width: settings.width };
}

/** The text handlers with the registered extension blocks' added: made once per registry. */
function textExtensionHandlers(extensions: Extensions | undefined): TextHandlers {
  return (
    extensionHandlers(extensions, 'text', (registry) => ({
      ...textHandlers,
      ...(Object.fromEntries([...registry.blocks].map(([type, extension]) => [type, extension.text])) as Partial<TextHandlers>),
    })) ?? textHandlers
  );
}
