import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { validArticle } from '../helpers/articles.js';
import { runCli } from '../helpers/cli.js';

// Valid content that still fails a rule when rendered: a table whose first header cell is empty
// (axe's empty-table-header), in Markdown and in JSON, and a built page with an image without alt.
const markdown = `---
schemaVersion: 1
id: scores
slug: scores
language: en
headline: Scores
bylines: []
published: 2026-01-02T03:04:05Z
canonicalUrl: https://news.example.com/scores
---

First paragraph.

:::table[Scores]
|   | B |
|---|---|
| 1 | 2 |
:::
`;
const markdownTableLine = 14;

const text = (value: string) => ({ type: 'text', value });
const json = `${JSON.stringify(
  {
    ...validArticle(),
    id: 'scores-json',
    slug: 'scores-json',
    body: [
      { type: 'paragraph', children: [text('First.')] },
      { type: 'table', caption: [text('Scores')], head: [[[], [text('B')]]], body: [[[text('1')], [text('2')]]] },
    ],
  },
  null,
  2,
)}\n`;
/** The line and column of the table block's `{` in the JSON file, read from the file itself. */
const jsonTable = (() => {
  const lines = json.split('\n');
  const typeLine = lines.findIndex((line) => line.includes('"type": "table"'));
  return { line: typeLine, column: lines[typeLine - 1]!.indexOf('{') + 1 };
})();

const page = '<!doctype html>\n<html lang="en"><head><title>Built page</title></head>\n<body><main><h1>Built</h1>\n    <img src="/a.jpg"></main></body></html>\n';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'presswork-locations-'));
  // A repository root: SARIF paths are relative to it.
  await mkdir(join(dir, '.git'));
  await mkdir(join(dir, 'content'));
  await mkdir(join(dir, 'site'));
  await writeFile(join(dir, 'content', 'scores.md'), markdown);
  await writeFile(join(dir, 'content', 'scores.json'), json);
  await writeFile(join(dir, 'site', 'page.html'), page);
});

interface JsonNode {
  path?: string;
  location?: { line: number; column: number; endLine: number; endColumn: number };
}
const nodesOf = (stdout: string, file: string, rule: string) =>
  (JSON.parse(stdout) as { results: Array<{ file: string; reports: Array<{ format: string; violations: Array<{ id: string; nodes: JsonNode[] }> }> }> }).results
    .find((result) => result.file === file)!
    .reports.flatMap((report) => report.violations.filter((violation) => violation.id === rule).map((violation) => ({ format: report.format, node: violation.nodes[0]! })));

