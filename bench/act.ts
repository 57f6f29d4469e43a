/**
 * `npm run bench:act`: accuracy on the W3C ACT Rules test cases that axe-core
 * maps (vendored in test/fixtures/act), through presswork's jsdom and
 * chromium engines and raw axe-core injected into a Chromium page. Writes
 * the results between the `act-results` markers of docs/accessibility.md.
 *
 *   npm run bench:act [-- --every N] [--rule <act id>] [--no-write]
 *
 * Each engine runs, for each case, exactly the axe rules mapped to the case's
 * ACT rule. A failed case is caught (a violation of a mapped rule), flagged
 * (needs review, or not evaluated by the engine) or silently missed; a
 * violation on a passed or inapplicable case is a false positive.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { parseArgs } from 'node:util';
import { chromium, type Browser } from 'playwright-core';
import type { AxeResults } from 'axe-core';
import { chromiumFlags } from '../src/a11y/chromium-engine.js';
import { createChecker, type A11yReport } from '../src/a11y/index.js';

const require = createRequire(import.meta.url);
const axe = require('axe-core') as { version: string; source: string; getRules(): Array<{ ruleId: string; actIds?: string[] }> };
const fixtures = new URL('../test/fixtures/act/', import.meta.url);
const docsFile = new URL('../docs/accessibility.md', import.meta.url);

interface TestCase {
  ruleId: string;
  ruleName: string;
  expected: 'passed' | 'failed' | 'inapplicable';
  testcaseId: string;
  relativePath: string;
}
type Outcome = 'caught' | 'flagged' | 'missed' | 'false positive' | 'clean' | 'error';
interface Verdict {
  outcome: Outcome;
  ms: number;
}

const { values: args } = parseArgs({ options: { every: { type: 'string', default: '1' }, rule: { type: 'string' }, 'no-write': { type: 'boolean', default: false } } });
const every = Math.max(1, Number(args.every));
const suite = JSON.parse(await readFile(new URL('testcases.json', fixtures), 'utf8')) as { source: string; testcases: TestCase[] };
const cases = suite.testcases.filter((testcase, index) => index % every === 0 && (!args.rule || testcase.ruleId === args.rule));
const mapped = new Map<string, string[]>();
for (const rule of axe.getRules()) for (const id of rule.actIds ?? []) mapped.set(id, [...(mapped.get(id) ?? []), rule.ruleId]);

/** A case's outcome from the rules that failed and those flagged for review. */
function judge(testcase: TestCase, failed: readonly string[], flagged: readonly string[]): Outcome {
  const rules = mapped.get(testcase.ruleId)!;
  const fails = failed.some((id) => rules.includes(id));
  if (testcase.expected !== 'failed') return fails ? 'false positive' : 'clean';
  if (fails) return 'caught';
  return flagged.some((id) => rules.includes(id)) ? 'flagged' : 'missed';
}

const fromReport = (testcase: TestCase, report: A11yReport) =>
  judge(
    testcase,
    report.violations.map((result) => result.id),
    [...report.incomplete.map((result) => result.id), ...report.notEvaluated],
  );

/** Longest a case may take in any engine before it counts as an error. */
const caseTimeoutMs = 20_000;

