import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import AjvDraft04 from 'ajv-draft-04';
import { XMLParser } from 'fast-xml-parser';
import { SyntaxValidator } from 'fast-xml-validator';
import { beforeEach, describe, expect, it } from 'vitest';
import { shard } from '../../src/cli/check/collect-files.js';
import { parseArticle, renderAmp } from '../../src/index.js';
import { validArticle } from '../helpers/articles.js';
import { runCli } from '../helpers/cli.js';
import { makeWorkspace } from './fixtures.js';
import { requireSystemPackage } from '../../scripts/system-packages.js';

const require = createRequire(import.meta.url);
// Each test gets its own workspace: no test depends on files another one wrote.
let dir: string;
beforeEach(async () => {
  dir = await makeWorkspace();
});

describe('presswork CLI', () => {
  it('should print help and version, exiting 0', async () => {
    const help = await runCli(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/Usage: presswork[\s\S]*validate[\s\S]*render[\s\S]*check/);
    const checkHelp = await runCli(['check', '--help']);
    expect(checkHelp.stdout).toContain('--fail-on <impact>');
    expect((await runCli(['--version'])).stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('should exit 2 with a message naming the flag or path on usage errors', async () => {
    const badFlag = await runCli(['check', 'content', '--reporter', 'xml'], { cwd: dir });
    expect(badFlag).toMatchObject({ code: 2 });
    expect(badFlag.stderr).toContain('Unknown reporter `xml`; expected pretty, json, junit, sarif');
    const missing = await runCli(['check', 'nope'], { cwd: dir });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('No such file or folder: `');
    expect(missing.stderr).toContain('nope');
    const near = await runCli(['validate', 'contnt'], { cwd: dir });
    expect(near.stderr).toBe('presswork: No such file or folder: `contnt`. Did you mean `content`?\n');
    const typo = await runCli(['chek', 'content']);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toContain('Did you mean check?');
    expect((await runCli(['check', 'content', '--shard', '3/2'], { cwd: dir })).code).toBe(2);
  });

  describe('validate', () => {
    it('should list every problem with file, line and path, and exit 1', async () => {
      const { code, stdout } = await runCli(['validate', 'content'], { cwd: dir });
      expect(code).toBe(1);
      expect(stdout).toContain('content/bad.md');
      expect(stdout).toMatch(/^ {2}content\/bad\.md:4:7 {2}invalid {2}Expected a slug.*\n {6}→ slug$/m);
      expect(stdout).toMatch(/^ {2}content\/bad\.md:12:1 {2}invalid {2}.*\n {6}→ body\[0\]\.alt$/m);
      expect(stdout).toContain('3 files validated, 1 invalid');
    });

    it('should exit 0 for valid files and report JSON on request', async () => {
      const { code, stdout } = await runCli(['validate', 'content/good.json', '--reporter', 'json'], { cwd: dir });
      expect(code).toBe(0);
      expect(JSON.parse(stdout)).toEqual([{ file: 'content/good.json', ok: true, issues: [] }]);
    });
  });

  it('should exit 2 when a folder holds nothing to check, unless --allow-empty', async () => {
    await mkdir(join(dir, 'empty/nested'), { recursive: true });
    await writeFile(join(dir, 'empty/nested/notes.txt'), 'not an article');
    for (const command of ['validate', 'check', 'render']) {
      const extra = command === 'render' ? ['--out-dir', 'empty-out'] : [];
      const { code, stderr } = await runCli([command, 'empty', ...extra], { cwd: dir });
      expect(code, command).toBe(2);
      expect(stderr).toContain(
        command === 'check'
          ? 'presswork: No articles or pages found in `empty` (looked for `.md`, `.markdown`, `.json`, `.html`, `.htm` files); pass --allow-empty if nothing to check is expected'
          : 'presswork: No articles found in `empty`',
      );
      expect((await runCli([command, 'empty', ...extra, '--allow-empty'], { cwd: dir })).code, `${command} --allow-empty`).toBe(0);
    }
  });

  describe('render', () => {
    it('should print one format of one article to stdout', async () => {
      const html = await runCli(['render', 'content/good.json', '--format', 'html', '--fragment'], { cwd: dir });
      expect(html.code).toBe(0);
      expect(html.stdout).toMatch(/^<article class="pw-article"/);
      const text = await runCli(['render', 'content/good.json', '--format', 'text'], { cwd: dir });
      expect(text.stdout).toMatch(/^A test headline\n/);
    });

    it('should write all three formats of every article with --out-dir, reporting bad files without stopping', async () => {
      const { code, stderr } = await runCli(['render', 'content', '--out-dir', 'out'], { cwd: dir });
      expect(code).toBe(1);
      expect(stderr).toContain('content/bad.md');
      expect(stderr).toContain('7 files written to out, 1 invalid article');
      expect(await readFile(join(dir, 'out', 'index.html'), 'utf8')).toContain('href="good.html"');
      expect(await readFile(join(dir, 'out', 'good.amp.html'), 'utf8')).toMatch(/^<!doctype html><html ⚡/);
      expect(await readFile(join(dir, 'out', 'second.txt'), 'utf8')).toContain('A test headline');
    });

    it('should copy media referenced by ./ paths, and report one that is missing or outside the output', async () => {
      await mkdir(join(dir, 'media-site/media'), { recursive: true });
      await writeFile(join(dir, 'media-site/media/a.svg'), '<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"/>');
      const image = (src: string) => ({ type: 'image', src, alt: 'A dot', width: 1, height: 1 });
      await writeFile(join(dir, 'media-site/ok.json'), JSON.stringify({ ...validArticle(), slug: 'ok', body: [image('./media/a.svg')] }));
      await writeFile(join(dir, 'media-site/missing.json'), JSON.stringify({ ...validArticle(), id: 'm', slug: 'missing', body: [image('./media/nope.svg'), image('../outside.svg')] }));
      const { code, stderr } = await runCli(['render', 'media-site', '--out-dir', 'media-out'], { cwd: dir });
      expect(code).toBe(1);
      expect(await readFile(join(dir, 'media-out/media/a.svg'), 'utf8')).toContain('<svg');
      expect(stderr).toContain('media-site/missing.json\n× Media file not copied: `./media/nope.svg` does not exist');
      expect(stderr).toContain('× Media file not copied: `../outside.svg` points outside the output folder');
      expect(stderr).toContain('and 1 media file written to media-out, 1 invalid article');
    });

    it('should ask for --out-dir when given several articles', async () => {
      const { code, stderr } = await runCli(['render', 'content'], { cwd: dir });
      expect(code).toBe(2);
      expect(stderr).toContain('--out-dir');
    });
  });

  describe('check', () => {
    it('should check files in parallel pages of one browser with --engine chromium --jobs 2', async () => {
      requireSystemPackage('chromium');
      const { code, stdout } = await runCli(['check', 'content/good.json', 'content/second.json', 'site/page.html', '--engine', 'chromium', '--jobs', '2', '--reporter', 'json'], { cwd: dir });
      expect(code).toBe(1);
      const { summary, results } = JSON.parse(stdout) as {
        summary: { files: number; engine: string };
        results: Array<{ file: string; reports: Array<{ engine: string; violations: Array<{ id: string }> }> }>;
      };
      expect(summary).toMatchObject({ files: 3, engine: 'chromium' });
      expect(results.map((result) => result.file)).toEqual(['content/good.json', 'content/second.json', 'site/page.html']);
      expect(results.map((result) => result.reports.flatMap((report) => report.violations.map((violation) => violation.id)))).toEqual([[], [], ['image-alt']]);
      expect(results.flatMap((result) => result.reports.map((report) => report.engine))).toEqual(Array(7).fill('chromium'));
    });

    it('should choose the rules by --level, --rules and --tags, and name an unknown rule', async () => {
      // A page that fails only an AAA rule: link text that is the same for two different destinations.
      await writeFile(
        join(dir, 'site', 'page.html'),
        '<!doctype html><html lang="en"><head><title>Links</title></head><body><main><h1>Links</h1><p><a href="/a">Details</a> <a href="/b">Details</a></p></main></body></html>',
      );
      const args = ['check', 'site/page.html', '--jobs', '1', '--reporter', 'json'];
      const flagged = (stdout: string) => {
        const [file] = JSON.parse(stdout).results as Array<{ reports: Array<{ violations: Array<{ id: string }>; incomplete: Array<{ id: string }> }> }>;
        return file!.reports.flatMap((report) => [...report.violations, ...report.incomplete].map((result) => result.id));
      };
      expect(flagged((await runCli(args, { cwd: dir })).stdout)).not.toContain('identical-links-same-purpose');
      expect(flagged((await runCli([...args, '--level', 'AAA'], { cwd: dir })).stdout)).toContain('identical-links-same-purpose');
      expect(flagged((await runCli([...args, '--tags', 'wcag2aaa'], { cwd: dir })).stdout)).toEqual(['identical-links-same-purpose']);
      const only = JSON.parse((await runCli([...args, '--rules', 'image-alt,document-title'], { cwd: dir })).stdout).results[0].reports[0];
      expect([...only.passes].sort()).toEqual(['document-title']);
      const unknown = await runCli(['check', 'site/page.html', '--rules', 'image-alts'], { cwd: dir });
      expect(unknown.code).toBe(2);
      expect(unknown.stderr).toContain('Unknown axe rule `image-alts`');
      expect((await runCli(['check', 'site/page.html', '--level', 'AAAA'], { cwd: dir })).code).toBe(2);
    });

    it('should check articles and built pages, report invalid content, and exit 1', async () => {
      const { code, stdout } = await runCli(['check', 'content', 'site', '--jobs', '1'], { cwd: dir });
      expect(code).toBe(1);
      expect(stdout).toMatch(/✖ content\/bad\.md\n {2}content\/bad\.md:4:7 {2}invalid {2}Expected a slug/);
      expect(stdout).toMatch(/✔ content\/good\.json/);
      expect(stdout).toMatch(/✖ site\/page\.html\n {2}site\/page\.html:1:\d+ {2}critical {2}image-alt/);
      expect(stdout).toContain('4 files checked, 1 invalid, 1 violation, 0 lint findings, 1 at or above minor');
    });

    it('should exit 0 when clean, and use colour only on a TTY without NO_COLOR', async () => {
      const plain = await runCli(['check', 'content/good.json', '--jobs', '1'], { cwd: dir });
      expect(plain.code).toBe(0);
      expect(plain.stdout).not.toMatch(/\u001B\[/);
      const tty = await runCli(['check', 'content/good.json', '--jobs', '1'], { cwd: dir, tty: true });
      expect(tty.stdout).toMatch(/\u001B\[/);
      const noColor = await runCli(['check', 'content/good.json', '--jobs', '1'], { cwd: dir, tty: true, env: { NO_COLOR: '1' } });
      expect(noColor.stdout).not.toMatch(/\u001B\[/);
    });

    it('should gate on --fail-on', async () => {
      expect((await runCli(['check', 'site', '--fail-on', 'critical'], { cwd: dir })).code).toBe(1);
      const page = join(dir, 'site', 'minor.html');
      // region is a moderate best-practice rule: content outside landmarks.
      await writeFile(page, '<!doctype html><html lang="en"><head><title>x</title></head><body><p>Outside</p><main><h1>x</h1></main></body></html>');
      expect((await runCli(['check', 'site/minor.html', '--fail-on', 'serious'], { cwd: dir })).code).toBe(0);
      expect((await runCli(['check', 'site/minor.html', '--fail-on', 'moderate'], { cwd: dir })).code).toBe(1);
    });

    it('should judge a built AMP page by the official rules, with house rules as warnings', async () => {
      const amp = renderAmp(parseArticle(validArticle()));
      // A relative canonical link is valid AMP; presswork's own pages keep it absolute (house rule).
      await writeFile(join(dir, 'site', 'other.amp.html'), amp.replace(/<link rel="canonical" href="[^"]*">/, '<link rel="canonical" href="/other.html">'));
      const house = await runCli(['check', 'site/other.amp.html', '--reporter', 'json'], { cwd: dir });
      const [report] = JSON.parse(house.stdout).results[0].reports;
      expect(report.format).toBe('amp');
      expect(report.violations).toEqual([]);
      expect(report.incomplete.map((result: { id: string }) => result.id)).toContain('amp-canonical-absolute');
      expect(house.code).toBe(0);
      await writeFile(join(dir, 'site', 'broken.amp.html'), amp.replace('<main id="main">', '<main id="main"><p onclick="track()">x</p>'));
      const spec = await runCli(['check', 'site/broken.amp.html', '--reporter', 'json'], { cwd: dir });
      expect(JSON.parse(spec.stdout).results[0].reports[0].violations.map((result: { id: string }) => result.id)).toContain('amp-disallowed-attr');
      expect(spec.code).toBe(1);
    });

    it('should check only the formats asked for', async () => {
      const { stdout } = await runCli(['check', 'content/good.json', '--format', 'text', '--reporter', 'json'], { cwd: dir });
      expect(JSON.parse(stdout).results[0].reports.map((report: { format: string }) => report.format)).toEqual(['text']);
    });

    it('should write a JSON report with every result to --output and a summary to stderr', async () => {
      const { code, stderr } = await runCli(['check', 'content', 'site', '--reporter', 'json', '--output', 'report.json', '--jobs', '1'], { cwd: dir });
      expect(code).toBe(1);
      expect(stderr).toMatch(/files checked/);
      const report = JSON.parse(await readFile(join(dir, 'report.json'), 'utf8'));
      expect(report.results.map((result: { file: string }) => result.file)).toEqual(['content/bad.md', 'content/good.json', 'content/second.json', 'site/page.html']);
      expect(report.results[1].reports).toHaveLength(3);
    });

    it('should write JUnit XML that parses, with the right counts', async () => {
      const { stdout } = await runCli(['check', 'content', 'site/page.html', '--reporter', 'junit'], { cwd: dir });
      expect(() => SyntaxValidator.validate(stdout)).not.toThrow();
      const xml = new XMLParser({ ignoreAttributes: false }).parse(stdout);
      // Valid articles: validity, content lint and 3 formats each (2 × 5); the invalid one: validity only (1); the page: 1.
      expect(xml.testsuites['@_tests']).toBe('12');
      expect(xml.testsuites['@_failures']).toBe('2');
      expect(xml.testsuites.testsuite).toHaveLength(4);
    });

    it('should write SARIF that validates against the SARIF 2.1.0 schema', async () => {
      const { stdout } = await runCli(['check', 'content', 'site/page.html', '--reporter', 'sarif'], { cwd: dir });
      const schema = require('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');
      // The schema's `language` pattern is not valid with the `u` flag.
      const ajv = new AjvDraft04.default({ strict: false, allErrors: true, validateFormats: false, unicodeRegExp: false });
      const validate = ajv.compile(schema);
      const log = JSON.parse(stdout);
      expect(validate(log) ? [] : validate.errors).toEqual([]);
      const results = log.runs[0].results;
      expect(results.find((result: { ruleId: string }) => result.ruleId === 'content/invalid').locations[0].physicalLocation).toMatchObject({
        artifactLocation: { uri: 'content/bad.md' },
        region: { startLine: 4 },
      });
      expect(results.find((result: { ruleId: string }) => result.ruleId === 'axe/image-alt')).toMatchObject({ level: 'error' });
    });

    it('should gate only on violations not in the baseline', async () => {
      const update = await runCli(['check', 'site/page.html', '--update-baseline', '--baseline', 'baseline.json'], { cwd: dir });
      expect(update.code).toBe(0);
      const baseline = JSON.parse(await readFile(join(dir, 'baseline.json'), 'utf8'));
      expect(baseline.entries).toEqual([expect.objectContaining({ file: 'site/page.html', format: 'html', rule: 'image-alt' })]);
      const known = await runCli(['check', 'site/page.html', '--baseline', 'baseline.json'], { cwd: dir });
      expect(known.code).toBe(0);
      expect(known.stdout).toContain('1 in baseline');
      await writeFile(join(dir, 'site', 'page.html'), (await readFile(join(dir, 'site', 'page.html'), 'utf8')).replace('</main>', '<a href="/x"></a></main>'));
      const fresh = await runCli(['check', 'site/page.html', '--baseline', 'baseline.json'], { cwd: dir });
      expect(fresh.code).toBe(1);
      expect(fresh.stdout).toMatch(/critical|serious/);
      expect((await runCli(['check', 'site/page.html', '--baseline', 'missing.json'], { cwd: dir })).code).toBe(2);
    });

    it('should split files into deterministic shards that cover every file once', () => {
      const files = ['a', 'b', 'c', 'd', 'e'];
      const parts = [1, 2, 3].map((index) => shard(files, `${index}/3`));
      expect(parts).toEqual([['a', 'd'], ['b', 'e'], ['c']]);
      expect(parts.flat().sort()).toEqual(files);
    });

    it('should check only its shard', async () => {
      const { stdout } = await runCli(['check', 'content', '--shard', '2/3', '--reporter', 'json'], { cwd: dir });
      expect(JSON.parse(stdout).results.map((result: { file: string }) => result.file)).toEqual(['content/good.json']);
    });

    it('should find the same results in worker threads as in one thread', async () => {
      const one = await runCli(['check', 'content', 'site/page.html', '--reporter', 'json', '--jobs', '1'], { cwd: dir });
      const two = await runCli(['check', 'content', 'site/page.html', '--reporter', 'json', '--jobs', '2'], { cwd: dir });
      expect(two.code).toBe(one.code);
      expect(JSON.parse(two.stdout).results).toEqual(JSON.parse(one.stdout).results);
    });

    it('should reuse cached results for unchanged files and re-check changed ones', async () => {
      const first = await runCli(['check', 'content', '--cache', 'cache.json', '--reporter', 'json'], { cwd: dir });
      expect(JSON.parse(first.stdout).summary.cached).toBe(0);
      const second = await runCli(['check', 'content', '--cache', 'cache.json', '--reporter', 'json'], { cwd: dir });
      expect(JSON.parse(second.stdout).summary.cached).toBe(3);
      expect(JSON.parse(second.stdout).results).toEqual(JSON.parse(first.stdout).results);
      await writeFile(join(dir, 'content', 'second.json'), (await readFile(join(dir, 'content', 'second.json'), 'utf8')).replace('A test headline', 'A changed headline'));
      expect(JSON.parse((await runCli(['check', 'content', '--cache', 'cache.json', '--reporter', 'json'], { cwd: dir })).stdout).summary.cached).toBe(2);
      // Other options make a different cache key.
      expect(JSON.parse((await runCli(['check', 'content', '--cache', 'cache.json', '--reporter', 'json', '--width', '60'], { cwd: dir })).stdout).summary.cached).toBe(0);
    });

    it('should stop on interruption and report what it had checked', async () => {
      const controller = new AbortController();
      controller.abort();
      const { code, stdout } = await runCli(['check', 'content', '--jobs', '1'], { cwd: dir, signal: controller.signal });
      expect(code).toBe(130);
      expect(stdout).toContain('Interrupted: 0 files checked');
    });
  });
});
