import { describe, expect, it } from 'vitest';
import { runOptions } from '../../src/a11y/axe-options.js';
import { selectRules } from '../../src/a11y/rule-selection.js';
import { createJsdomRunner } from '../../src/a11y/jsdom-engine.js';

describe('the reused jsdom window', () => {
  it('should not accumulate the style sheets of earlier documents', async () => {
    const runner = createJsdomRunner();
    try {
      for (let i = 0; i < 5; i++) {
        await runner.run(
          `<!doctype html><html lang="en"><head><title>t</title><style>p{color:#111}</style><style>h1{margin:0}</style></head><body><main><h1>x</h1><p>${i}</p></main></body></html>`,
          runOptions(selectRules()),
        );
      }
      // Only the current document's two sheets are live.
      expect(runner.window()!.document.styleSheets.length).toBe(2);
    } finally {
      runner.close();
    }
  });
});
