import { Bench } from 'tinybench';
import { createPresswork, renderAmp, renderHtml, renderText, safeParseArticle, type Article } from '../src/index.js';
import { acme } from '../examples/acme-extensions/src/index.js';
import { sizes } from './render.js';

/**
 * What extensions cost an article that uses none: the plain exports against
 * `createPresswork()` with no extensions and with the example package
 * registered (target: ratio ≤ 1.05, i.e. nothing measurable), and, for
 * reference, an article with two extension blocks in it.
 */
export async function extensionsBench(fmt: (micros: number) => string): Promise<void> {
  const none = createPresswork();
  const registered = createPresswork(acme);
  for (const [size, article] of Object.entries(sizes)) {
    const input = JSON.parse(JSON.stringify(article)) as Article;
    const withPoll = registered.parseArticle({
      ...input,
      body: [
        ...input.body,
        {
          type: 'acme:poll',
          question: 'Was this useful?',
          options: [
            { id: 'yes', label: 'Yes' },
            { id: 'no', label: 'No' },
          ],
          resultsUrl: 'https://polls.example.com/useful',
        },
      ],
    });
    const tasks: Record<string, () => unknown> = {
      'parse: safeParseArticle': () => safeParseArticle(input),
      'parse: createPresswork()': () => none.safeParseArticle(input),
      'parse: createPresswork(acme)': () => registered.safeParseArticle(input),
      'html: renderHtml': () => renderHtml(article),
      'html: createPresswork()': () => none.renderHtml(article),
      'html: createPresswork(acme)': () => registered.renderHtml(article),
      'amp: renderAmp': () => renderAmp(article),
      'amp: createPresswork(acme)': () => registered.renderAmp(article),
      'text: renderText': () => renderText(article),
      'text: createPresswork(acme)': () => registered.renderText(article),
      'html: with a poll block (reference)': () => registered.renderHtml(withPoll),
    };
    const bench = new Bench({ time: 1000, warmupTime: 200 });
    for (const [name, task] of Object.entries(tasks)) bench.add(name, task);
    await bench.run();
    const median = (name: string) => {
      const result = bench.tasks.find((task) => task.name === name)!.result as { latency?: { p50?: number } } | undefined;
      return (result?.latency?.p50 ?? Number.NaN) * 1000;
    };
    console.log(`## Extensions, ${size} article (${article.body.length} blocks)`);
    console.table(Object.fromEntries(Object.keys(tasks).map((name) => [name, { median: fmt(median(name)) }])));
    for (const [label, plain, extended] of [
      ['parse', 'parse: safeParseArticle', 'parse: createPresswork(acme)'],
      ['renderHtml', 'html: renderHtml', 'html: createPresswork(acme)'],
      ['renderAmp', 'amp: renderAmp', 'amp: createPresswork(acme)'],
      ['renderText', 'text: renderText', 'text: createPresswork(acme)'],
    ] as const) {
      const ratio = median(extended) / median(plain);
      console.log(`${ratio <= 1.05 ? '✔' : '✖'} ${label} with extensions registered, none used / plain (target ≤ 1.05): ${ratio.toFixed(2)}`);
    }
    console.log('');
  }
}
