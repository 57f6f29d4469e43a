import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { Bench } from 'tinybench';
import { Article as ReactArticle } from '../src/react/index.js';
import { renderHandWrittenReact } from './react-article.js';
import { renderAmp, renderHtml, renderText, type Article } from '../src/index.js';
import { large, small } from './fixtures.js';
import { renderHtmlToText, renderPortableText, renderReact, renderRemark, renderTemplate, renderTextByHand, toMarkdown, toPortableText } from './peers.js';

export interface Row {
  name: string;
  medianMicros: number;
  /** Output size, so a fast renderer that emits less markup is read as such. */
  bytes?: number;
}

async function measure(tasks: Record<string, () => unknown>): Promise<Row[]> {
  const bench = new Bench({ time: 1000, warmupTime: 200 });
  for (const [name, task] of Object.entries(tasks)) bench.add(name, task);
  await bench.run();
  return bench.tasks.map((task) => {
    const result = task.result as { latency?: { p50?: number }; p50?: number } | undefined;
    const output = tasks[task.name]!();
    return { name: task.name, medianMicros: (result?.latency?.p50 ?? result?.p50 ?? Number.NaN) * 1000, ...(typeof output === 'string' && { bytes: output.length }) };
  });
}

/** Every renderer and peer on one article size, in one run so ratios compare like with like. */
export async function renderBench(article: Article): Promise<Row[]> {
  const blocks = toPortableText(article);
  const markdown = toMarkdown(article);
  const fragment = renderHtml(article, { fragment: true });
  return measure({
    'presswork renderHtml (fragment)': () => renderHtml(article, { fragment: true }),
    'presswork renderHtml (document + stylesheet)': () => renderHtml(article, { stylesheet: true }),
    'presswork renderAmp': () => renderAmp(article),
    'presswork renderText': () => renderText(article),
    'template literals': () => renderTemplate(article),
    'React renderToStaticMarkup': () => renderReact(article),
    'presswork/react <Article> (renderToStaticMarkup)': () => renderToStaticMarkup(createElement(ReactArticle, { article })),
    // The same markup written by hand in JSX (test/jsx/bench-peer.test.ts holds it equal to renderHtml's).
    'hand-written JSX, same markup (renderToStaticMarkup)': () => renderHandWrittenReact(article),
    '@portabletext/to-html': () => renderPortableText(article, blocks),
    'remark → rehype (Markdown)': () => renderRemark(markdown),
    'hand-written text': () => renderTextByHand(article),
    'html-to-text (on the HTML)': () => renderHtmlToText(fragment),
  });
}

export const sizes = { small, large };
