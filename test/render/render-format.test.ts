import { describe, expect, it } from 'vitest';
import { renderAmp, renderHtml, renderText } from '../../src/index.js';
import { renderFormat } from '../../src/render/render-format.js';
import { contentArticles } from '../helpers/content.js';

// The CLI renders and checks formats by name: each name must give that renderer's output, with
// the options that format takes and the CLI's defaults (a full document, no stylesheet, 78 columns).
const { article } = (await contentArticles()).find(({ name }) => name.startsWith('riverton-levee-budget'))!;

describe('renderFormat', () => {
  it('should render each format by name, with its own options and the defaults', () => {
    expect(renderFormat(article, 'html')).toBe(renderHtml(article));
    expect(renderFormat(article, 'html', { fragment: true, stylesheet: true })).toBe(renderHtml(article, { fragment: true, stylesheet: true }));
    expect(renderFormat(article, 'amp')).toBe(renderAmp(article));
    expect(renderFormat(article, 'text')).toBe(renderText(article, { width: 78 }));
    expect(renderFormat(article, 'text', { width: 40 })).toBe(renderText(article, { width: 40 }));
    expect(renderFormat(article, 'text', { width: 40 })).not.toBe(renderFormat(article, 'text'));
  });
});
