import { resolve } from 'node:path';
import type { Article } from 'presswork';
import { loadContent } from 'presswork/node';

/** The articles: the repository's content/ (PRESSWORK_CONTENT names another folder). */
export const contentDir = resolve(process.env.PRESSWORK_CONTENT ?? '../../content');

export const site = { name: 'Riverton Herald', url: 'https://news.example.com' };

/** Every article in content/; an invalid one fails the build with presswork's message. */
export async function articles(): Promise<Article[]> {
  return (await loadContent(contentDir)).map((result) => {
    if (!result.ok) throw new Error(`${result.file}: ${result.issues.map((issue) => `${issue.path}: ${issue.message}`).join('; ')}`);
    return result.article;
  });
}
