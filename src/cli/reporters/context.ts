import type { FileResult, RunSummary } from '../check/types.js';

/** What every reporter receives besides the results. */
export interface ReporterContext {
  /** presswork's version, for tool metadata. */
  version: string;
  /** Use ANSI colours (a TTY without NO_COLOR). */
  color: boolean;
  summary: RunSummary;
  /** List only files with problems (`--quiet`). */
  quiet?: boolean;
  /** The folder the run started in; files are relative to it. Default `process.cwd()`. */
  cwd?: string;
  /** The repository root, for SARIF's `%SRCROOT%`. Default `cwd`. */
  root?: string;
}

/** A reporter turns results into text. Pure: no I/O. */
export type Reporter = (results: readonly FileResult[], context: ReporterContext) => string;

/** Whether a violation (by format, rule and node key) is known in the baseline. */
export function isBaselined(result: FileResult, format: string, key: string): boolean {
  return result.baselined?.[format]?.includes(key) ?? false;
}
