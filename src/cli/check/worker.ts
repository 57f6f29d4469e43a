import { createChecker } from '../../a11y/checker.js';
import { checkFile } from './check-file.js';
import type { CheckSettings, FileResult } from './types.js';

// One checker per worker thread, reused for every file it is given.
const checker = createChecker();

const warmUpPage = '<!doctype html><html lang="en"><head><title>Warm-up</title></head><body><main><h1>Warm-up</h1></main></body></html>';

/** Worker entry: check one file, or (`warmUp`) load jsdom and axe-core before any file's time bound starts. */
export default async function check(task: { file: string; settings: CheckSettings } | { warmUp: true }): Promise<FileResult | undefined> {
  if ('warmUp' in task) {
    await checker.check(warmUpPage, { format: 'html' });
    return undefined;
  }
  return checkFile(task.file, task.settings, checker);
}
