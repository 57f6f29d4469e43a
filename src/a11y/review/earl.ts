import type { A11yReport } from '../report.js';
import { ruleCriteria } from '../rule-selection.js';
import type { ReviewedItem } from './ledger.js';
import { siteCriteria, successCriteria } from './wcag.js';

/** One article (or built page) of an evaluation: its check reports and its review items with their sign-offs. */
export interface EarlSubject {
  /** The article's `id`, or the page's path. */
  id: string;
  kind: 'article' | 'page';
  /** The headline, or the page's path. */
  title: string;
  /** The file it was read from. */
  source: string;
  /** The article's canonical URL. */
  url?: string;
  reports: readonly A11yReport[];
  items: readonly ReviewedItem[];
  /** Why it could not be checked (invalid content): every criterion is then untested. */
  invalid?: string;
}

/** Options for `earlReport`. */
export interface EarlOptions {
  /** The conformance target: WCAG 2.2 level A or AA. Default `AA`. */
  level?: 'A' | 'AA';
  /** The evaluation's title. */
  title?: string;
  /** When the evaluation was made (ISO 8601). Default now. */
  date?: string;
  /** The presswork version that made it. */
  version: string;
}

/** EARL outcomes, worst first: the order that decides a criterion's outcome. */
const outcomes = ['failed', 'cantTell', 'passed', 'untested'] as const;
type Outcome = (typeof outcomes)[number];

/**
 * The JSON-LD context: EARL for assertions, WCAG-EM for the evaluation,
 * WCAG 2.2 for the tests. Inline, so the report is read without fetching anything.
 */
export const earlContext = {
  '@vocab': 'http://www.w3.org/ns/earl#',
  earl: 'http://www.w3.org/ns/earl#',
  dct: 'http://purl.org/dc/terms/',
  foaf: 'http://xmlns.com/foaf/0.1/',
  sch: 'https://schema.org/',
  doap: 'http://usefulinc.com/ns/doap#',
  wcagem: 'http://www.w3.org/TR/WCAG-EM/#',
  wai: 'http://www.w3.org/WAI/',
  WCAG22: 'http://www.w3.org/TR/WCAG22/#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
  Evaluation: 'wcagem:procedure',
  WebPage: 'sch:WebPage',
  title: 'dct:title',
  description: 'dct:description',
  source: 'dct:source',
  date: { '@id': 'dct:date', '@type': 'xsd:dateTime' },
  name: 'foaf:name',
  version: 'doap:revision',
  conformanceTarget: { '@id': 'wcagem:step1b', '@type': '@id' },
  auditSample: { '@id': 'wcagem:step3', '@container': '@set' },
  assertedBy: { '@type': '@id' },
  subject: { '@type': '@id' },
  test: { '@type': '@id' },
  outcome: { '@type': '@id' },
  mode: { '@type': '@id' },
  assertions: { '@reverse': 'earl:subject', '@container': '@set' },
} as const;

interface Evidence {
  outcome: Outcome;
  manual: boolean;
  automatic: boolean;
  people: Set<string>;
  reasons: string[];
}

/** What decides each criterion for one subject. */
function judge(subject: EarlSubject, reviewers: Map<string, string>): Map<string, Evidence> {
  const evidence = new Map<string, Evidence>();
  const add = (criteria: readonly string[], outcome: Outcome, how: 'manual' | 'automatic', reason: string, person?: string) => {
    for (const criterion of criteria) {
      const entry = evidence.get(criterion) ?? { outcome: 'untested', manual: false, automatic: false, people: new Set<string>(), reasons: [] };
      if (outcomes.indexOf(outcome) < outcomes.indexOf(entry.outcome)) entry.outcome = outcome;
      entry[how] = true;
      if (person) entry.people.add(reviewers.get(person)!);
      if (!entry.reasons.includes(reason)) entry.reasons.push(reason);
      evidence.set(criterion, entry);
    }
  };
  for (const report of subject.reports) {
    for (const violation of report.violations) {
      const where = [...new Set(violation.nodes.map((node) => node.path ?? node.target.join(' ')))].join(', ');
      add(violation.wcag, 'failed', 'automatic', `${violation.id} failed in ${report.format}${where ? ` at ${where}` : ''}`);
    }
  }
  // Passing rules in one phrase per criterion: `image-alt, svg-img-alt passed (html, amp)`.
  const passed = new Map<string, Set<string>>();
  for (const report of subject.reports) for (const id of report.passes) passed.set(id, (passed.get(id) ?? new Set()).add(report.format));
  for (const [id, formats] of passed) add(ruleCriteria(id), 'passed', 'automatic', `${id} passed (${[...formats].join(', ')})`);
  for (const item of subject.items) {
    const how = item.kind === 'manual' ? 'manual' : 'automatic';
    if (item.status === 'passed' || item.status === 'failed') {
      const { by, at, note } = item.signOff!;
      add(item.wcag, item.status, 'manual', `${item.id} ${item.status === 'passed' ? 'signed off' : 'failed'} by ${by} on ${at.slice(0, 10)}${note ? ` (${note})` : ''}`, by);
    } else {
      add(item.wcag, 'cantTell', how, `${item.id} ${item.status === 'reopened' ? 'reopened: the content changed since its sign-off' : 'awaits review'}`);
    }
  }
  return evidence;
}

