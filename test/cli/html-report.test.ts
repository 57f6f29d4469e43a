import { cp, mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { beforeAll, describe, expect, it } from 'vitest';
import { requireSystemPackage } from '../../scripts/system-packages.js';
import { checkAccessibility } from '../../src/a11y/index.js';
import { runCli } from '../helpers/cli.js';

const root = resolve(import.meta.dirname, '../..');
let report: string;
/** The same run with the Chromium engine: screenshots of the flagged elements. */
let chromiumReport: string;
/** `presswork lint` with the same reporter. */
let lintReport: string;

beforeAll(async () => {
  requireSystemPackage('chromium');
  const cwd = await mkdtemp(join(tmpdir(), 'presswork-report-'));
  await cp(join(root, 'test/fixtures/docs/scores.md'), join(cwd, 'drafts/scores.md'));
  await cp(join(root, 'content/minimal-brief.md'), join(cwd, 'drafts/brief.md'));
  const run = await runCli(['check', 'drafts', '--reporter', 'html', '--output', 'report.html', '--jobs', '1'], { cwd });
  expect(run.code).toBe(1);
  report = await readFile(join(cwd, 'report.html'), 'utf8');
  // With the review items too: the report's own disclosure widgets are part of what axe checks.
  const chromium = await runCli(['check', 'drafts', '--engine', 'chromium', '--require-review', '--reporter', 'html:chromium.html', '--jobs', '1'], { cwd });
  expect(chromium.code).toBe(1);
  chromiumReport = await readFile(join(cwd, 'chromium.html'), 'utf8');
  await runCli(['lint', 'drafts', '--reporter', 'html:lint.html'], { cwd });
  lintReport = await readFile(join(cwd, 'lint.html'), 'utf8');
}, 180_000);

describe('check --reporter html', () => {
  it('should give the summary, each violation with its rule, help link, outputs, source line and markup, and what was not evaluated', () => {
    const tree = fromHtml(report);
    const text = toText(tree).replace(/\s+/g, ' ');
    expect(text).toContain('2 files checked, 0 invalid, 2 violations');
    const problem = selectAll('li.problem', tree).find((item) => toText(item).includes('empty-table-header'))!;
    const said = toText(problem).replace(/\s+/g, ' ');
    expect(said).toContain('minor Table header text should not be empty');
    expect(said).toContain('Outputs html, amp');
    expect(said).toContain('Source drafts/scores.md:14:1');
    expect(said).toContain('Part body[1]');
    expect(said).toContain('<th scope="col"></th>');
    expect(selectAll('a', problem).map((link) => link.properties.href)).toContain('https://dequeuniversity.com/rules/axe/4.14/empty-table-header?application=axeAPI');
    expect(text).toContain('drafts/brief.md (article) No problems found.');
    expect(text).toMatch(/Not evaluated The jsdom engine cannot judge these rules \(they need layout\): .*color-contrast/);
  });

  it('should list each review item with its status with --require-review, and call a lint run a lint report', () => {
    const item = selectAll('li.problem', fromHtml(chromiumReport)).find((problem) => toText(problem).includes('table-headers@body[1]'))!;
    const said = toText(item).replace(/\s+/g, ' ');
    expect(said).toContain('open table-headers@body[1] awaits review: The header cells name what each row and column holds');
    expect(said).toContain('Source drafts/scores.md:14:1');
    expect(toText(fromHtml(chromiumReport))).toMatch(/Review items not signed off\s*\d+/);

    const lint = fromHtml(lintReport);
    expect(toText(selectAll('title, h1', lint)[0]!)).toBe('presswork content lint report');
    expect(toText(lint)).toMatch(/presswork [\d.]+\S*, content lint, failing at warning and above\./);
    expect(toText(lint)).not.toMatch(/Not evaluated|Violations|engine/);
  });

  it('should be one self-contained page: no script, no external style, image or font', () => {
    for (const page of [report, chromiumReport]) {
      const tree = fromHtml(page);
      expect(selectAll('script, link, iframe, object, embed', tree)).toEqual([]);
      for (const image of selectAll('img', tree)) expect(String(image.properties.src)).toMatch(/^data:image\/jpeg;base64,/);
      expect(page).not.toMatch(/url\(|@import/);
    }
  });

  it('should show, with the Chromium engine, the page with each flagged element outlined', () => {
    const tree = fromHtml(chromiumReport);
    const problem = selectAll('li.problem', tree).find((item) => toText(item).includes('empty-table-header'))!;
    const [shot] = selectAll('img', problem);
    expect(shot?.properties.alt).toBe('The page, with the element empty-table-header flags outlined in red');
    expect(Buffer.from(String(shot?.properties.src).split(',')[1]!, 'base64').subarray(0, 3)).toEqual(Buffer.from([0xff, 0xd8, 0xff]));
    expect(selectAll('img', fromHtml(report))).toEqual([]);
  });

  it('should be usable with a keyboard: only native links and disclosure widgets, no tabindex', () => {
    const tree = fromHtml(report);
    expect(selectAll('[tabindex], [onclick], button, input', tree)).toEqual([]);
    for (const link of selectAll('a', tree)) expect(typeof link.properties.href).toBe('string');
  });

  it('should itself pass axe with zero violations, in jsdom and in Chromium (contrast included)', async () => {
    for (const [engine, page] of [
      ['jsdom', report],
      ['chromium', chromiumReport],
    ] as const) {
      const result = await checkAccessibility(page, { format: 'html', engine });
      expect(result.violations.map((violation) => `${engine} ${violation.id}`)).toEqual([]);
      if (engine === 'chromium') expect(result.passes).toContain('color-contrast');
    }
  }, 60_000);
});
