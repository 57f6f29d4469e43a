// Fails when docs/api (the TypeDoc reference) is out of date with the sources.
// Regenerate with `npm run docs:api`.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const files = (dir) =>
  readdirSync(dir, { recursive: true })
    .map(String)
    .filter((file) => statSync(join(dir, file)).isFile())
    .sort();
const out = mkdtempSync(join(tmpdir(), 'presswork-api-'));
try {
  execFileSync(process.execPath, ['node_modules/typedoc/bin/typedoc', '--out', out, '--logLevel', 'Error'], { stdio: 'inherit' });
  const expected = files(out);
  const actual = files('docs/api');
  const stale = [...new Set([...expected, ...actual])].filter((file) => {
    try {
      return readFileSync(join(out, file), 'utf8') !== readFileSync(join('docs/api', file), 'utf8');
    } catch {
      return true;
    }
  });
  if (stale.length > 0) {
    console.error(`docs/api is out of date (${stale.length} files, e.g. ${stale.slice(0, 5).join(', ')}). Run \`npm run docs:api\` and commit the result.`);
    process.exit(1);
  }
  console.log(`docs/api is up to date (${actual.length} files).`);
} finally {
  rmSync(out, { recursive: true, force: true });
}
