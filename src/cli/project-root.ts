import { stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';

/** The repository root: the nearest folder up from `cwd` that has `.git`; `cwd` itself outside a repository. */
export async function projectRoot(cwd: string): Promise<string> {
  for (let folder = cwd; ; folder = dirname(folder)) {
    try {
      await stat(join(folder, '.git'));
      return folder;
    } catch {
      if (dirname(folder) === folder) return cwd;
    }
  }
}
