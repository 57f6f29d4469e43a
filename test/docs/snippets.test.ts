import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requireSystemPackage } from '../../scripts/system-packages.js';
import { packPackage } from '../helpers/pack.js';

/**
 * Every code block of the README and the guides runs, in a project made the
 * way docs/getting-started.md says, with the packed package installed; shown
 * output is compared with the real output. A block says how it runs in its
 * info string (GitHub shows only the language):
 *
 * - `sh`: the commands run in order (`npm install presswork` installs the packed tarball);
 * - `ts`, `tsx`: runs with tsx; `article`, `html` and `pages` are defined when the block uses them without declaring them;
 * - `file=path`: the block is written to that file (`exists=path`: and that path must then exist);
 * - `text output cmd="…"`: the shown text is what the command prints (`…` stands for any text;
 *   `edit="file|from|to"` changes a file for the command; `fixture="repo-file:project-file"` copies one in);
 * - `text synopsis`: every `--flag` shown is in the command's `--help`;
 * - `yaml workflow`: a GitHub Actions workflow: it parses, and its `run:` steps run here (minus machine set-up);
 * - `norun="why"`: not run here, and the reason says what runs it instead.
 */
const root = resolve(import.meta.dirname, '../..');
const docs = [
  'README.md',
  ...readdirSync(join(root, 'docs'))
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => `docs/${name}`),
];
const tsx = join(root, 'node_modules/tsx/dist/cli.mjs');

interface Block {
  doc: string;
  line: number;
  lang: string;
  flags: Set<string>;
  attrs: Record<string, string>;
  code: string;
}

/** Fenced blocks of a Markdown file, outermost only (a `~~~` block may hold ``` fences). */
function blocksOf(doc: string): Block[] {
  const lines = readFileSync(join(root, doc), 'utf8').split('\n');
  const blocks: Block[] = [];
  for (let index = 0; index < lines.length; index++) {
    const open = /^(`{3,}|~{3,})(.*)$/.exec(lines[index]!);
    if (!open) continue;
    const [, fence, info] = open;
    const end = lines.findIndex((line, at) => at > index && line.startsWith(fence!) && line.trim() === fence);
    const words = info!.trim().match(/[\w-]+="[^"]*"|[\w-]+=\S+|\S+/g) ?? [];
    const [lang = '', ...rest] = words[0]?.includes('=') ? ['', ...words] : words;
    const attrs: Record<string, string> = {};
    const flags = new Set<string>();
    for (const word of rest) {
      const pair = /^([\w-]+)=(?:"([^"]*)"|(\S+))$/.exec(word);
      if (pair) attrs[pair[1]!] = pair[2] ?? pair[3]!;
      else flags.add(word);
    }
    blocks.push({ doc, line: index + 1, lang, flags, attrs, code: lines.slice(index + 1, end).join('\n') + '\n' });
    index = end;
  }
  return blocks;
}

interface Run {
  status: number | null;
  output: string;
}

let work: string;
let tarball: string;
/** A project set up as getting-started says, whose node_modules each doc's project copies. */
let base: string;

function bash(script: string, cwd: string): Run {
  const result = spawnSync('bash', ['-c', script], {
    cwd,
    encoding: 'utf8',
    timeout: 300_000,
    env: { ...process.env, NO_COLOR: '1', npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false' },
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

/** A shell block with `npm install presswork` pointing at the packed tarball. */
const withTarball = (script: string) => script.replace(/\bnpm install presswork\b/g, `npm install --no-audit --no-fund ${tarball}`);

/** Run a shell script in `cwd`; return the folder it ended in (a `cd` carries over to the next block). */
function runShell(script: string, cwd: string, where: string): string {
  const marker = join(work, 'cwd.txt');
  const result = bash(`set -e\n${withTarball(script)}\npwd > ${marker}`, cwd);
  expect(result.status, `${where} failed:\n${result.output}`).toBe(0);
  return readFileSync(marker, 'utf8').trim();
}

/** `…` in shown output stands for any text (a line of its own: any lines). */
function outputPattern(shown: string): RegExp {
  const escaped = shown
    .trim()
    .split('\n')
    .map((line) =>
      line.trim() === '…'
        ? '[\\s\\S]*?'
        : line
            .trimEnd()
            .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
            .replace(/…/g, '[^\\n]*?'),
    )
    .join('\\n');
  return new RegExp(`^${escaped}$`);
}

const declared = (code: string, name: string) => new RegExp(`\\b(?:const|let|var|function)\\s+${name}\\b|import\\s[^;]*\\b${name}\\b`).test(code);

/** Definitions for names a fragment uses without declaring (rustdoc's hidden lines, in one place). */
function prelude(code: string): string {
  const lines = ["import * as $presswork from 'presswork';", "import * as $node from 'presswork/node';"];
  const uses = (name: string) => new RegExp(`\\b${name}\\b`).test(code) && !declared(code, name);
  if (uses('article') || uses('html') || uses('pages')) lines.push("const article = await $node.loadArticle('content/hegseth-healey-eu-defense-spending.md');");
  if (uses('html') || uses('pages')) lines.push('const html = $presswork.renderHtml(article);');
  if (uses('pages')) lines.push('const pages = [html];');
  return `${lines.join('\n')}\n`;
}

function runBlock(block: Block, project: { cwd: string; written: string[] }): void {
  const where = `${block.doc}:${block.line}`;
  if (block.attrs.norun !== undefined) {
    expect(block.attrs.norun.length, `${where}: say why it does not run`).toBeGreaterThan(10);
    return;
  }
  if (block.attrs.file) {
    const path = join(project.cwd, block.attrs.file);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, block.code);
    project.written.push(block.attrs.file);
    if (block.attrs.exists) expect(existsSync(join(project.cwd, block.attrs.exists)), `${where}: ${block.attrs.exists}`).toBe(true);
    return;
  }
  if (block.lang === 'sh') {
    project.cwd = runShell(block.code, project.cwd, where);
    return;
  }
  if (block.lang === 'ts' || block.lang === 'tsx') {
    const file = join(project.cwd, `snippet-${block.line}.${block.lang}`);
    writeFileSync(file, prelude(block.code) + block.code);
    const result = spawnSync(process.execPath, [tsx, file], { cwd: project.cwd, encoding: 'utf8', timeout: 120_000 });
    expect(result.status, `${where} failed:\n${result.stdout}${result.stderr}`).toBe(0);
    return;
  }
  if (block.lang === 'text' && block.flags.has('output')) {
    const command = block.attrs.cmd;
    expect(command, `${where}: output needs cmd="…"`).toBeTruthy();
    if (block.attrs.fixture) {
      const [from, to] = block.attrs.fixture.split(':');
      mkdirSync(dirname(join(project.cwd, to!)), { recursive: true });
      cpSync(join(root, from!), join(project.cwd, to!));
    }
    let restore: (() => void) | undefined;
    if (block.attrs.edit) {
      const [file, from, to] = block.attrs.edit.split('|');
      const path = join(project.cwd, file!);
      const before = readFileSync(path, 'utf8');
      expect(before, `${where}: edit`).toContain(from!);
      writeFileSync(path, before.replace(from!, to!));
      restore = () => writeFileSync(path, before);
    }
    const result = bash(command!, project.cwd);
    restore?.();
    expect(result.output.trim(), `${where}: the output of \`${command}\``).toMatch(outputPattern(block.code));
    return;
  }
  if (block.lang === 'text' && block.flags.has('synopsis')) {
    for (const line of block.code.split('\n')) {
      const command = /^presswork (\w+)/.exec(line)?.[1];
      if (!command) continue;
      const help = bash(`npx presswork ${command} --help`, project.cwd).output;
      for (const flag of line.match(/--[a-z][\w-]*/g) ?? []) expect(help, `${where}: \`${flag}\` of \`presswork ${command}\``).toContain(flag);
    }
    return;
  }
  if (block.lang === 'yaml' && block.flags.has('workflow')) {
    const workflow = parseYaml(block.code) as { jobs: Record<string, { steps: Array<{ run?: string }> }> };
    for (const job of Object.values(workflow.jobs)) {
      for (const step of job.steps) {
        if (!step.run) continue;
        // Machine set-up (a CI image's packages, the lockfile install) is what npm test and this project did already.
        const script = step.run
          .split('&&')
          .map((part) => part.trim())
          .filter((part) => part !== 'npm ci' && !part.includes('apt-get'))
          .join(' && ')
          .replace(/\$\{\{ matrix\.shard \}\}/g, '1');
        if (script) runShell(script, project.cwd, `${where} (${script.slice(0, 60)})`);
      }
    }
    return;
  }
  throw new Error(`${where}: a \`${block.lang}\` block with no way to run it: add file=…, output cmd=…, or norun="why"`);
}

