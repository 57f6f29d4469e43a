import type { Article } from 'presswork';
import { loadContent } from 'presswork/node';
import { contentDir } from './content-dir.mjs';

/** Every valid article in content/, by slug; an invalid one fails the build with presswork's message. */
export async function articles(): Promise<Map<string, Article>> {
  const results = await loadContent(contentDir);
  const bySlug = new Map<string, Article>();
  for (const result of results) {
    if (!result.ok) throw new Error(`${result.file}: ${result.issues.map((issue) => `${issue.path}: ${issue.message}`).join('; ')}`);
    bySlug.set(result.article.slug, result.article);
  }
  return bySlug;
}

export const site = { name: 'Riverton Herald', url: 'https://news.example.com' };
