import type { Element, ElementContent } from 'hast';
import { h, text } from './h.js';
import { creditGroups, joinNames, showsSourceCredit } from '../shared/credits.js';
import type { HtmlState } from './state.js';
import { from } from '../shared/source-paths.js';

function byline(state: HtmlState): ElementContent[] {
  const { article, settings } = state;
  const groups = creditGroups(article.bylines, settings.labels);
  const out: ElementContent[] = [];
  if (groups.length > 0) {
    const sentences: ElementContent[] = [];
    groups.forEach((group, index) => {
      const names = group.people.map((person): ElementContent => {
        const name: ElementContent = person.url ? h('a', { href: state.url(person.url), rel: ['author'] }, person.name) : h('span', { className: ['pw-name'] }, person.name);
        return person.affiliation ? h('span', [name, ` (${person.affiliation})`]) : name;
      });
      if (index > 0) sentences.push(text(' '));
      sentences.push(state.label(group.key), text(' '), ...joinNames<ElementContent>(names, text(', '), h('span', [' ', state.label('and'), ' '])), text('.'));
    });
    out.push(from(state.sources, h('p', { className: ['pw-byline'] }, sentences), ['bylines']));
  }
  const source = article.source;
  if (source && showsSourceCredit(article, groups)) {
    const name = source.url ? h('a', { href: state.url(source.url) }, source.name) : text(source.name);
    out.push(from(state.sources, h('p', { className: ['pw-source'] }, [state.label('source'), text(' '), name]), ['source']));
  }
  return out;
}

function dates(state: HtmlState): Element {
  const { article, settings } = state;
  const parts: ElementContent[] = [];
  if (article.dateline) parts.push(from(state.sources, h('span', { className: ['pw-dateline'] }, article.dateline), ['dateline']), text(' · '));
  parts.push(state.label('published'), text(' '), h('time', { dateTime: article.published }, settings.formatDate(article.published, article.language)));
  if (article.modified && article.modified !== article.published) {
    parts.push(text(' · '), state.label('updated'), text(' '), h('time', { dateTime: article.modified }, settings.formatDate(article.modified, article.language)));
  }
  return from(state.sources, h('p', { className: ['pw-dates'] }, parts), ['published']);
}

/** Kicker, the one `h1`, dek, bylines, dateline and dates. */
export function header(state: HtmlState): Element {
  const { article } = state;
  const children: ElementContent[] = [];
  const { sources } = state;
  if (article.kicker) children.push(from(sources, h('p', { className: ['pw-kicker'] }, article.kicker), ['kicker']));
  children.push(from(sources, h('h1', { className: ['pw-headline'] }, article.headline), ['headline']));
  if (article.alternativeHeadline) children.push(from(sources, h('p', { className: ['pw-alternative-headline'] }, article.alternativeHeadline), ['alternativeHeadline']));
  if (article.dek?.length) children.push(from(sources, h('p', { className: ['pw-dek'] }, state.inline(article.dek)), ['dek']));
  children.push(...byline(state), dates(state));
  return h('header', { className: ['pw-header'] }, children);
}
