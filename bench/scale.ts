import { renderAmp, renderHtml, renderText, type Article } from '../src/index.js';
import { large, small } from './fixtures.js';

function median(task: () => unknown, runs: number): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    task();
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)]! * 1000;
}

/** Rendering cost against article length (10× content ≈ 10× time), and one 2 MB paragraph. */
export async function scaleBench(fmt: (micros: number) => string): Promise<void> {
  console.log('## Scaling');
  for (const [name, render] of [['renderHtml', (a: Article) => renderHtml(a)], ['renderAmp', (a: Article) => renderAmp(a)], ['renderText', (a: Article) => renderText(a)]] as const) {
    const one = median(() => render(small), 300);
    const ten = median(() => render(large), 60);
    console.log(`${name}: small ${fmt(one)}, 10× ${fmt(ten)}, ratio ${(ten / one).toFixed(1)} (linear ≈ 10)`);
  }
  const words = 'The commission estimates that around 650 billion euros could be freed up. ';
  const huge: Article = { ...small, body: [{ type: 'paragraph', children: [{ type: 'text', value: words.repeat(Math.ceil(2_000_000 / words.length)) }] }] };
  for (const [name, render] of [['renderHtml', () => renderHtml(huge)], ['renderAmp', () => renderAmp(huge)], ['renderText', () => renderText(huge)]] as const) {
    console.log(`one 2 MB paragraph, ${name}: ${fmt(median(render, 5))}`);
  }
  console.log('');
}