/**
 * A conformance summary in EARL, as JSON-LD: an evaluation (WCAG-EM) whose
 * sample is the given articles and pages, with one assertion per subject
 * and WCAG 2.2 success criterion. A criterion fails on any violation or a
 * reviewer's failed judgement; it cannot be told while any item about it
 * awaits review; it passes on a passing rule or a sign-off; otherwise it is
 * untested (presswork has no check for it, or it is the site's concern).
 */
export function earlReport(subjects: readonly EarlSubject[], options: EarlOptions): Record<string, unknown> {
  const level = options.level ?? 'AA';
  const criteria = successCriteria.filter((criterion) => level === 'AA' || criterion.level === 'A');
  const date = options.date ?? new Date().toISOString();
  const reviewers = new Map<string, string>();
  for (const subject of subjects) for (const item of subject.items) if (item.signOff && !reviewers.has(item.signOff.by)) reviewers.set(item.signOff.by, `_:reviewer-${reviewers.size + 1}`);
  const tally = Object.fromEntries(outcomes.map((outcome) => [outcome, 0])) as Record<Outcome, number>;
  const sample = subjects.map((subject) => {
    const evidence = subject.invalid === undefined ? judge(subject, reviewers) : new Map<string, Evidence>();
    const assertions = criteria.map((criterion) => {
      const found = evidence.get(criterion.number);
      const outcome = found?.outcome ?? 'untested';
      tally[outcome]++;
      const description =
        subject.invalid !== undefined
          ? `Not tested: the content is invalid (${subject.invalid})`
          : found && outcome !== 'untested'
            ? found.reasons.join('; ')
            : siteCriteria.has(criterion.number)
              ? 'Not tested: this depends on the site around the article (navigation, help, forms), which the article’s outputs do not include'
              : 'Not tested: no automated rule applied and no manual check covers this criterion';
      const mode = found && outcome !== 'untested' ? (found.manual && found.automatic ? 'earl:semiAuto' : found.manual ? 'earl:manual' : 'earl:automatic') : 'earl:manual';
      return {
        '@type': 'Assertion',
        assertedBy: ['_:presswork', ...[...(found?.people ?? [])]],
        mode,
        test: `WCAG22:${criterion.slug}`,
        result: { '@type': 'TestResult', outcome: `earl:${outcome}`, description, date },
      };
    });
    return {
      '@id': subject.url ?? `urn:presswork:${subject.kind}:${encodeURIComponent(subject.id)}`,
      '@type': ['TestSubject', 'WebPage'],
      title: subject.title,
      source: subject.source,
      assertions,
    };
  });
  return {
    '@context': earlContext,
    '@type': 'Evaluation',
    title: options.title ?? `Accessibility conformance of ${subjects.length} ${subjects.length === 1 ? 'document' : 'documents'}`,
    description: `WCAG 2.2 level ${level}: ${tally.failed} failed, ${tally.cantTell} awaiting review, ${tally.passed} passed, ${tally.untested} untested (criteria × documents).`,
    date,
    conformanceTarget: `wai:WCAG2${level}-Conformance`,
    '@included': [
      { '@id': '_:presswork', '@type': ['Assertor', 'Software'], title: 'presswork', version: options.version },
      ...[...reviewers].map(([name, id]) => ({ '@id': id, '@type': ['Assertor', 'foaf:Person'], name })),
    ],
    auditSample: sample,
  };
}
