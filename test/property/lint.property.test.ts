import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applySafeFixes, lintArticle, lintSeverities, parseArticle, safeParseJsonArticle, type LintPath } from '../../src/index.js';
import { articleInput } from '../helpers/arbitraries.js';
import { seeded } from '../helpers/property.js';

const article = articleInput.map((input) => parseArticle(input));

/** The value at a path of the article, or undefined when the path leads nowhere. */
function at(value: unknown, path: LintPath): unknown {
  return path.reduce<unknown>((node, key) => (node === null || typeof node !== 'object' ? undefined : (node as Record<string | number, unknown>)[key]), value);
}

describe('the content lint on generated articles (mixed scripts, hostile strings, every block type)', () => {
  it('should never throw, and every finding should name a rule, a severity, a real path and words of the article', () => {
    fc.assert(
      fc.property(article, (value) => {
        for (const finding of lintArticle(value)) {
          expect(lintSeverities).toContain(finding.severity);
          expect(at(value, finding.segments), finding.path).toBeDefined();
          if (finding.fix) expect(at(value, finding.fix.segments), `fix of ${finding.path}`).toBeDefined();
          if (finding.fix?.kind === 'replace') expect(String(at(value, finding.fix.segments)).slice(finding.fix.offset, finding.fix.offset + finding.fix.find.length)).toBe(finding.fix.find);
        }
      }),
      seeded(120),
    );
  });

  it('should make progress with its safe fixes: what it fixed in a JSON source is not found again', () => {
    let fixedSomething = 0;
    fc.assert(
      fc.property(article, (value) => {
        const source = JSON.stringify(value, null, 2);
        const loaded = safeParseJsonArticle(source);
        if (!loaded.ok) return;
        const findings = lintArticle(loaded.article, { locations: loaded.locations, source });
        const { source: fixed, fixed: made } = applySafeFixes(source, 'json', findings, loaded.locations);
        if (made.length === 0) return;
        fixedSomething++;
        // Removing the only body paragraph leaves an article the schema refuses: the CLI then keeps the file as it was.
        const reloaded = safeParseJsonArticle(fixed);
        if (!reloaded.ok) return;
        const safe = (list: typeof findings) => list.filter((finding) => finding.fix?.safe).map((finding) => `${finding.ruleId} ${finding.message}`);
        const left = safe(lintArticle(reloaded.article));
        expect(left.length).toBeLessThan(safe(findings).length);
      }),
      seeded(80),
    );
    expect(fixedSomething, 'generated articles with something to fix').toBeGreaterThan(0);
  });
});
