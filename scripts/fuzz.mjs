// A larger, random run of every property test (nightly-style; `npm test` uses a fixed seed).
// Usage: npm run test:fuzz [-- --runs 10] [-- --seed 1234]. A failure prints the seed to replay it.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { seed: { type: 'string' }, runs: { type: 'string', default: '10' } } });
const seed = values.seed ?? String(Math.floor(Math.random() * 2 ** 31));
const root = new URL('..', import.meta.url).pathname;

const files = readdirSync(join(root, 'test'), { recursive: true })
  .map(String)
  .filter((file) => file.endsWith('.test.ts') && readFileSync(join(root, 'test', file), 'utf8').includes("from 'fast-check'"))
  .map((file) => relative(root, join(root, 'test', file)));

console.log(`Property tests with seed ${seed}, ${values.runs}× the runs of npm test:\n  ${files.join('\n  ')}`);
const env = { ...process.env, PRESSWORK_FC_SEED: seed, PRESSWORK_FC_RUNS: values.runs };
const result = spawnSync('npx', ['vitest', 'run', '--testTimeout', '1800000', ...files], { cwd: root, env, stdio: 'inherit' });
if (result.status !== 0) console.log(`\nTo replay: PRESSWORK_FC_SEED=${seed} PRESSWORK_FC_RUNS=${values.runs} npx vitest run <file>`);
process.exit(result.status ?? 1);
