import { copyFile, mkdir, stat } from 'node:fs/promises';
import { dirname, relative, resolve, sep } from 'node:path';
import type { Article } from '../../model/types.js';

/** Every `src` of an article (images, srcset entries, posters, video sources, captions, audio). */
export function mediaSources(article: Article): string[] {
  const found: string[] = [];
  const visit = (value: unknown, key?: string): void => {
    if (typeof value === 'string') {
      if (key === 'src') found.push(value);
    } else if (Array.isArray(value)) for (const item of value) visit(item);
    else if (value && typeof value === 'object') for (const [name, child] of Object.entries(value)) visit(child, name);
  };
  visit(article.lead);
  visit(article.body);
  return [...new Set(found)];
}

const isDocumentRelative = (url: string) => url.startsWith('./') || url.startsWith('../');

/**
 * Copy the media files an article refers to by document-relative path
 * (`./media/a.svg`) from beside the article to the same place beside its
 * pages, so the written site works offline. Returns one message per file
 * that could not be copied (missing, or outside the output folder).
 */
export async function copyMediaFiles(article: Article, articleFile: string, outDir: string, copied: Map<string, string>): Promise<string[]> {
  const problems: string[] = [];
  for (const url of mediaSources(article).filter(isDocumentRelative)) {
    const path = decodeURIComponent(url.replace(/[?#].*$/, ''));
    const source = resolve(dirname(articleFile), path);
    const target = resolve(outDir, path);
    if (target !== outDir && !target.startsWith(outDir + sep)) {
      problems.push(`\`${url}\` points outside the output folder; the pages would not find it`);
      continue;
    }
    const earlier = copied.get(target);
    if (earlier === source) continue;
    if (earlier) {
      problems.push(`\`${url}\` names ${relative(outDir, target)} in the output, which another article fills from ${earlier}`);
      continue;
    }
    const info = await stat(source).catch(() => undefined);
    if (!info?.isFile()) {
      problems.push(`\`${url}\` does not exist (looked for ${source})`);
      continue;
    }
    await mkdir(dirname(target), { recursive: true });
    await copyFile(source, target);
    copied.set(target, source);
  }
  return problems;
}
