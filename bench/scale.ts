import { renderAmp, renderHtml, renderText, type Article } from '../src/index.js';
import { benchArticle, large, small } from './fixtures.js';

function median(task: () => unknown, runs: number): number {
  // Warm up first: the JIT's early, slow runs are not what a long-running site sees.
  for (let i = 0; i < Math.min(runs, 20); i++) task();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    task();
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)]! * 1000;
}

/** Rendering cost against article length (10× content ≈ 10× time), and one 2 MB paragraph. */
export function scaleBench(fmt: (micros: number) => string): void {
  console.log('## Scaling');
  // Per copy of the body, 400 copies against 10: linear cost gives 1.0 (target ≤ 1.5).
  const ten = benchArticle(10);
  const fourHundred = benchArticle(400);
  for (const [name, render] of [
    ['renderHtml', (a: Article) => renderHtml(a)],
    ['renderAmp', (a: Article) => renderAmp(a)],
    ['renderText', (a: Article) => renderText(a)],
  ] as const) {
    const perCopyTen = median(() => render(ten), 40) / 10;
    const perCopyFourHundred = median(() => render(fourHundred), 7) / 400;
    console.log(`${name} per body copy: 10× ${fmt(perCopyTen)}, 400× ${fmt(perCopyFourHundred)}, ratio ${(perCopyFourHundred / perCopyTen).toFixed(2)} (linear = 1)`);
  }
  for (const [name, render] of [
    ['renderHtml', (a: Article) => renderHtml(a)],
    ['renderAmp', (a: Article) => renderAmp(a)],
    ['renderText', (a: Article) => renderText(a)],
  ] as const) {
    const one = median(() => render(small), 300);
    const ten = median(() => render(large), 60);
    console.log(`${name}: small ${fmt(one)}, 10× ${fmt(ten)}, ratio ${(ten / one).toFixed(1)} (linear ≈ 10)`);
  }
  const words = 'The commission estimates that around 650 billion euros could be freed up. ';
  const huge: Article = { ...small, body: [{ type: 'paragraph', children: [{ type: 'text', value: words.repeat(Math.ceil(2_000_000 / words.length)) }] }] };
  for (const [name, render] of [
    ['renderHtml', () => renderHtml(huge)],
    ['renderAmp', () => renderAmp(huge)],
    ['renderText', () => renderText(huge)],
  ] as const) {
    console.log(`one 2 MB paragraph, ${name}: ${fmt(median(render, 5))}`);
  }
  console.log('');
}
