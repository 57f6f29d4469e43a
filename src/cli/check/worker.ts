import { createChecker } from '../../a11y/checker.js';
import { checkFile } from './check-file.js';
import type { CheckSettings, FileResult } from './types.js';

// One checker per worker thread, reused for every file it is given.
const checker = createChecker();

/** Worker entry: check one file. */
export default function check(task: { file: string; settings: CheckSettings }): Promise<FileResult> {
  return checkFile(task.file, task.settings, checker);
}
