import { cp, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { safeParseMarkdownArticle } from '../../src/index.js';
import { runCli } from '../helpers/cli.js';
import { pagesDir } from '../helpers/readability-pages.js';

/** A fresh folder per test with two of Readability's test pages and the raw wire story. */
async function workspace(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'presswork-import-'));
  await cp(join(pagesDir, 'nytimes-1/source.html'), join(dir, 'nytimes.html'));
  await cp(join(pagesDir, 'aktualne/source.html'), join(dir, 'aktualne.html'));
  await cp(resolve(import.meta.dirname, '../fixtures/wire/source-story.txt'), join(dir, 'wire.txt'));
  return dir;
}

describe('presswork import', () => {
  it('writes the draft and lists its gaps with draft path and source line; exit 1 while gaps remain', async () => {
    const cwd = await workspace();
    const run = await runCli(['import', 'nytimes.html', '--out', 'content/sudan.md'], { cwd });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('! nytimes.html → content/sudan.md (2 gaps, 4 notices)');
    expect(run.stderr).toContain('gap     body[0].alt, line 1944  The image has no alt text');
    expect(run.stderr).toContain('1 imported, 1 with gaps to close. 4 notices of what was left out: --verbose or --report.');
    const draft = await readFile(join(cwd, 'content/sudan.md'), 'utf8');
    expect(draft).toMatch(/^---\nschemaVersion: 2\n/);
    expect(draft).toContain('alt="TODO: describe this image"');
    const read = safeParseMarkdownArticle(draft);
    expect(read.ok ? [] : read.issues.map((issue) => issue.path)).toEqual(['body[0].alt', 'body[0].width', 'body[0].height']);
  });

  it('exits 0 for a page with nothing left to do, and the draft validates', async () => {
    const cwd = await workspace();
    const run = await runCli(['import', 'aktualne.html', '--out', 'aktualne.md'], { cwd });
    expect(run.stderr).toContain('✔ aktualne.html → aktualne.md (0 gaps');
    expect(run.code).toBe(0);
    expect(safeParseMarkdownArticle(await readFile(join(cwd, 'aktualne.md'), 'utf8')).ok).toBe(true);
  });

  it('imports several pages and a wire story into a folder, one bad file not hiding the others, with a JSON report', async () => {
    const cwd = await workspace();
    await writeFile(join(cwd, 'deep.html'), `<html><body>${'<div>'.repeat(600)}x</body></html>`);
    const run = await runCli(['import', 'nytimes.html', 'deep.html', 'wire.txt', 'aktualne.html', '--out-dir', 'drafts', '--report', 'import.json'], { cwd });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('✖ deep.html: Elements are nested more than 512 levels deep');
    expect(run.stderr).toContain('3 imported, 2 with gaps to close, 1 failed.');
    expect((await readdir(join(cwd, 'drafts'))).sort()).toEqual(
      ['sudan-sanctions.md', 'u-s-defense-secretary-pete-hegseth-met-with-his-counterpart-from-the-united.md', 'west-ham-hrozi-gigantum-okouzlil-i-linekera-souckovu-praci-j.md'].sort(),
    );
    const report = JSON.parse(await readFile(join(cwd, 'import.json'), 'utf8')) as { files: Array<{ input: string; draft?: string; error?: string; issues: Array<{ code: string }> }> };
    expect(report.files.map((file) => [file.input, file.draft ?? file.error?.slice(0, 19)])).toEqual([
      ['nytimes.html', 'drafts/sudan-sanctions.md'],
      ['deep.html', 'Elements are nested'],
      ['wire.txt', 'drafts/u-s-defense-secretary-pete-hegseth-met-with-his-counterpart-from-the-united.md'],
      ['aktualne.html', 'drafts/west-ham-hrozi-gigantum-okouzlil-i-linekera-souckovu-praci-j.md'],
    ]);
    expect(report.files[2]!.issues.map((issue) => issue.code)).toContain('lint:sensory-language');
  });

  it('never replaces a draft without --force', async () => {
    const cwd = await workspace();
    await writeFile(join(cwd, 'a.md'), 'mine');
    const run = await runCli(['import', 'aktualne.html', '--out', 'a.md'], { cwd });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('a.md exists; pass --force to replace it');
    expect(await readFile(join(cwd, 'a.md'), 'utf8')).toBe('mine');
    expect((await runCli(['import', 'aktualne.html', '--out', 'a.md', '--force'], { cwd })).code).toBe(0);
  });

  it('refuses what it cannot import with a usage error', async () => {
    const cwd = await workspace();
    expect((await runCli(['import', 'notes.docx'], { cwd })).stderr).toContain('expected .html pages or .txt wire stories');
    expect((await runCli(['import', 'nytimes.html', 'aktualne.html', '--out', 'x.md'], { cwd })).code).toBe(2);
  });
});
