import type { A11yReport, Engine, Impact, OutputFormat } from '../../a11y/report.js';
import type { RuleSelection } from '../../a11y/rule-selection.js';
import type { ArticleIssue } from '../../model/errors.js';

/** The result of checking one file: its problems as content, and a report per format. */
export interface FileResult {
  /** Path as given (relative to the working directory when it was under it). */
  file: string;
  /** `article` for `.md`/`.json`, `page` for a built `.html` file. */
  kind: 'article' | 'page';
  /** Validation problems; an invalid article has no reports. */
  issues: ArticleIssue[];
  reports: A11yReport[];
  /** Violations known in the baseline, by report format: `rule|node` keys. */
  baselined?: Record<string, string[]>;
}

/** Settings of one `check` run that change results (they key the cache). */
export interface CheckSettings {
  formats: OutputFormat[];
  engine: Engine;
  width: number;
  /** Which axe rules run (`--level`, `--rules`, `--tags`, `--no-best-practice`); default level AA with best practice. */
  selection?: Pick<RuleSelection, 'level' | 'bestPractice' | 'tags' | 'only'>;
  /** `--load-timeout`, in ms. */
  loadTimeout?: number;
}

/** Overall outcome of a run. */
export interface RunSummary {
  files: number;
  invalid: number;
  violations: number;
  /** Violations at or above the `--fail-on` level, not in the baseline. */
  failing: number;
  baselined: number;
  failOn: Impact;
  interrupted: boolean;
  cached: number;
  engine: Engine;
  /** Rules the engine could not evaluate (layout in jsdom), in any report of the run. */
  notEvaluated: string[];
  /** Files under the given folders that are not articles or pages, and why. */
  skipped: Array<{ file: string; reason: string }>;
}