beforeAll(() => {
  requireSystemPackage('chromium');
  work = mkdtempSync(join(tmpdir(), 'presswork-docs-'));
  tarball = packPackage(work);
  // The project getting-started.md sets up, made by its own first block.
  const [setup] = blocksOf('docs/getting-started.md').filter((block) => block.lang === 'sh');
  base = runShell(setup!.code, work, 'docs/getting-started.md set-up');
}, 600_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('every code block in the README and docs', () => {
  it.each(docs)(
    '%s should run as shown',
    (doc) => {
      const cwd = mkdtempSync(join(work, 'project-'));
      const project = { cwd, written: [] as string[] };
      let blocks = blocksOf(doc);
      if (doc === 'docs/getting-started.md') {
        // Its set-up block made `base` already; the rest of the walk-through continues there.
        project.cwd = base;
        blocks = blocks.slice(1);
      } else {
        // A project like getting-started's, with the bundled articles as its content.
        cpSync(join(base, 'package.json'), join(cwd, 'package.json'));
        expect(spawnSync('cp', ['-al', join(base, 'node_modules'), join(cwd, 'node_modules')]).status).toBe(0);
        cpSync(join(root, 'content'), join(cwd, 'content'), { recursive: true });
        expect(bash('git init -q', cwd).status).toBe(0);
      }
      for (const block of blocks) runBlock(block, project);
      // Every article a doc shows is valid.
      for (const file of project.written.filter((path) => /^content\/.*\.(md|json)$/.test(path))) {
        const result = bash(`npx presswork validate ${file}`, project.cwd);
        expect(result.status, `${doc}: ${file}\n${result.output}`).toBe(0);
      }
    },
    600_000,
  );
});
