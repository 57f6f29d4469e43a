import type { Article } from '../../model/types.js';
import { h, text } from '../../render/hast/h.js';
import { serializeHtml } from '../../render/hast/serialize.js';
import { defaultStylesheet } from '../../render/hast/styles.js';
import { formatDate } from '../../render/shared/dates.js';
import type { OutputFormat } from '../../render/render-format.js';

/** One article of the site and the files written for it. */
export interface SiteEntry {
  article: Article;
  files: Partial<Record<OutputFormat, string>>;
}

const formatNames: Record<OutputFormat, string> = { html: 'HTML', amp: 'AMP', text: 'Plain text' };

/** Newest first, then by headline, so the page reads like a front page and never depends on file order. */
const newestFirst = (a: SiteEntry, b: SiteEntry) => Date.parse(b.article.published) - Date.parse(a.article.published) || a.article.headline.localeCompare(b.article.headline);

/**
 * The `index.html` of a rendered site: every article with a link to each
 * format written, so a person can open one file and browse the output.
 */
export function renderIndexPage(entries: readonly SiteEntry[]): string {
  const items = [...entries].sort(newestFirst).map(({ article, files }) => {
    const own = { lang: article.language, dir: article.direction };
    const links = (Object.keys(formatNames) as OutputFormat[])
      .filter((format) => files[format])
      .map((format) => h('li', [h('a', { href: files[format] }, [text(formatNames[format])], ), ...(format === 'amp' ? [text(' (needs a network connection)')] : [])]));
    return h('li', { className: ['pw-site-entry'] }, [
      h('h2', own, [h('a', { href: files.html ?? files.amp ?? files.text }, [text(article.headline)])]),
      ...(article.section ? [h('p', { className: ['pw-kicker'] }, [text(article.section.name)])] : []),
      h('p', { className: ['pw-dates'] }, [h('time', { dateTime: article.published }, [text(formatDate(article.published, 'en'))])]),
      h('ul', { className: ['pw-site-formats'] }, links),
    ]);
  });
  const style = `${defaultStylesheet}.pw-site-list{list-style:none;padding:0}.pw-site-entry{border-bottom:1px solid var(--pw-border);padding:1rem 0}.pw-site-entry h2{font-size:1.375rem;margin:0 0 .25rem}.pw-site-formats{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:.25rem 1.25rem;margin:.5rem 0 0}`;
  const page = h('html', { lang: 'en' }, [
    h('head', [h('meta', { charSet: 'utf-8' }), h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }), h('title', [text('Articles rendered by presswork')]), h('style', [text(style)])]),
    h('body', [
      h('main', { className: ['pw-article'] }, [
        h('h1', { className: ['pw-headline'] }, [text('Articles')]),
        h('p', { className: ['pw-dek'] }, [text(`${entries.length} article${entries.length === 1 ? '' : 's'}, each as an HTML page, an AMP page and plain text.`)]),
        h('p', [text('AMP pages load the AMP runtime from cdn.ampproject.org: without a network connection they stay blank for eight seconds and then show without their images and video.')]),
        h('ul', { className: ['pw-site-list'] }, items),
      ]),
    ]),
  ]);
  return `<!doctype html>\n${serializeHtml({ type: 'root', children: [page] })}\n`;
}