async function timed(run: () => Promise<Outcome>): Promise<Verdict> {
  const start = performance.now();
  let timer: NodeJS.Timeout | undefined;
  try {
    const late = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no result in ${caseTimeoutMs / 1000} s`)), caseTimeoutMs);
    });
    const outcome = await Promise.race([run(), late]);
    return { outcome, ms: performance.now() - start };
  } catch (error) {
    console.error(`  error: ${(error as Error).message.split('\n')[0]!.slice(0, 200)}`);
    return { outcome: 'error', ms: performance.now() - start };
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Raw axe-core, driven directly and efficiently: one page reused for every
 * document, axe evaluated into the page and each of its frames once per
 * load, one axe.run of the mapped rules (axe's own frame messaging).
 */
async function rawAxe(browser: Browser) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.route('**/*', (route) => route.abort());
  let page = await context.newPage();
  return {
    async check(testcase: TestCase, html: string): Promise<Outcome> {
      await page.setContent(html, { waitUntil: 'load' });
      for (const frame of page.frames()) await frame.evaluate(axe.source).catch(() => undefined);
      const results = await page.evaluate(
        (rules) =>
          (window as unknown as { axe: { run(context: Document, options: unknown): Promise<AxeResults> } }).axe.run(document, {
            runOnly: { type: 'rule', values: rules },
            resultTypes: ['violations', 'incomplete'],
          }),
        mapped.get(testcase.ruleId)!,
      );
      return judge(
        testcase,
        results.violations.map((result) => result.id),
        results.incomplete.map((result) => result.id),
      );
    },
    /** After an error the page may still be busy: the next case gets a new one. */
    async renew() {
      void page.close().catch(() => undefined);
      page = await context.newPage();
    },
    close: () => context.close(),
  };
}

const engines = ['presswork jsdom', 'presswork chromium', `raw axe-core ${axe.version} in Chromium`] as const;
const verdicts = new Map<string, Verdict[]>(engines.map((engine) => [engine, []]));
const jsdom = createChecker({ engine: 'jsdom' });
const inChromium = createChecker({ engine: 'chromium' });
const browser = await chromium.launch({ executablePath: process.env.PRESSWORK_CHROMIUM ?? '/usr/bin/chromium', args: chromiumFlags });
const raw = await rawAxe(browser);
console.log(`ACT Rules: ${cases.length} cases of ${new Set(cases.map((testcase) => testcase.ruleId)).size} rules, three engines`);
try {
  for (const [index, testcase] of cases.entries()) {
    const html = await readFile(new URL(testcase.relativePath, fixtures), 'utf8');
    const only = mapped.get(testcase.ruleId)!;
    verdicts.get(engines[0])!.push(await timed(async () => fromReport(testcase, await jsdom.check(html, { format: 'html', only }))));
    verdicts.get(engines[1])!.push(await timed(async () => fromReport(testcase, await inChromium.check(html, { format: 'html', only }))));
    const rawVerdict = await timed(() => raw.check(testcase, html));
    verdicts.get(engines[2])!.push(rawVerdict);
    if (rawVerdict.outcome === 'error') await raw.renew();
    const slow = engines.map((engine) => verdicts.get(engine)!.at(-1)!).filter((verdict) => verdict.ms > 2000);
    if (slow.length > 0) console.log(`  slow: ${testcase.ruleId}/${testcase.testcaseId} ${engines.map((engine) => `${verdicts.get(engine)!.at(-1)!.ms.toFixed(0)} ms`).join(' / ')}`);
    if ((index + 1) % 50 === 0) console.log(`  ${index + 1}/${cases.length}`);
  }
} finally {
  await Promise.all([jsdom.close(), inChromium.close(), raw.close()]);
  await browser.close();
}

// The summary table and the per-rule differences.
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
const count = (list: Verdict[], outcome: Outcome) => list.filter((verdict) => verdict.outcome === outcome).length;
const expected = (kind: TestCase['expected']) => cases.filter((testcase) => testcase.expected === kind).length;
const rows = engines.map((engine) => {
  const list = verdicts.get(engine)!;
  const ms = list.map((verdict) => verdict.ms);
  return `| ${engine} | ${count(list, 'caught')} | ${count(list, 'flagged')} | ${count(list, 'missed')} | ${count(list, 'false positive')} | ${count(list, 'error')} | ${median(ms).toFixed(0)} | ${Math.max(...ms).toFixed(0)} |`;
});
const perRule: string[] = [];
for (const ruleId of [...new Set(cases.map((testcase) => testcase.ruleId))].sort()) {
  const indexes = cases.flatMap((testcase, index) => (testcase.ruleId === ruleId ? [index] : []));
  const cells = engines.map((engine) => {
    const list = indexes.map((index) => verdicts.get(engine)![index]!);
    const notes = (['missed', 'false positive', 'error'] as const).filter((outcome) => count(list, outcome) > 0).map((outcome) => `${count(list, outcome)} ${outcome}`);
    return notes.join(', ') || '—';
  });
  if (cells.some((cell) => cell !== '—')) perRule.push(`| ${ruleId} ${cases[indexes[0]!]!.ruleName.replaceAll('|', '\\|')} | ${mapped.get(ruleId)!.join(', ')} | ${cells.join(' | ')} |`);
}
// The issue's targets, case by case.
const [inJsdom, inBrowser, inRaw] = engines.map((engine) => verdicts.get(engine)!);
const total = (list: Verdict[], outcome: Outcome) => count(list, outcome);
const slowest = (list: Verdict[]) => Math.max(...list.map((verdict) => verdict.ms));
const jsdomOnlyMisses = cases.filter((_, index) => inJsdom![index]!.outcome === 'missed' && inBrowser![index]!.outcome === 'caught').length;
const targets: Array<[string, boolean]> = [
  [`chromium catches at least as many failed cases as raw axe (${total(inBrowser!, 'caught')} / ${total(inRaw!, 'caught')})`, total(inBrowser!, 'caught') >= total(inRaw!, 'caught')],
  [
    `chromium has no more false positives than raw axe (${total(inBrowser!, 'false positive')} / ${total(inRaw!, 'false positive')})`,
    total(inBrowser!, 'false positive') <= total(inRaw!, 'false positive'),
  ],
  [`jsdom silently misses no case chromium catches (${jsdomOnlyMisses})`, jsdomOnlyMisses === 0],
  [`no errors in either engine (${total(inJsdom!, 'error') + total(inBrowser!, 'error')})`, total(inJsdom!, 'error') + total(inBrowser!, 'error') === 0],
  [
    `no case over 5 s in either engine (slowest ${Math.max(slowest(inJsdom!), slowest(inBrowser!)).toFixed(0)} ms${[inJsdom!, inBrowser!].some((list) => list[0]!.ms === slowest(list)) ? ', the first, with start-up' : ''})`,
    Math.max(slowest(inJsdom!), slowest(inBrowser!)) < 5000,
  ],
  [
    `chromium per case no slower than raw axe (median ${median(inBrowser!.map((verdict) => verdict.ms)).toFixed(0)} / ${median(inRaw!.map((verdict) => verdict.ms)).toFixed(0)} ms)`,
    median(inBrowser!.map((verdict) => verdict.ms)) <= median(inRaw!.map((verdict) => verdict.ms)),
  ],
];
const section = [
  `Measured on ${cases.length} cases (${expected('failed')} failed, ${expected('passed')} passed, ${expected('inapplicable')} inapplicable) of ${new Set(cases.map((testcase) => testcase.ruleId)).size} ACT rules, axe-core ${axe.version}, ${new Date().toISOString().slice(0, 10)} (\`npm run bench:act\`):`,
  '',
  '| engine | failed caught | flagged (incomplete / not evaluated) | silently missed | false positives | errors | ms per case (median) | ms (slowest) |',
  '|---|---|---|---|---|---|---|---|',
  ...rows,
  '',
  ...targets.map(([label, met]) => `- ${met ? '✔' : '✖'} ${label}`),
  '',
  'Rules with a silent miss, a false positive or an error in any engine (cases per engine):',
  '',
  `| ACT rule | axe rules | ${engines.join(' | ')} |`,
  '|---|---|---|---|---|',
  ...perRule,
].join('\n');
console.log(`\n${section}\n`);

if (!args['no-write'] && every === 1 && !args.rule) {
  const docs = await readFile(docsFile, 'utf8');
  const start = '<!-- act-results:start -->';
  const end = '<!-- act-results:end -->';
  if (!docs.includes(start) || !docs.includes(end)) throw new Error(`docs/accessibility.md has no ${start} … ${end} markers`);
  await writeFile(docsFile, `${docs.slice(0, docs.indexOf(start) + start.length)}\n${section}\n${docs.slice(docs.indexOf(end))}`);
  console.log('Written to docs/accessibility.md');
}
