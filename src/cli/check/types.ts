import type { A11yReport, Engine, Impact, OutputFormat } from '../../a11y/report.js';
import type { RuleSelection } from '../../a11y/rule-selection.js';
import type { ArticleIssue } from '../../model/errors.js';
import type { ArticleNotice } from '../../model/extensions.js';
import type { ReviewedItem } from '../../a11y/review/ledger.js';
import type { LintFinding, LintRuleSetting, LintSeverity } from '../../lint/types.js';

/** The result of checking one file: its problems as content, and a report per format. */
export interface FileResult {
  /** Path as given (relative to the working directory when it was under it). */
  file: string;
  /** `article` for `.md`/`.json`, `page` for a built `.html` file. */
  kind: 'article' | 'page';
  /** Validation problems; an invalid article has no reports. */
  issues: ArticleIssue[];
  reports: A11yReport[];
  /** Content lint findings (articles only; none with `--no-lint`). */
  findings?: LintFinding[];
  /** With `check --transcripts`: what a screen-reader user hears, per output format (`html`, `amp`), one phrase per line. */
  transcripts?: Partial<Record<'html' | 'amp', string[]>>;
  /** What the reader should know about a valid article (an upgraded `schemaVersion`, an unknown extension type kept). */
  notices?: ArticleNotice[];
  /** With `check --require-review` and `presswork review`: what a person must judge, and what the review ledger says of it. */
  review?: ReviewedItem[];
  /** What the review ledger and a conformance report name the file by: the article's id, headline and canonical URL. */
  subject?: { id: string; title: string; url?: string };
  /** Violations and findings known in the baseline, by report format (`lint` for findings): `rule|node` keys. */
  baselined?: Record<string, string[]>;
}

/** How the content lint runs in `check` and `lint`: which rules, with what settings, and the site's own rule modules. */
export interface LintSettings {
  rules?: Record<string, LintRuleSetting>;
  /** Absolute paths (or file URLs) of modules whose default export (or `rules` export) is an array of lint rules. */
  custom?: string[];
  /** The project's `presswork.config.*` (extension types), for `presswork lint`. */
  extensions?: string;
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
  /** The content lint; `false` with `--no-lint`. Runs with its defaults when left out. */
  lint?: LintSettings | false;
  /** The project's `presswork.config.*` (extension types): each worker loads it. */
  extensions?: string;
  /** `--transcripts`: also make the screen-reader transcript of each HTML and AMP output. */
  transcripts?: boolean;
  /** A screenshot per violation (the Chromium engine, for the HTML report). */
  screenshots?: boolean;
  /** List what a person must review (`--require-review`, `presswork review`). */
  review?: boolean;
}

/** Overall outcome of a run. */
export interface RunSummary {
  /** `lint` for `presswork lint` (no accessibility check ran). */
  command?: 'check' | 'lint';
  files: number;
  invalid: number;
  violations: number;
  /** Violations at or above the `--fail-on` level, not in the baseline. */
  failing: number;
  baselined: number;
  /** Content lint findings (not in the baseline), of any severity. */
  findings?: number;
  /** Problems `lint --fix` fixed in the files. */
  fixed?: number;
  /** The `--fail-on` of the run: an impact for `check`, a severity for `lint`. */
  failOn: Impact | LintSeverity;
  interrupted: boolean;
  cached: number;
  engine: Engine;
  /** Rules the engine could not evaluate (layout in jsdom), in any report of the run. */
  notEvaluated: string[];
  /** Files under the given folders that are not articles or pages, and why. */
  skipped: Array<{ file: string; reason: string }>;
  /** With `--require-review`: review items by status, and the ledger file. */
  review?: { open: number; reopened: number; failed: number; passed: number; ledger: string };
}
