import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { packPackage } from '../helpers/pack.js';

/**
 * The published package as a user gets it: `npm pack`, installed into a
 * fresh project, used from ESM, CJS, strict TypeScript and the bin, on the
 * machine's Node 20 and on Node 24 (the `node` package from the registry).
 */
const root = resolve(import.meta.dirname, '../..');
let project: string;

const esm = `
import { parseMarkdownArticle, renderHtml, renderAmp, renderText, validateAmp } from 'presswork';
import { loadArticle } from 'presswork/node';
import { checkAccessibility } from 'presswork/a11y';
const article = await loadArticle('story.md');
const html = renderHtml(article);
if (!html.includes('<h1 class="pw-headline">')) throw new Error('no headline');
if (validateAmp(renderAmp(article)).length) throw new Error('invalid AMP');
if (!renderText(article).includes('Hegseth')) throw new Error('text lost');
const report = await checkAccessibility(html, { format: 'html' });
console.log(JSON.stringify({ esm: true, violations: report.violations.length, parse: typeof parseMarkdownArticle }));
`;
const cjs = `
const { parseJsonArticle, renderHtml } = require('presswork');
const { checkAccessibility } = require('presswork/a11y');
const schema = require('presswork/schema.json');
const article = parseJsonArticle(require('fs').readFileSync('story.json', 'utf8'));
checkAccessibility(renderHtml(article), { format: 'html' }).then((report) => {
  console.log(JSON.stringify({ cjs: true, violations: report.violations.length, schema: schema.title }));
});
`;
const consumer = `
import { parseArticle, renderHtml, type Article, type BlockOf, type HtmlOptions } from 'presswork';
import type { A11yReport } from 'presswork/a11y';
export const article = parseArticle({});
export const image: BlockOf<'image'> | undefined = article.body.find((block): block is BlockOf<'image'> => block.type === 'image');
export const options: HtmlOptions = { fragment: true, handlers: { divider: () => ({ type: 'element', tagName: 'hr', properties: {}, children: [] }) } };
export const html: string = renderHtml(article as Article, options);
export type Report = A11yReport['violations'][number]['wcag'];
`;

/** A site using the example extension package (examples/acme-extensions), fully typed: it only compiles if `switch` narrows the extension blocks. */
const extended = `
import { createPresswork, parseMarkdownArticle, validateAmp, type Block } from 'presswork';
import { checkArticle } from 'presswork/a11y';
import { acme, type PollBlock } from '@acme/presswork-extensions';
import { readFileSync } from 'node:fs';

const presswork = createPresswork(acme);
const article = presswork.parseMarkdownArticle(readFileSync('poll.md', 'utf8'), { file: 'poll.md' });

function describeBlock(block: Block): string {
  switch (block.type) {
    case 'acme:poll':
      return \`poll with \${block.options.length} options\`;
    case 'acme:map':
      return \`map \${block.image.width}×\${block.image.height}\`;
    default:
      return block.type;
  }
}
const poll: PollBlock | undefined = article.body.find((block): block is PollBlock => block.type === 'acme:poll');
let rejected = false;
try {
  parseMarkdownArticle(readFileSync('poll.md', 'utf8'));
} catch {
  rejected = true;
}
const reports = await checkArticle(article, { extensions: presswork.extensions });
console.log(JSON.stringify({
  blocks: article.body.map(describeBlock),
  question: poll?.question,
  legend: presswork.renderHtml(article).includes('<legend>'),
  ampValid: validateAmp(presswork.renderAmp(article)).length === 0,
  text: presswork.renderText(article).includes('Vote and see the results'),
  rejectedWithout: rejected,
  violations: reports.reduce((sum, report) => sum + report.violations.length, 0),
}));
`;

function run(command: string, args: string[], cwd = project): string {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', timeout: 300_000 });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (${result.status}):\n${result.stdout}\n${result.stderr}`);
  return result.stdout;
}

beforeAll(() => {
  project = mkdtempSync(join(tmpdir(), 'presswork-consumer-'));
  const tarball = basename(packPackage(project));
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  run('npm', [
    'install',
    '--no-audit',
    '--no-fund',
    `./${tarball}`,
    `typescript@${require('../../node_modules/typescript/package.json').version}`,
    '@types/node@20',
    `zod@${require('../../node_modules/zod/package.json').version}`,
  ]);
  // The example extension package, built against the installed presswork and installed as a dependency.
  cpSync(join(root, 'examples/acme-extensions'), join(project, 'acme-extensions'), { recursive: true });
  run(process.execPath, [join(project, 'node_modules/typescript/bin/tsc'), '-p', 'acme-extensions/tsconfig.json']);
  run('npm', ['install', '--no-audit', '--no-fund', './acme-extensions']);
  cpSync(join(root, 'test/fixtures/extend/budget-poll.md'), join(project, 'poll.md'));
  writeFileSync(join(project, 'extended.ts'), extended);
  cpSync(join(root, 'content/hegseth-healey-eu-defense-spending.md'), join(project, 'story.md'));
  cpSync(join(root, 'content/council-meeting-explainer.json'), join(project, 'story.json'));
  writeFileSync(join(project, 'esm.mjs'), esm);
  writeFileSync(join(project, 'cjs.cjs'), cjs);
  writeFileSync(join(project, 'consumer.ts'), consumer);
  writeFileSync(
    join(project, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        strict: true,
        noUncheckedIndexedAccess: true,
        exactOptionalPropertyTypes: true,
        module: 'NodeNext',
        moduleResolution: 'NodeNext',
        target: 'ES2022',
        declaration: true,
        emitDeclarationOnly: true,
        outDir: 'types',
        types: ['node'],
      },
      files: ['consumer.ts'],
    }),
  );
}, 600_000);

