import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');
const { scripts } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> };

describe('packing', () => {
  // `npm pack` runs prepack, prepare and postpack, dry runs included (publint, arethetypeswrong and the
  // tests' tarball each pack): an unconditional build there cost CI about 40 s a pack.
  it('should not rebuild a dist/ built from the current sources', () => {
    for (const hook of ['prepack', 'prepare', 'postpack']) expect(scripts[hook] ?? '', hook).not.toMatch(/\bnpm run build\b|\btsup\b/);
    expect(scripts.prepare, 'npm ci on a fresh clone still builds').toBe('node scripts/build-if-stale.mjs');
  });
});
