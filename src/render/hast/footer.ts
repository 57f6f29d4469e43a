import type { Element, ElementContent } from 'hast';
import { h, text } from './h.js';
import type { HtmlState } from './state.js';
import { from } from '../shared/source-paths.js';

/** Corrections, clarifications and updates, newest last, under their own heading. */
export function corrections(state: HtmlState): Element[] {
  const { article, settings } = state;
  if (!article.corrections?.length) return [];
  const id = state.id('corrections');
  return [
    h('section', { className: ['pw-corrections'], ariaLabelledBy: id }, [
      h('h2', { id }, [state.label('corrections')]),
      h(
        'ul',
        article.corrections.map((entry, index) =>
          from(
            state.sources,
            h('li', { className: [`pw-${entry.kind}`] }, [
              h('strong', [state.label(entry.kind), ' ', h('time', { dateTime: entry.date }, settings.formatDate(entry.date, article.language))]),
              ': ',
              ...state.inline(entry.text),
            ]),
            ['corrections', index],
          ),
        ),
      ),
    ]),
  ];
}

/** Section, tags and rights. */
export function footer(state: HtmlState): Element[] {
  const { article } = state;
  const children: ElementContent[] = [];
  if (article.section) {
    const name = article.section.url ? h('a', { href: state.url(article.section.url) }, article.section.name) : text(article.section.name);
    children.push(from(state.sources, h('p', { className: ['pw-section'] }, [name]), ['section']));
  }
  if (article.tags?.length)
    children.push(
      h(
        'ul',
        { className: ['pw-tags'] },
        article.tags.map((tag, index) => from(state.sources, h('li', tag), ['tags', index])),
      ),
    );
  if (article.rights?.copyright || article.rights?.license) {
    const parts: ElementContent[] = [];
    if (article.rights.copyright) parts.push(h('small', article.rights.copyright));
    if (article.rights.license) parts.push(text(' '), h('a', { href: state.url(article.rights.license), rel: ['license'] }, [state.label('license')]));
    children.push(from(state.sources, h('p', { className: ['pw-rights'] }, parts), ['rights']));
  }
  return children.length > 0 ? [h('footer', { className: ['pw-footer'] }, children)] : [];
}
