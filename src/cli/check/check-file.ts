import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import type { Checker } from '../../a11y/checker.js';
import { safeParseArticleSource } from '../../load/files.js';
import { createIssue } from '../../model/errors.js';
import { renderAmp } from '../../render/amp/render-amp.js';
import { renderHtml } from '../../render/html/render-html.js';
import { renderText } from '../../render/text/render-text.js';
import type { CheckSettings, FileResult } from './types.js';

/** A built page is AMP when its root is `<html ⚡>` or `<html amp>`. */
export function isAmpPage(html: string): boolean {
  return /<html[^>]*\s(?:⚡|amp)(?:[\s=>])/i.test(html.slice(0, 2000));
}

/**
 * Load one file and check it: an article is rendered in each format and each
 * output checked; a built `.html` page is checked as it is. Never throws for
 * bad content: that becomes the file's issues.
 */
export async function checkFile(file: string, settings: CheckSettings, checker: Checker): Promise<FileResult> {
  let source: string;
  try {
    source = new TextDecoder('utf-8', { fatal: true }).decode(await readFile(file));
  } catch (error) {
    const message = error instanceof TypeError ? 'The file is not valid UTF-8' : `Cannot read the file (${(error as NodeJS.ErrnoException).code ?? String(error)})`;
    return { file, kind: 'article', issues: [createIssue([], 'unreadable', message, file)], reports: [] };
  }
  if (extname(file).toLowerCase() === '.html' || extname(file).toLowerCase() === '.htm') {
    const format = isAmpPage(source) ? 'amp' : 'html';
    if (!settings.formats.includes(format)) return { file, kind: 'page', issues: [], reports: [] };
    return { file, kind: 'page', issues: [], reports: [await checker.check(source, { format, engine: settings.engine, width: settings.width })] };
  }
  const loaded = safeParseArticleSource(source, file);
  if (!loaded.ok) return { file, kind: 'article', issues: loaded.issues, reports: [] };
  const { article } = loaded;
  const outputs = { html: () => renderHtml(article), amp: () => renderAmp(article), text: () => renderText(article, { width: settings.width }) };
  const reports = [];
  for (const format of settings.formats) {
    reports.push(await checker.check(outputs[format](), { format, engine: settings.engine, lang: article.language, dir: article.direction, width: settings.width }));
  }
  return { file, kind: 'article', issues: [], reports };
}
