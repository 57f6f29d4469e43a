// prepare: build unless dist/ was built from the sources as they are now. `npm ci` runs it (a fresh
// clone has no dist/, so it builds), and so does every `npm pack`, dry runs included: publint,
// arethetypeswrong and the tests pack the package again, and each would rebuild for a minute.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtFromFile, root, sourceHash } from './source-hash.mjs';

const recorded = existsSync(builtFromFile) ? readFileSync(builtFromFile, 'utf8') : undefined;
if (recorded !== sourceHash() || !existsSync(join(root, 'dist/index.js'))) execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
else console.log('presswork: dist/ is built from the current sources');
