import type { ElementContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { h } from '../../render/hast/h.js';
import type { ReviewedItem } from '../../a11y/review/ledger.js';
import type { FileResult } from '../check/types.js';
import type { ReporterContext } from './context.js';
import { placeText, problemsOf, reviewMessage, severity, type Problem } from './problems.js';
import { summaryLine } from './pretty.js';

/**
 * Colours with at least 7:1 contrast on white (AAA for text), focus visible,
 * no external resource: the report is one file that opens offline.
 */
const css = `
:root { color: #1a1a1a; background: #fff; font: 1rem/1.5 system-ui, sans-serif; }
body { margin: 0 auto; max-width: 60rem; padding: 1rem; }
a { color: #0b3d91; }
a:focus-visible, summary:focus-visible { outline: 3px solid #0b3d91; outline-offset: 2px; }
summary { cursor: pointer; }
pre { background: #f3f3f3; color: #1a1a1a; padding: 0.5rem; overflow-x: auto; white-space: pre-wrap; word-break: break-word; }
.impact { font-weight: 700; }
.shot { display: block; max-width: 100%; height: auto; border: 1px solid #767676; }
.problem { border-top: 1px solid #767676; padding: 0.5rem 0; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.25rem 1rem; }
dt { font-weight: 700; }
dd { margin: 0; }
`;

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

/** A stable id for a file's section (the links of the table of contents). */
const sectionId = (index: number) => `file-${index + 1}`;

function problemItem(problem: Problem): ElementContent {
  const where = placeText(problem.file, problem.place);
  if (problem.kind === 'content') {
    return h('li', { className: ['problem'] }, [
      h('p', [h('span', { className: ['impact'] }, 'error'), ` ${problem.issue.message}`]),
      h('dl', [h('dt', 'Source'), h('dd', where), h('dt', 'Field'), h('dd', h('code', problem.issue.path))]),
    ]);
  }
  if (problem.kind === 'lint') {
    const { finding } = problem;
    return h('li', { className: ['problem'] }, [
      h('p', [h('span', { className: ['impact'] }, finding.severity), ` ${finding.message}`]),
      h('dl', [
        h('dt', 'Rule'),
        h('dd', [h('a', { href: finding.helpUrl }, `lint/${finding.ruleId}`)]),
        ...(finding.wcag.length > 0 ? [h('dt', 'WCAG'), h('dd', finding.wcag.join(', '))] : []),
        h('dt', 'Source'),
        h('dd', where),
        h('dt', 'Field'),
        h('dd', h('code', finding.path)),
        ...(problem.baselined ? [h('dt', 'Baseline'), h('dd', 'known (in the baseline)')] : []),
      ]),
    ]);
  }
  if (problem.kind === 'review') {
    const { item } = problem;
    return h('li', { className: ['problem'] }, [
      h('p', [h('span', { className: ['impact'] }, item.status), ` ${reviewMessage(item)}`]),
      h('dl', [
        h('dt', 'Review item'),
        h('dd', h('code', item.id)),
        ...(item.wcag.length > 0 ? [h('dt', 'WCAG'), h('dd', item.wcag.join(', '))] : []),
        h('dt', 'Source'),
        h('dd', where),
        h('dt', 'Part'),
        h('dd', item.path ? h('code', item.path) : 'the whole article'),
      ]),
    ]);
  }
  const { rule, node } = problem;
  return h('li', { className: ['problem'] }, [
    h('p', [h('span', { className: ['impact'] }, problem.baselined ? 'baseline' : severity(problem)), ` ${rule.help}`]),
    h('dl', [
      h('dt', 'Rule'),
      h('dd', [h('a', { href: rule.helpUrl }, rule.id)]),
      ...(rule.wcag.length > 0 ? [h('dt', 'WCAG'), h('dd', rule.wcag.join(', '))] : []),
      h('dt', 'Outputs'),
      h('dd', problem.formats.join(', ')),
      h('dt', 'Source'),
      h('dd', where),
      ...(node.path ? [h('dt', 'Part'), h('dd', h('code', node.path))] : []),
      h('dt', 'Element'),
      h('dd', h('code', node.line !== undefined ? `line ${node.line} of the output` : node.target.join(' '))),
    ]),
    h('pre', [h('code', node.html)]),
    ...(node.failureSummary ? [h('p', node.failureSummary)] : []),
    // A data URL: the report stays one file that opens offline.
    ...(node.screenshot ? [h('img', { src: node.screenshot, alt: `The page, with the element ${rule.id} flags outlined in red`, className: ['shot'] })] : []),
  ]);
}

function fileSection(result: FileResult, index: number): ElementContent {
  const problems = problemsOf(result);
  const id = sectionId(index);
  const review = result.reports.flatMap((report) => report.incomplete.map((rule) => ({ report, rule })));
  return h('section', { ariaLabelledBy: id }, [
    h('h3', { id }, `${result.file} (${result.kind})`),
    problems.length === 0 ? h('p', 'No problems found.') : h('ul', problems.map(problemItem)),
    ...(review.length > 0
      ? [
          h('details', [
            h('summary', `Needs review: ${plural(review.length, 'rule')} axe could not decide`),
            h(
              'ul',
              review.map(({ report, rule }) =>
                h('li', [
                  h('a', { href: rule.helpUrl }, rule.id),
                  ` (${report.format}): ${rule.help}${rule.wcag.length > 0 ? ` [WCAG ${rule.wcag.join(', ')}]` : ''}, ${plural(rule.nodes.length, 'element')}`,
                ]),
              ),
            ),
          ]),
        ]
      : []),
    ...(result.review?.some((item) => item.status === 'passed') ? [reviewDetails(result.review.filter((item) => item.status === 'passed'))] : []),
  ]);
}

/** `check --require-review`: the items a person has signed off (those still open are among the problems). */
function reviewDetails(items: readonly ReviewedItem[]): ElementContent {
  return h('details', [
    h('summary', `Review: ${plural(items.length, 'item')} signed off`),
    h(
      'ul',
      items.map((item) =>
        h('li', [
          h('code', item.id),
          ` [WCAG ${item.wcag.join(', ')}] by ${item.signOff!.by} on ${item.signOff!.at.slice(0, 10)}${item.signOff!.note ? ` (${item.signOff!.note})` : ''}. ${item.question}`,
        ]),
      ),
    ),
  ]);
}

/**
 * `--reporter html`: one self-contained page (no script, no external style
 * or image) with the run's summary, a section per file with each problem's
 * rule, help link, WCAG criteria, outputs, source `file:line` and offending
 * markup (and, with the Chromium engine, a screenshot of the page with the
 * element outlined, as a data URL), what needs review, and what the engine
 * could not evaluate. The
 * page itself passes axe (tested, in jsdom and in Chromium) and is read and
 * used with a keyboard: links and native `details` only.
 */
export function htmlReport(results: readonly FileResult[], context: ReporterContext): string {
  const { summary } = context;
  const listed = context.quiet ? results.filter((result) => problemsOf(result).length > 0) : results;
  const lint = summary.command === 'lint';
  const title = lint ? 'presswork content lint report' : 'presswork accessibility report';
  const body: ElementContent[] = [
    h('h1', title),
    h('p', `presswork ${context.version}, ${lint ? 'content lint' : `${summary.engine} engine`}, failing at ${summary.failOn} and above.`),
    h('h2', 'Summary'),
    h('p', summaryLine(summary).split('\n')[0]),
    h('dl', [
      h('dt', 'Files'),
      h('dd', String(summary.files)),
      h('dt', 'Invalid'),
      h('dd', String(summary.invalid)),
      ...(lint ? [] : [h('dt', 'Violations'), h('dd', String(summary.violations))]),
      h('dt', 'Lint findings'),
      h('dd', String(summary.findings ?? 0)),
      h('dt', 'Failing'),
      h('dd', String(summary.failing)),
      ...(summary.review ? [h('dt', 'Review items not signed off'), h('dd', String(summary.review.open + summary.review.reopened + summary.review.failed))] : []),
    ]),
    h('h2', 'Files'),
    listed.length === 0
      ? h('p', 'No files with problems.')
      : h(
          'ul',
          listed.map((result, index) => h('li', [h('a', { href: `#${sectionId(index)}` }, result.file), ` — ${plural(problemsOf(result).length, 'problem')}`])),
        ),
    ...listed.map(fileSection),
    ...(lint
      ? []
      : [
          h('h2', 'Not evaluated'),
          summary.notEvaluated.length > 0
            ? h('p', `The ${summary.engine} engine cannot judge these rules (they need layout): ${summary.notEvaluated.join(', ')}. Run with --engine chromium to check them.`)
            : h('p', 'Every selected rule was evaluated.'),
        ]),
  ];
  const tree = h('html', { lang: 'en' }, [
    h('head', [h('meta', { charSet: 'utf-8' }), h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }), h('title', title), h('style', css)]),
    h('body', [h('main', body)]),
  ]);
  return `<!doctype html>\n${toHtml(tree)}\n`;
}
