import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generatedRulesFile, generateRules } from '../../scripts/amp-rules.js';

describe('the AMP rule tables', () => {
  it('should be what scripts/amp-rules.ts generates from the vendored official rules (run `npm run amp:rules`)', () => {
    expect(readFileSync(generatedRulesFile, 'utf8')).toBe(generateRules());
  });
});
