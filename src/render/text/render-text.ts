
import type { Article } from '../../model/types.js';
import { creditGroups, joinNames } from '../shared/credits.js';
import { textHandlers } from './handlers/blocks.js';
import { layout } from './layout.js';
import type { TextOptions } from './options.js';
import { createState, resolveSettings, type TextState, type TextUnit } from './state.js';
import { withOverrides } from '../shared/with-overrides.js';

/** Kicker, headline, dek, credits, dateline and dates. */
function headerUnits(state: TextState): TextUnit[] {
  const { article, settings } = state;
  const { labels } = settings;
  const units: TextUnit[] = [];
  if (article.kicker) units.push({ text: article.kicker });
  units.push({ text: article.headline, before: 0 });
  if (article.alternativeHeadline) units.push({ text: article.alternativeHeadline, before: 0 });
  if (article.dek?.length) units.push({ text: state.inline(article.dek) });
  const groups = creditGroups(article.bylines, labels);
  const credits = groups.map((group) => `${group.label} ${joinNames(group.people.map((p) => (p.affiliation ? `${p.name} (${p.affiliation})` : p.name)), ', ', ` ${labels.and} `).join('')}.`);
  if (article.source && (groups.length === 0 || article.source.kind === 'wire' || article.source.kind === 'partner')) credits.push(`${labels.source} ${article.source.name}`);
  if (credits.length > 0) units.push({ text: credits.join(' ') });
  const dates = [article.dateline, `${labels.published} ${settings.formatDate(article.published, article.language)}`];
  if (article.modified && article.modified !== article.published) dates.push(`${labels.updated} ${settings.formatDate(article.modified, article.language)}`);
  units.push({ text: dates.filter(Boolean).join(' · '), before: credits.length > 0 ? 0 : 1 });
  return units;
}

function correctionUnits(state: TextState): TextUnit[] {
  const { article, settings } = state;
  if (!article.corrections?.length) return [];
  return [
    { text: settings.labels.corrections, before: 2 },
    ...article.corrections.map((entry, index) => ({
      text: `${settings.labels[entry.kind]} (${settings.formatDate(entry.date, article.language)}): ${state.inline(entry.text)}`,
      before: index === 0 ? 1 : 0,
      prefix: '- ',
      indent: '  ',
    })),
  ];
}

/**
 * Render an article to readable plain text, from the model: for email text
 * parts, newsletters, feeds, text-to-speech and terminals. Every paragraph,
 * link URL, image alt text and media title is kept. Synchronous.
 */
export function renderText(article: Article, options: TextOptions = {}): string {
  const settings = resolveSettings(article, options);
  const state = createState(article, settings, withOverrides(textHandlers, options.handlers));
  const units: TextUnit[] = [...headerUnits(state)];
  if (article.lead) units.push(...state.all([article.lead]));
  const body = state.all(article.body);
  if (body[0]) body[0] = { ...body[0], before: Math.max(body[0].before ?? 1, 1) };
  units.push(...body, ...correctionUnits(state));
  if (article.rights?.copyright) units.push({ text: article.rights.copyright, before: 2 });
  if (state.references.length > 0) {
    units.push({ text: settings.labels.links, before: 2 }, ...state.references.map((url, index) => ({ text: `[${index + 1}] ${url}`, before: index === 0 ? 1 : 0 })));
  }
  return layout(units, settings.width).normalize('NFC');
}

