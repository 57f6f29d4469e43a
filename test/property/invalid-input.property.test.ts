import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ArticleValidationError, parseArticle, safeParseArticle } from '../../src/index.js';
import { articleInput } from '../helpers/arbitraries.js';
import { seeded } from '../helpers/property.js';

describe('invalid input', () => {
  it('should never throw from safeParseArticle, for any JSON value', () => {
    fc.assert(
      fc.property(fc.anything({ withNullPrototype: true, withBigInt: true, withDate: true, withMap: true, withSet: true, withTypedArray: true, withSparseArray: true }), (value) => {
        const result = safeParseArticle(value);
        expect(result.success).toBe(false);
        if (!result.success) {
          expect(result.issues.length).toBeGreaterThan(0);
          for (const issue of result.issues) expect(typeof issue.path === 'string' && typeof issue.message === 'string').toBe(true);
        }
      }),
      seeded(500),
    );
  });

  it('should throw only ArticleValidationError from parseArticle', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        try {
          parseArticle(value);
        } catch (error) {
          expect(error).toBeInstanceOf(ArticleValidationError);
        }
      }),
      seeded(300),
    );
  });

  /** Set a random path of the article to a random value. */
  const mutation = fc.tuple(
    fc.array(fc.nat(), { minLength: 1, maxLength: 6 }),
    fc.oneof(fc.jsonValue(), fc.constant(undefined), fc.constantFrom('javascript:alert(1)', '', ' ', '\u0000', 'x'.repeat(10))),
  );

  function mutate(input: unknown, [steps, value]: [number[], unknown]): unknown {
    const copy = structuredClone(input) as Record<string, unknown>;
    let node: Record<string, unknown> = copy;
    for (const [index, step] of steps.entries()) {
      const keys = Object.keys(node);
      if (keys.length === 0) break;
      const key = keys[step % keys.length]!;
      const child = node[key];
      if (index === steps.length - 1 || child === null || typeof child !== 'object') {
        node[key] = value;
        break;
      }
      node = child as Record<string, unknown>;
    }
    return copy;
  }

  it('should give issues with paths, never another exception, for mutated valid articles', () => {
    fc.assert(
      fc.property(articleInput, mutation, (input, change) => {
        const result = safeParseArticle(mutate(input, change));
        if (!result.success) {
          expect(result.issues.length).toBeGreaterThan(0);
          for (const issue of result.issues) expect(issue.path).toMatch(/^(\(root\)|[A-Za-z])/);
        }
      }),
      seeded(300),
    );
  });
});
