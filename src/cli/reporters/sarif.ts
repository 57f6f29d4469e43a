import { createHash } from 'node:crypto';
import { isAbsolute, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { nodeIdentity } from '../check/baseline.js';
import type { Reporter } from './context.js';
import { problemsOf, reviewMessage, type Place, type Problem } from './problems.js';

const informationUri = 'https://github.com/presswork/presswork';
const docs = `${informationUri}/blob/main/docs`;

/** The reporting descriptor of each rule a problem can come from: what GitHub shows beside a result. */
function ruleOf(problem: Problem): Record<string, unknown> {
  if (problem.kind === 'content') {
    return problem.ruleId === 'content/invalid'
      ? {
          id: 'content/invalid',
          name: 'InvalidContent',
          shortDescription: { text: 'Content is not a valid presswork article' },
          fullDescription: { text: 'The file does not validate against the presswork article schema, so it is not rendered or checked.' },
          help: {
            text: 'Fix the field the message names; docs/authoring.md lists every field and directive.',
            markdown: `Fix the field the message names. [Authoring articles](${docs}/authoring.md) lists every field and directive.`,
          },
          helpUri: `${docs}/authoring.md`,
          defaultConfiguration: { level: 'error' },
          properties: { tags: ['content'] },
        }
      : {
          id: 'presswork/not-checked',
          name: 'NotChecked',
          shortDescription: { text: 'The file could not be checked' },
          fullDescription: { text: 'presswork could not finish checking the file (too large, too slow or a fault); it has no accessibility results.' },
          help: {
            text: 'The message says why; docs/cli.md describes --timeout and the size bound.',
            markdown: `The message says why. [The CLI](${docs}/cli.md) describes \`--timeout\` and the size bound.`,
          },
          helpUri: `${docs}/cli.md`,
          defaultConfiguration: { level: 'error' },
          properties: { tags: ['presswork'] },
        };
  }
  if (problem.kind === 'lint') {
    const { finding } = problem;
    const wcag = finding.wcag.length > 0 ? ` (WCAG ${finding.wcag.join(', ')})` : '';
    return {
      id: problem.ruleId,
      name: finding.ruleId,
      shortDescription: { text: `Content lint: ${finding.ruleId}` },
      fullDescription: { text: `${finding.help}${wcag}` },
      help: { text: `${finding.help}${wcag}. More: ${finding.helpUrl}`, markdown: `${escapeMarkdown(finding.help)}${wcag}.\n\n[About ${finding.ruleId}](${finding.helpUrl})` },
      helpUri: finding.helpUrl,
      defaultConfiguration: { level: levelOf(problem) },
      properties: { tags: ['content', 'lint', ...finding.wcag.map((criterion) => `WCAG ${criterion}`)] },
    };
  }
  if (problem.kind === 'review') {
    const { item } = problem;
    const wcag = item.wcag.length > 0 ? ` (WCAG ${item.wcag.join(', ')})` : '';
    const kind = item.kind === 'manual' ? 'A check only a person can make' : 'A result the checks could not decide';
    return {
      id: problem.ruleId,
      name: item.check,
      shortDescription: { text: `Review: ${item.check}` },
      fullDescription: { text: `${kind}${wcag}; \`check --require-review\` fails until it is signed off in the review ledger.` },
      help: {
        text: `Judge it, then record the judgement: presswork review <file> --sign <item> (or --fail <item> --note "why").`,
        markdown: `Judge it, then record the judgement with \`presswork review <file> --sign <item>\` (or \`--fail <item> --note "why"\`). [The review ledger](${docs}/accessibility.md#keep-track-of-it-the-review-ledger)`,
      },
      helpUri: `${docs}/accessibility.md#keep-track-of-it-the-review-ledger`,
      defaultConfiguration: { level: 'warning' },
      properties: { tags: ['accessibility', 'review', ...item.wcag.map((criterion) => `WCAG ${criterion}`)] },
    };
  }
  const { rule } = problem;
  const wcag = rule.wcag.length > 0 ? ` (WCAG ${rule.wcag.join(', ')})` : '';
  return {
    id: problem.ruleId,
    name: rule.id,
    shortDescription: { text: rule.help },
    fullDescription: { text: rule.description },
    help: { text: `${rule.description}${wcag}. More: ${rule.helpUrl}`, markdown: `${escapeMarkdown(rule.description)}${wcag}.\n\n[How to fix ${rule.id}](${rule.helpUrl})` },
    helpUri: rule.helpUrl,
    defaultConfiguration: { level: levelOf(problem) },
    properties: { tags: ['accessibility', ...rule.wcag.map((criterion) => `WCAG ${criterion}`)] },
  };
}

/** axe's descriptions name elements (`<img>`): shown as text, not read as HTML by GitHub's Markdown. */
const escapeMarkdown = (text: string) => text.replace(/[<>[\]*_\\]/g, (character) => `\\${character}`);

function levelOf(problem: Problem): 'error' | 'warning' | 'note' {
  if (problem.kind === 'content') return 'error';
  if (problem.kind === 'lint') return problem.finding.severity === 'info' ? 'note' : problem.finding.severity;
  // Awaiting a person is a warning; a person's failed judgement is an error.
  if (problem.kind === 'review') return problem.item.status === 'failed' ? 'error' : 'warning';
  const impact = problem.rule.impact ?? 'critical';
  return impact === 'minor' ? 'note' : impact === 'moderate' ? 'warning' : 'error';
}

/** SARIF regions are 1-based with an exclusive end column; a problem without a known place is put at the start of the file. */
const region = (place: Place | undefined) =>
  place
    ? { startLine: place.line, startColumn: place.column, endLine: place.endLine, endColumn: Math.max(place.endColumn, place.endLine === place.line ? place.column + 1 : 1) }
    : { startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 };

function messageOf(problem: Problem): string {
  if (problem.kind === 'content') return `${problem.issue.message} (at ${problem.issue.path})`;
  if (problem.kind === 'lint') return `${problem.finding.message} (at ${problem.finding.path})`;
  if (problem.kind === 'review') return reviewMessage(problem.item);
  const { node } = problem;
  const where = node.path ? `${node.path} in the ${problem.formats.join(' and ')} output` : `in the ${problem.formats.join(' and ')} page`;
  return `${problem.rule.help}: ${where}, ${node.target.join(' ')} \`${node.html.replace(/\s+/g, ' ').slice(0, 160)}\``;
}

/**
 * What a problem is, without where: the file (as the repository names it),
 * the rule and the flagged element (or the content message), so a result
 * keeps its fingerprint when lines above it move and whatever folder the run
 * started in. Equal keys in one file are told apart by their order.
 */
function identity(problem: Problem, uri: string): string {
  const parts =
    problem.kind === 'content'
      ? [problem.ruleId, uri, problem.issue.code, problem.issue.message]
      : problem.kind === 'lint'
        ? [problem.ruleId, uri, problem.finding.message]
        : problem.kind === 'review'
          ? [problem.ruleId, uri, problem.item.format ?? '', problem.item.hash]
          : [problem.ruleId, uri, nodeIdentity(problem.node)];
  return parts.join('\u0000');
}

/**
 * SARIF 2.1.0 for GitHub code scanning. Every result points at a line of the
 * source: the block of a Markdown or JSON article that rendered the flagged
 * element, or the element's opening tag in a built page. Paths are relative
 * to the repository root (`%SRCROOT%`), whatever folder the run started in.
 */
export const sarif: Reporter = (results, context) => {
  const cwd = context.cwd ?? process.cwd();
  const root = context.root ?? cwd;
  const rules = new Map<string, { index: number; descriptor: Record<string, unknown> }>();
  const sarifResults: Array<Record<string, unknown>> = [];
  const artifact = (file: string) => {
    const path = relative(root, resolve(cwd, file));
    return path.startsWith('..') || isAbsolute(path) ? { uri: pathToFileURL(resolve(cwd, file)).href } : { uri: path.split('\\').join('/'), uriBaseId: '%SRCROOT%' };
  };
  for (const result of results) {
    const seen = new Map<string, number>();
    for (const problem of problemsOf(result)) {
      const location = artifact(problem.file);
      const key = identity(problem, location.uri);
      const occurrence = (seen.get(key) ?? 0) + 1;
      seen.set(key, occurrence);
      if (!rules.has(problem.ruleId)) rules.set(problem.ruleId, { index: rules.size, descriptor: ruleOf(problem) });
      sarifResults.push({
        ruleId: problem.ruleId,
        ruleIndex: rules.get(problem.ruleId)!.index,
        level: levelOf(problem),
        message: { text: messageOf(problem) },
        locations: [{ physicalLocation: { artifactLocation: location, region: region(problem.place) } }],
        partialFingerprints: { 'presswork/v1': createHash('sha256').update(`${key}\u0000${occurrence}`).digest('hex').slice(0, 32) },
        ...((problem.kind === 'accessibility' || problem.kind === 'lint') && problem.baselined && { baselineState: 'unchanged' }),
      });
    }
  }
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'presswork', version: context.version, semanticVersion: context.version, informationUri, rules: [...rules.values()].map((rule) => rule.descriptor) } },
        originalUriBaseIds: { '%SRCROOT%': { uri: pathToFileURL(root.endsWith('/') ? root : `${root}/`).href } },
        columnKind: 'utf16CodeUnits',
        results: sarifResults,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
};
