import { resolve } from 'node:path';
import { loadContent } from '../../src/node.js';
import type { Article } from '../../src/index.js';

export const contentDir = resolve(import.meta.dirname, '../../content');

/** Every article in `content/`, keyed by file name; fails loudly if any is invalid. */
export async function contentArticles(): Promise<Array<{ name: string; article: Article }>> {
  const results = await loadContent(contentDir);
  return results.map((result) => {
    if (!result.ok) throw new Error(`${result.file} is invalid: ${JSON.stringify(result.issues, null, 2)}`);
    return { name: result.file!.slice(contentDir.length + 1), article: result.article };
  });
}

/** Visit every block and inline node of an article, lead and corrections included. */
export function walk(article: Article, visit: (node: { type: string } & Record<string, unknown>) => void): void {
  const seen = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(seen);
    else if (value && typeof value === 'object') {
      const record = value as Record<string, unknown>;
      if (typeof record.type === 'string') visit(record as { type: string } & Record<string, unknown>);
      Object.values(record).forEach(seen);
    }
  };
  seen([article.dek, article.lead, article.body, article.corrections]);
}
