import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { safeParseArticleSource } from '../../src/load/files.js';
import { lintArticle, retextRule, type LintRule } from '../../src/index.js';
import { benchArticle } from '../../bench/fixtures.js';
import { resolve } from 'node:path';

const rootFile = (path: string) => resolve(import.meta.dirname, '../..', path);

function lintFile(path: string) {
  const source = readFileSync(path, 'utf8');
  const loaded = safeParseArticleSource(source, path);
  if (!loaded.ok) throw new Error(`${path} is not valid: ${loaded.issues.map((issue) => issue.message).join('; ')}`);
  return { source, findings: lintArticle(loaded.article, { locations: loaded.locations, source }) };
}

const content = readdirSync(rootFile('content')).filter((name) => /\.(md|json)$/.test(name));

describe('the bundled content', () => {
  it.each(content)('%s has no finding at warning or above (precision before recall)', (name) => {
    const { findings } = lintFile(rootFile(`content/${name}`));
    expect(findings.filter((finding) => finding.severity !== 'info').map((finding) => `${finding.ruleId}: ${finding.message}`)).toEqual([]);
  });

  it('the generated benchmark article has none either', () => {
    // (Its ×10 version repeats one image and its caption ten times: those findings would be true.)
    expect(lintArticle(benchArticle(1)).filter((finding) => finding.severity !== 'info')).toEqual([]);
  });
});

describe('the raw wire story as Markdown', () => {
  const path = rootFile('test/fixtures/wire/source-story.md');
  const { source, findings } = lintFile(path);
  const atWarning = findings.filter((finding) => finding.severity !== 'info');

  it('gives exactly the findings the feed brings: player reference, READ MORE, misspelt name, repeated word, comment form', () => {
    expect(atWarning.map((finding) => [finding.ruleId, finding.severity, finding.text?.slice(0, 30), `${finding.location?.line}:${finding.location?.column}`])).toEqual([
      ['sensory-language', 'warning', 'player above', '14:26'],
      ['boilerplate-residue', 'error', 'READ MORE: EU leaders hold eme', '20:1'],
      ['name-consistency', 'warning', 'Healy', '34:1'],
      ['repeated-words', 'warning', 'we we', '36:123'],
      ['boilerplate-residue', 'error', 'LEAVE A REPLY', '40:1'],
      ['boilerplate-residue', 'error', 'Please enter your comment! Ple', '42:1'],
    ]);
  });

  it('points each finding at its words in the file', () => {
    const lines = source.split('\n');
    for (const finding of atWarning) {
      const { line, column, endLine, endColumn } = finding.location!;
      const written =
        line === endLine
          ? lines[line - 1]!.slice(column - 1, endColumn - 1)
          : [lines[line - 1]!.slice(column - 1), ...lines.slice(line, endLine - 1), lines[endLine - 1]!.slice(0, endColumn - 1)].join('\n');
      // The loader joins a paragraph's lines with a space.
      expect(written.replace(/\n/g, ' ')).toBe(finding.text);
    }
  });

  it('is advice-only on its long one-sentence paragraphs', () => {
    expect(findings.filter((finding) => finding.severity === 'info').every((finding) => finding.ruleId === 'readability')).toBe(true);
  });
});

describe('a site’s own rules', () => {
  it('runs a rule object and a retext plugin, with their ids, severities and places', () => {
    const noDashes: LintRule = {
      id: 'acme/no-double-hyphen',
      severity: 'info',
      description: 'Double hyphens instead of a dash.',
      help: 'Write an en dash.',
      check(context) {
        for (const unit of context.units) for (const match of unit.text.matchAll(/--/g)) context.report({ unit, start: match.index, end: match.index + 2, message: 'Use a dash' });
      },
    };
    const noTrump = retextRule({
      id: 'acme/word',
      severity: 'warning',
      description: 'A word the desk avoids.',
      help: 'Rephrase.',
      plugin: () => (_tree, file) => {
        const at = file.value.toString().indexOf('fend');
        if (at !== -1) file.message('Avoid “fend”', { start: { line: 1, column: at + 1, offset: at }, end: { line: 1, column: at + 5, offset: at + 4 } });
      },
    });
    const path = rootFile('content/hegseth-healey-eu-defense-spending.md');
    const source = readFileSync(path, 'utf8').replace('in future.', 'in future -- they said.');
    const loaded = safeParseArticleSource(source, path);
    if (!loaded.ok) throw new Error('invalid');
    const findings = lintArticle(loaded.article, { custom: [noDashes, noTrump], locations: loaded.locations, source, rules: { readability: 'off' } });
    expect(findings.map((finding) => [finding.ruleId, finding.severity, finding.text, finding.location?.line])).toEqual([
      ['acme/word', 'warning', 'fend', 7],
      ['acme/word', 'warning', 'fend', 45],
      ['acme/no-double-hyphen', 'info', '--', 45],
    ]);
  });
});
