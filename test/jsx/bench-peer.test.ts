import { describe, expect, it } from 'vitest';
import { renderHtml } from '../../src/index.js';
import { large, small } from '../../bench/fixtures.js';
import { renderHandWrittenReact } from '../../bench/react-article.js';
import { normalize } from '../helpers/frameworks.js';

// `npm run bench` holds presswork/react to 1.5× a hand-written JSX version: only fair if both write the same page.
describe('the hand-written JSX the benchmark compares presswork/react with', () => {
  it.each([
    ['the benchmark article', small],
    ['ten times its body', large],
  ])('renders %s as renderHtml does', (_, article) => {
    expect(normalize('react', renderHandWrittenReact(article))).toBe(normalize('presswork', renderHtml(article, { fragment: true })));
  });
});
