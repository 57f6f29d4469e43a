import type { ElementContent } from 'hast';
import { h, text } from '../h.js';
import type { Inline } from '../../../model/types.js';
import { formatDuration } from '../../shared/dates.js';
import type { HtmlState } from '../state.js';

/**
 * A media caption: optional title, caption text and credit, then `extra`
 * (a transcript); nothing when all are absent. A titled medium gets the title
 * on its own line, so it never runs into the caption. Everything goes inside
 * the one `figcaption`, which must be the first or last child of its figure.
 */
export function mediaCaption(state: HtmlState, parts: { title?: string; duration?: string; caption?: readonly Inline[]; credit?: string }, extra: ElementContent[] = []): ElementContent[] {
  const title: ElementContent[] = [];
  if (parts.title) title.push(text(parts.title));
  if (parts.duration) title.push(text(' '), h('span', { className: ['pw-duration'] }, [h('time', { dateTime: parts.duration }, `(${formatDuration(parts.duration, state.settings.labels)})`)]));
  const caption: ElementContent[] = [];
  if (parts.caption?.length) caption.push(h('span', { className: ['pw-caption'] }, state.inline(parts.caption)));
  if (parts.credit) {
    if (caption.length > 0) caption.push(text(' '));
    caption.push(h('span', { className: ['pw-credit'] }, [state.label('credit'), ': ', parts.credit]));
  }
  const children: ElementContent[] = parts.title ? [h('p', { className: ['pw-media-title'] }, title), ...(caption.length > 0 ? [h('p', { className: ['pw-media-caption'] }, caption)] : [])] : caption;
  children.push(...extra);
  return children.length > 0 ? [h('figcaption', children)] : [];
}

/** A transcript: a link to it, and its text in a disclosure when given inline. */
export function transcript(state: HtmlState, value: { url?: string; text?: string } | undefined): ElementContent[] {
  if (!value) return [];
  const out: ElementContent[] = [];
  if (value.url) out.push(h('p', { className: ['pw-transcript-link'] }, [h('a', { href: state.url(value.url) }, state.label('transcript'))]));
  if (value.text) {
    out.push(h('details', { className: ['pw-transcript'] }, [h('summary', [state.label('transcript')]), ...value.text.split(/\n\s*\n/).map((paragraph) => h('p', paragraph.trim()))]));
  }
  return out;
}
