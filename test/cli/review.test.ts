import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import jsonld from 'jsonld';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

const article = (alt: string) => `---
schemaVersion: 2
id: heron-1
slug: heron
language: en
headline: Herons return to the river
bylines: []
published: 2026-11-03T09:00:00Z
canonicalUrl: https://news.example.com/heron
---

The herons came back this spring.

::image{src="https://media.example.com/heron.jpg" alt="${alt}" width=800 height=600}
`;

/** No git identity: `--by` must say who signs. */
const noGitUser = { GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1', HOME: tmpdir() };

async function workspace(): Promise<string> {
  const cwd = await mkdtemp(join(tmpdir(), 'presswork-review-'));
  await writeFile(join(cwd, 'heron.md'), article('A grey heron standing in reeds'));
  return cwd;
}

// Each command keeps a cache: a run over unchanged content checks nothing again (the ledger is read afresh each run).
const check = (cwd: string, ...extra: string[]) => runCli(['check', 'heron.md', '--no-lint', '--format', 'html', '--require-review', '--cache', '.check-cache.json', ...extra], { cwd });
const review = (cwd: string, ...args: string[]) => runCli(['review', 'heron.md', '--cache', '.review-cache.json', ...args], { cwd, env: noGitUser });
const ledgerOf = async (cwd: string, file = 'presswork-review.json') =>
  JSON.parse(await readFile(join(cwd, file), 'utf8')) as { articles: Record<string, Array<Record<string, string>>>; pages: Record<string, unknown[]> };

describe('presswork review and check --require-review', () => {
  it('lists the items; check fails until every one is signed off; the ledger records who and when', async () => {
    const cwd = await workspace();
    const listed = await review(cwd);
    expect(listed.code).toBe(0);
    expect(listed.stdout).toContain('heron.md — Herons return to the river (heron-1)');
    expect(listed.stdout).toMatch(/open {6}alt-meaningful@body\[1\] +\[WCAG 1\.1\.1, 1\.4\.5\] {2}“A grey heron standing in reeds”/);
    expect(listed.stdout).toContain('Review (presswork-review.json): 5 items: 5 open, 0 reopened, 0 failed, 0 passed');

    const blocked = await check(cwd);
    expect(blocked.code).toBe(1);
    expect(blocked.stdout).toContain('✖ heron.md\n');
    // Each item at its source line: the image's directive; the headline for the whole article.
    expect(blocked.stdout).toContain('  heron.md:14:1  open  review/alt-meaningful  alt-meaningful@body[1] awaits review: The alt text gives what the image adds');
    expect(blocked.stdout).toMatch(/ {2}heron\.md:6:\d+ {2}open {2}review\/reading-order {2}reading-order awaits review: Heard in order/);
    expect(blocked.stdout.match(/ review\//g)).toHaveLength(5);
    expect(blocked.stdout).toContain('0 violations');
    expect((await check(cwd, '--reporter', 'junit')).stdout).toMatch(
      /<testcase classname="heron\.md" name="review" file="heron\.md" line="6">\s*<failure message="5 review item\(s\) not signed off">/,
    );

    const signed = await review(cwd, '--sign', 'alt-meaningful@body[1]', '--by', 'Ada Reviewer', '--note', 'checked against the photo');
    expect(signed.stderr).toBe('heron.md: signed off alt-meaningful@body[1]\n');
    expect(signed.stdout).toMatch(/passed {4}alt-meaningful@body\[1\] +\[WCAG 1\.1\.1, 1\.4\.5\] {2}Ada Reviewer, \d{4}-\d\d-\d\d: checked against the photo/);
    const [entry] = (await ledgerOf(cwd)).articles['heron-1']!;
    expect(entry).toMatchObject({ item: 'alt-meaningful@body[1]', check: 'alt-meaningful', outcome: 'passed', by: 'Ada Reviewer', note: 'checked against the photo' });
    expect(Date.now() - Date.parse(entry!.at!)).toBeLessThan(600_000);
    expect((await check(cwd)).stdout.match(/ review\//g)).toHaveLength(4);

    expect((await review(cwd, '--sign', 'all', '--by', 'Ada Reviewer')).code).toBe(0);
    const passing = await check(cwd);
    expect([passing.code, passing.stdout]).toEqual([0, expect.stringContaining('Review (presswork-review.json): 5 items: 0 open, 0 reopened, 0 failed, 5 passed')]);
    expect(passing.stdout).toContain('✔ heron.md\n');
    expect(passing.stdout).not.toContain('review/');
    // The ledger (like the caches) is presswork's own file, not an article of the folder.
    const folder = await runCli(['check', '.', '--no-lint', '--format', 'html', '--require-review'], { cwd });
    expect([folder.code, folder.stdout]).toEqual([0, expect.stringContaining('1 file checked')]);
    // Without --require-review the ledger plays no part.
    expect((await runCli(['check', 'heron.md', '--no-lint', '--format', 'html'], { cwd })).stdout).not.toContain('Review');
  });

  it('reopens what a change touches, records failures, and prunes sign-offs of content that is gone', async () => {
    const cwd = await workspace();
    await review(cwd, '--sign', 'all', '--by', 'Ada Reviewer');
    await writeFile(join(cwd, 'heron.md'), article('A heron'));
    const changed = await check(cwd);
    expect(changed.code).toBe(1);
    expect(changed.stdout).toMatch(
      /heron\.md:14:1 {2}reopened {2}review\/alt-meaningful {2}alt-meaningful@body\[1\] is reopened \(the content changed since Ada Reviewer signed it off on \d{4}-\d\d-\d\d\)/,
    );
    // Whole-article checks reopen on any change; none of the article's items still passes.
    expect(changed.stdout).toContain('Review (presswork-review.json): 5 items: 0 open, 5 reopened, 0 failed, 0 passed');

    const failed = await review(cwd, '--fail', 'alt-meaningful@body[1]', '--note', 'says nothing the photo shows', '--by', 'Ada Reviewer');
    expect(failed.stdout).toMatch(/failed {4}alt-meaningful@body\[1\] .* says nothing the photo shows/);
    expect((await check(cwd)).stdout).toContain('0 open, 4 reopened, 1 failed, 0 passed');
    // In SARIF, for GitHub to annotate the lines: waiting on a person is a warning, a failed judgement an error.
    const sarif = JSON.parse((await check(cwd, '--reporter', 'sarif')).stdout) as {
      runs: Array<{ results: Array<{ ruleId: string; level: string; message: { text: string }; locations: Array<{ physicalLocation: { region: { startLine: number } } }> }> }>;
    };
    const alt = sarif.runs[0]!.results.find((result) => result.ruleId === 'review/alt-meaningful')!;
    expect([alt.level, alt.locations[0]!.physicalLocation.region.startLine]).toEqual(['error', 14]);
    expect(alt.message.text).toMatch(/^alt-meaningful@body\[1\] failed review \(Ada Reviewer, \d{4}-\d\d-\d\d: says nothing the photo shows\)/);
    expect(sarif.runs[0]!.results.filter((result) => result.ruleId !== 'review/alt-meaningful').map((result) => [result.level, result.locations[0]!.physicalLocation.region.startLine])).toEqual(
      Array(4).fill(['warning', 6]),
    );
    expect((await ledgerOf(cwd)).articles['heron-1']).toHaveLength(5);

    await review(cwd, '--sign', 'all', '--by', 'Ada Reviewer');
    expect((await check(cwd)).code).toBe(0);
    // Re-signing replaced each item's sign-off: nothing stale is left to prune.
    expect((await review(cwd, '--prune')).stderr).toContain('Pruned 0 stale sign-offs');
    await writeFile(join(cwd, 'heron.md'), article('A heron in flight'));
    const pruned = await review(cwd, '--prune');
    expect(pruned.stderr).toContain('Pruned 5 stale sign-offs');
    expect((await ledgerOf(cwd)).articles).toEqual({});
  });

  it('refuses unknown items, an anonymous sign-off, `--fail all` and a broken ledger, changing nothing', async () => {
    const cwd = await workspace();
    const unknown = await review(cwd, '--sign', 'alt-meaningful@body[7]', '--by', 'Ada');
    expect([unknown.code, unknown.stderr]).toEqual([2, 'presswork: No review item `alt-meaningful@body[7]` in the given files; `presswork review heron.md` lists them\n']);
    const anonymous = await review(cwd, '--sign', 'all');
    expect([anonymous.code, anonymous.stderr]).toEqual([2, 'presswork: Say who reviewed the items with `--by "Your Name"` (git has no user.name here)\n']);
    expect((await review(cwd, '--fail', 'all', '--by', 'Ada')).code).toBe(2);
    await expect(readFile(join(cwd, 'presswork-review.json'))).rejects.toThrow();
    await writeFile(join(cwd, 'broken.json'), '{"version": 2}');
    const broken = await check(cwd, '--ledger', 'broken.json');
    expect([broken.code, broken.stderr]).toEqual([2, expect.stringContaining(`presswork: The review ledger ${join(cwd, 'broken.json')} is not valid at version`)]);
  });

  it('keys built pages by their path and exports an EARL conformance summary that parses as JSON-LD', async () => {
    const cwd = await workspace();
    await mkdir(join(cwd, 'site'));
    expect((await runCli(['render', 'heron.md', '--out', 'site/heron.html'], { cwd })).code).toBe(0);
    const page = await runCli(['review', 'site/heron.html', '--sign', 'reading-order', '--by', 'Ada Reviewer', '--ledger', 'review/ledger.json'], { cwd });
    expect(page.code).toBe(0);
    expect(Object.keys((await ledgerOf(cwd, 'review/ledger.json')).pages)).toEqual(['../site/heron.html']);

    const exported = await review(cwd, '--sign', 'alt-meaningful@body[1]', '--by', 'Ada Reviewer', '--earl', 'conformance.jsonld');
    expect(exported.stderr).toContain('Conformance summary (EARL, JSON-LD) written to conformance.jsonld');
    const document = JSON.parse(await readFile(join(cwd, 'conformance.jsonld'), 'utf8')) as Record<string, unknown>;
    const quads = (await jsonld.toRDF(document, { safe: true, documentLoader: () => Promise.reject(new Error('offline')) } as jsonld.Options.ToRdf)) as unknown as Array<{
      subject: { value: string };
      predicate: { value: string };
      object: { value: string };
    }>;
    const about = (criterion: string) => {
      const assertion = quads.find((quad) => quad.predicate.value === 'http://www.w3.org/ns/earl#test' && quad.object.value === `http://www.w3.org/TR/WCAG22/#${criterion}`)!.subject.value;
      const result = quads.find((quad) => quad.subject.value === assertion && quad.predicate.value === 'http://www.w3.org/ns/earl#result')!.object.value;
      return quads.find((quad) => quad.subject.value === result && quad.predicate.value === 'http://www.w3.org/ns/earl#outcome')!.object.value;
    };
    expect(about('non-text-content')).toBe('http://www.w3.org/ns/earl#passed');
    expect(about('meaningful-sequence')).toBe('http://www.w3.org/ns/earl#cantTell');
    expect(quads.filter((quad) => quad.predicate.value === 'http://www.w3.org/ns/earl#subject').every((quad) => quad.object.value === 'https://news.example.com/heron')).toBe(true);
  });
});
