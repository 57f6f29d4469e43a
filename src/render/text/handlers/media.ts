import { formatDuration } from '../../shared/dates.js';
import type { Inline } from '../../../model/types.js';
import type { TextState, TextUnit } from '../state.js';

/** "Title (18 min 20 s) <url>" for a media item. */
export function mediaLine(state: TextState, kind: 'video' | 'audio', title: string, url: string | undefined, duration: string | undefined): TextUnit {
  const length = duration ? ` (${formatDuration(duration, state.settings.labels)})` : '';
  const text = `${state.settings.labels[kind]}: ${title}${length}`;
  return { text: url ? state.link(text, url) : text };
}

/** A media caption and credit, when there are any. */
export function captionUnits(state: TextState, caption: readonly Inline[] | undefined, credit: string | undefined): TextUnit[] {
  const text = [caption?.length ? state.inline(caption) : '', credit ? `(${state.settings.labels.credit}: ${credit})` : ''].filter(Boolean).join(' ');
  return text ? [{ text, before: 0 }] : [];
}

/** A transcript's link and its text. */
export function transcriptUnits(state: TextState, transcript: { url?: string; text?: string } | undefined): TextUnit[] {
  if (!transcript) return [];
  const label = state.settings.labels.transcript;
  const out: TextUnit[] = [];
  if (transcript.url) out.push({ text: state.link(label, transcript.url), before: 0 });
  if (transcript.text) {
    transcript.text.split(/\n\s*\n/).forEach((paragraph, index) => out.push({ text: index === 0 ? `${label}: ${paragraph.trim()}` : paragraph.trim() }));
  }
  return out;
}