describe('source locations of accessibility results', () => {
  it('should point a Markdown article’s violation at the block that rendered it, in every output', async () => {
    const { stdout } = await runCli(['check', 'content/scores.md', '--reporter', 'json', '--jobs', '1'], { cwd: dir });
    const found = nodesOf(stdout, 'content/scores.md', 'empty-table-header');
    expect(found.map((entry) => entry.format)).toEqual(['html', 'amp']);
    for (const { node } of found) expect(node).toMatchObject({ path: 'body[1]', location: { line: markdownTableLine, column: 1, endLine: markdownTableLine + 4 } });
  });

  it('should point a JSON article’s violation at the block’s line and column', async () => {
    const { stdout } = await runCli(['check', 'content/scores.json', '--reporter', 'json', '--jobs', '1'], { cwd: dir });
    const [first] = nodesOf(stdout, 'content/scores.json', 'empty-table-header');
    expect(first!.node).toMatchObject({ path: 'body[1]', location: { line: jsonTable.line, column: jsonTable.column } });
  });

  it('should point a built page’s violation at the element’s opening tag', async () => {
    const { stdout } = await runCli(['check', 'site/page.html', '--reporter', 'json', '--jobs', '1'], { cwd: dir });
    const [first] = nodesOf(stdout, 'site/page.html', 'image-alt');
    expect(first!.node.location).toEqual({ line: 4, column: 5, endLine: 4, endColumn: 23 });
  });

  it('should print file:line:column first on each problem line, for check and validate alike', async () => {
    const { stdout } = await runCli(['check', 'content', 'site', '--jobs', '1'], { cwd: dir });
    expect(stdout).toMatch(new RegExp(`^  content/scores\\.md:${markdownTableLine}:1  minor  empty-table-header  `, 'm'));
    expect(stdout).toMatch(new RegExp(`^  content/scores\\.json:${jsonTable.line}:${jsonTable.column}  minor  empty-table-header  `, 'm'));
    expect(stdout).toMatch(/^ {2}site\/page\.html:4:5 {2}critical {2}image-alt {2}/m);
    // One problem in HTML and AMP is one line naming both outputs.
    expect(stdout.match(/content\/scores\.md:14:1/g)).toHaveLength(1);
    expect(stdout).toMatch(/html, amp · body\[1\]/);

    await writeFile(join(dir, 'content', 'broken.md'), markdown.replace('slug: scores', 'slug: Not A Slug'));
    const validate = await runCli(['validate', 'content/broken.md'], { cwd: dir });
    expect(validate.stdout).toMatch(/^ {2}content\/broken\.md:4:7 {2}invalid {2}Expected a slug/m);
  });

  it('should give SARIF regions and repository-relative paths whatever the working folder', async () => {
    const fromRoot = JSON.parse((await runCli(['check', 'content/scores.md', 'content/scores.json', 'site/page.html', '--reporter', 'sarif', '--jobs', '1'], { cwd: dir })).stdout);
    const fromContent = JSON.parse(
      (await runCli(['check', join(dir, 'content', 'scores.md'), '../content/scores.json', '../site/page.html', '--reporter', 'sarif', '--jobs', '1'], { cwd: join(dir, 'content') })).stdout,
    );
    for (const log of [fromRoot, fromContent]) {
      const run = log.runs[0];
      expect(run.originalUriBaseIds['%SRCROOT%'].uri).toBe(`file://${dir}/`);
      const places = run.results.map((result: { ruleId: string; locations: Array<{ physicalLocation: { artifactLocation: unknown; region: unknown } }> }) => [
        result.ruleId,
        result.locations[0]!.physicalLocation,
      ]);
      expect(places).toEqual([
        [
          'axe/empty-table-header',
          { artifactLocation: { uri: 'content/scores.json', uriBaseId: '%SRCROOT%' }, region: expect.objectContaining({ startLine: jsonTable.line, startColumn: jsonTable.column }) },
        ],
        ['axe/empty-table-header', { artifactLocation: { uri: 'content/scores.md', uriBaseId: '%SRCROOT%' }, region: { startLine: 14, startColumn: 1, endLine: 18, endColumn: 4 } }],
        ['axe/image-alt', { artifactLocation: { uri: 'site/page.html', uriBaseId: '%SRCROOT%' }, region: { startLine: 4, startColumn: 5, endLine: 4, endColumn: 23 } }],
      ]);
      const rule = run.tool.driver.rules.find((entry: { id: string }) => entry.id === 'axe/image-alt');
      expect(rule).toMatchObject({
        shortDescription: { text: expect.any(String) },
        fullDescription: { text: expect.any(String) },
        help: { text: expect.any(String), markdown: expect.stringContaining('](https://dequeuniversity.com/') },
        helpUri: expect.stringContaining('image-alt'),
      });
      for (const result of run.results) expect(result.partialFingerprints['presswork/v1']).toMatch(/^[0-9a-f]{32}$/);
    }
    // The same problems get the same fingerprints from any folder, and a moved line keeps its fingerprint.
    expect(fromContent.runs[0].results.map((result: { partialFingerprints: unknown }) => result.partialFingerprints)).toEqual(
      fromRoot.runs[0].results.map((result: { partialFingerprints: unknown }) => result.partialFingerprints),
    );
    const sarifOf = async () => JSON.parse((await runCli(['check', 'content/moved.md', '--reporter', 'sarif', '--jobs', '1'], { cwd: dir })).stdout).runs[0].results[0];
    await writeFile(join(dir, 'content', 'moved.md'), markdown);
    const before = await sarifOf();
    await writeFile(join(dir, 'content', 'moved.md'), markdown.replace('First paragraph.', 'First paragraph.\n\nA second one.'));
    const after = await sarifOf();
    expect(after.locations[0].physicalLocation.region.startLine).toBe(markdownTableLine + 2);
    expect(after.partialFingerprints).toEqual(before.partialFingerprints);
  });
});
