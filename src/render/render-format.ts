import type { Extensions } from '../extend/registry.js';
import type { Article } from '../model/types.js';
import { renderAmp } from './amp/render-amp.js';
import { renderHtml } from './html/render-html.js';
import { renderText } from './text/render-text.js';

/** The output formats presswork renders (and checks). */
export type OutputFormat = 'html' | 'amp' | 'text';

/** Options that apply when rendering one of several formats by name. */
export interface FormatOptions {
  /** Plain-text width. Default 78. */
  width?: number;
  /** HTML only: just the `<article>`. Default `false`. */
  fragment?: boolean;
  /** HTML only: inline the default stylesheet. Default `false`. */
  stylesheet?: boolean;
  /** Extension types (`createPresswork(...).extensions`). */
  extensions?: Extensions | undefined;
}

/** Render an article in the named format, with the options that format takes. */
export function renderFormat(article: Article, format: OutputFormat, options: FormatOptions = {}): string {
  const { extensions } = options;
  if (format === 'amp') return renderAmp(article, { extensions });
  if (format === 'text') return renderText(article, { width: options.width ?? 78, extensions });
  return renderHtml(article, { fragment: options.fragment ?? false, stylesheet: options.stylesheet ?? false, extensions });
}
