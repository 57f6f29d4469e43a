import { describe, expect, it } from 'vitest';
import { apiReport, undocumentedFields } from '../../scripts/api-report.js';

describe('the public API', () => {
  it('should match the reviewed report: a change to it is deliberate (`npm run api:report`, then review the diff)', async () => {
    const report = apiReport();
    expect(report).not.toMatch(/\/work\/|import\("/);
    // What the entry points must not leak: helpers that are ours to change.
    for (const internal of ['formatPath', 'palette', 'createReport', 'textDocument', 'ampForAxe', 'chromiumFlags', 'viewports', 'textRuleSet', 'wcagCriteria'])
      expect(report).not.toMatch(new RegExp(`^(const|function|type|interface|class) ${internal}\\b`, 'm'));
    await expect(report).toMatchFileSnapshot('../../api/presswork.api.md');
  }, 60_000);

  it('should document every field of the article, its blocks and inline nodes (what editor hovers show)', () => {
    expect(undocumentedFields()).toEqual([]);
  }, 60_000);
});