afterAll(() => {
  if (project) rmSync(project, { recursive: true, force: true });
});

import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);

describe('an extension package in a fresh project', () => {
  it('should type-check (strict) and run a site that registers it, with zero axe violations', () => {
    writeFileSync(
      join(project, 'tsconfig.extended.json'),
      JSON.stringify({
        compilerOptions: {
          strict: true,
          noUncheckedIndexedAccess: true,
          exactOptionalPropertyTypes: true,
          module: 'NodeNext',
          moduleResolution: 'NodeNext',
          target: 'ES2022',
          outDir: 'out',
          types: ['node'],
        },
        files: ['extended.ts'],
      }),
    );
    run(process.execPath, [join(project, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.extended.json']);
    expect(JSON.parse(run(process.execPath, ['out/extended.js']))).toEqual({
      blocks: ['paragraph', 'poll with 2 options', 'map 1200×800', 'paragraph'],
      question: 'Should the council raise the levee budget by 4 per cent?',
      legend: true,
      ampValid: true,
      text: true,
      rejectedWithout: true,
      violations: 0,
    });
  });

  it('should be registered for the CLI by a presswork.config.ts (check in worker threads, feeds)', () => {
    writeFileSync(join(project, 'presswork.config.ts'), "import { createPresswork } from 'presswork';\nimport { acme } from '@acme/presswork-extensions';\n\nexport default createPresswork(acme);\n");
    try {
      expect(run(process.execPath, ['node_modules/.bin/presswork', 'check', 'poll.md', '--jobs', '2'])).toContain('1 file checked, 0 invalid, 0 violations');
      expect(run(process.execPath, ['node_modules/.bin/presswork', 'render', 'poll.md', '--format', 'rss'])).toContain('&lt;legend&gt;Should the council');
    } finally {
      rmSync(join(project, 'presswork.config.ts'));
    }
  });
});

describe('the packed package', () => {
  it('should ship only what users need', () => {
    const files = execFileSync(
      'tar',
      [
        'tzf',
        join(
          project,
          readdirSync(project).find((name) => name.endsWith('.tgz'))!,
        ),
      ],
      { encoding: 'utf8' },
    ).split('\n');
    expect(files).toContain('package/dist/index.js');
    expect(files).toContain('package/dist/schema.json');
    expect(files).toContain('package/dist/styles.css');
    expect(files).toContain('package/dist/cli/bin.js');
    expect(files.some((file) => /^package\/(test|content|bench|src|scripts|docs\/api)\//.test(file) || file.endsWith('.map'))).toBe(false);
    expect(files).toContain('package/docs/authoring.md');
  });

  it('should type-check a strict TypeScript consumer that emits declarations', () => {
    run(process.execPath, [join(project, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json']);
  });

  describe.each([
    ['this machine’s Node', process.versions.node.split('.')[0]!, () => process.execPath],
    // npx resolves the package on every call: ask it once for the binary's path.
    ['Node 24', '24', () => run('npx', ['-y', 'node@24', '-p', 'process.execPath']).trim()],
  ])('on %s', (_, major, locate) => {
    let node: string;
    beforeAll(() => {
      node = locate();
    }, 300_000);
    const exec = (...args: string[]) => run(node, args);
    it('should import as ESM and as CJS', () => {
      expect(exec('-p', 'process.versions.node').split('.')[0]).toBe(major);
      expect(JSON.parse(exec('esm.mjs'))).toEqual({ esm: true, violations: 0, parse: 'function' });
      expect(JSON.parse(exec('cjs.cjs'))).toEqual({ cjs: true, violations: 0, schema: 'presswork article' });
    });

    it('should run the CLI from node_modules/.bin', () => {
      expect(exec('node_modules/.bin/presswork', '--version').trim()).toBe(require('../../package.json').version);
      expect(exec('node_modules/.bin/presswork', 'check', 'story.md', 'story.json', '--jobs', '2')).toContain('2 files checked, 0 invalid, 0 violations');
    });
  });
});
