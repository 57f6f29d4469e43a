import { checkArticle, type Checker, type CheckOptions } from '../../a11y/checker.js';
import { pageLocator } from '../../a11y/locate.js';
import { flaggedNodes } from '../../a11y/report.js';
import { pageReviewItems, reviewItems } from '../../a11y/review/items.js';
import { applySignOffs } from '../../a11y/review/ledger.js';
import { renderFormat } from '../../render/render-format.js';
import { describeFault } from '../../load/contain-fault.js';
import { readSource, safeParseArticleSource } from '../../load/files.js';
import { loadExtensions } from '../extensions.js';
import { createIssue, type ArticleIssue } from '../../model/errors.js';
import { isPage } from './collect-files.js';
import { lintLoaded } from './lint-file.js';
import type { LintFinding } from '../../lint/types.js';
import type { CheckSettings, FileResult } from './types.js';

/** The largest page presswork checks (16 MB of text): far past any real article page, small enough to bound memory. */
export const maxPageLength = 16 * 2 ** 20;

/** A built page is AMP when its root is `<html ⚡>` or `<html amp>`. */
export function isAmpPage(html: string): boolean {
  return /<html[^>]*\s(?:⚡|amp)(?:[\s=>])/i.test(html.slice(0, 2000));
}

/**
 * Load one file and check it: an article is rendered in each format and each
 * output checked; a built `.html` page is checked as it is. Never throws:
 * bad content, and any fault while rendering or checking this file, become
 * the file's issues, so one file never stops a run.
 */
export async function checkFile(file: string, settings: CheckSettings, checker: Checker, signal?: AbortSignal): Promise<FileResult> {
  try {
    return await loadAndCheck(file, { ...checkOptions(settings), ...(signal && { signal }) }, settings, checker);
  } catch (error) {
    return { file, kind: isPage(file) ? 'page' : 'article', issues: [createIssue([], 'check_failed', `presswork could not check this file: ${describeFault(error)}`, file)], reports: [] };
  }
}

/** The checker options a run's settings give. */
function checkOptions(settings: CheckSettings): CheckOptions {
  return {
    engine: settings.engine,
    width: settings.width,
    ...settings.selection,
    ...(settings.loadTimeout !== undefined && { loadTimeout: settings.loadTimeout }),
    ...(settings.screenshots && { screenshots: true }),
  };
}

async function loadAndCheck(file: string, options: CheckOptions, settings: CheckSettings, checker: Checker): Promise<FileResult> {
  const read = await readSource(file);
  if (!read.ok) return { file, kind: 'article', issues: [read.issue], reports: [] };
  const { source } = read;
  if (isPage(file)) {
    if (source.length > maxPageLength) {
      return {
        file,
        kind: 'page',
        issues: [
          createIssue([], 'page_too_large', `Not checked: the page has ${source.length.toLocaleString('en')} characters, more than the ${maxPageLength.toLocaleString('en')} presswork checks`, file),
        ],
        reports: [],
      };
    }
    const format = isAmpPage(source) ? 'amp' : 'html';
    if (!settings.formats.includes(format)) return { file, kind: 'page', issues: [], reports: [] };
    // A page presswork did not render: AMP validity by the official rules, presswork's house rules as warnings.
    const report = await checker.check(source, { ...options, format, amp: { houseSeverity: 'warning' } });
    const place = pageLocator(source);
    for (const node of flaggedNodes(report)) {
      const location = place(node);
      if (location) node.location = location;
    }
    const transcripts = settings.transcripts ? { [format]: await checker.transcript(source, { format }) } : undefined;
    return {
      file,
      kind: 'page',
      issues: [],
      reports: [report],
      ...(transcripts && { transcripts }),
      ...(settings.review && { review: applySignOffs(pageReviewItems(source, [report])) }),
    };
  }
  const extensions = settings.extensions ? await loadExtensions(settings.extensions) : undefined;
  const loaded = safeParseArticleSource(source, file, { extensions });
  if (!loaded.ok) return { file, kind: 'article', issues: loaded.issues, reports: [] };
  // A lint rule that fails (a site's own, say) is reported on the file; the accessibility results still count.
  const issues: ArticleIssue[] = [];
  let findings: LintFinding[] = [];
  if (settings.lint !== false) {
    try {
      findings = await lintLoaded(loaded.article, loaded.locations, source, settings.lint ?? {}, extensions);
    } catch (error) {
      issues.push(createIssue([], 'lint_failed', `The content lint failed on this file: ${describeFault(error)}`, file));
    }
  }
  const reports = await checkArticle(loaded.article, { ...options, checker, formats: settings.formats, locations: loaded.locations, extensions });
  const transcripts: FileResult['transcripts'] = {};
  if (settings.transcripts) {
    for (const format of settings.formats) {
      if (format === 'text') continue; // plain text is read as it is written
      transcripts[format] = await checker.transcript(renderFormat(loaded.article, format, { extensions }), { format });
    }
  }
  return {
    file,
    kind: 'article',
    issues,
    reports,
    ...(settings.lint !== false && { findings }),
    ...(loaded.notices.length > 0 && { notices: loaded.notices }),
    ...(settings.transcripts && { transcripts }),
    ...(settings.review && {
      review: applySignOffs(reviewItems(loaded.article, reports, { locations: loaded.locations })),
      subject: { id: loaded.article.id, title: loaded.article.headline, url: loaded.article.canonicalUrl },
    }),
  };
}
