import { createIssue } from '../model/errors.js';
import type { LoadResult } from './result.js';

/** The cause of an exception, in words, without a stack trace. */
export function describeFault(error: unknown): string {
  if (error instanceof RangeError && /call stack/i.test(error.message)) return 'it is nested too deeply to read';
  if (error instanceof Error) return `${error.name}: ${error.message}`;
  return String(error);
}

/**
 * Run one file's loader so that whatever it throws becomes a problem of that
 * file: a hostile or broken file is reported, and the other files of a run
 * are still read.
 */
export function containFault(file: string | undefined, load: () => LoadResult): LoadResult {
  try {
    return load();
  } catch (error) {
    return { file, ok: false, issues: [{ ...createIssue([], 'unreadable_content', `presswork could not read this file: ${describeFault(error)}`, file), line: 1, column: 1 }] };
  }
}
