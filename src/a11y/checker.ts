import type { Extensions } from '../extend/registry.js';
import type { AxeResults, RunOptions } from 'axe-core';
import type { Browser } from 'playwright-core';
import { transcript, transcriptIn } from './transcript.js';
import type { Article } from '../model/types.js';
import { formatPath } from '../model/path.js';
import { locate, type SourceLocations } from '../load/source-map.js';
import { renderLocated } from './locate.js';
import { ampStaticChecks, ampForAxe } from './amp-checks.js';
import type { AmpValidationOptions } from '../amp-validator/validate.js';
import { defaultLoadTimeout, layoutRules, runOptions, splitResults } from './axe-options.js';
import { selectRules, type RuleSelection } from './rule-selection.js';
import { createReport, flaggedNodes, type A11yReport, type A11yResult, type Engine, type OutputFormat } from './report.js';
import { createJsdomRunner } from './jsdom-engine.js';
import { textDocument, textRules } from './text-rules.js';

/** Options for `checkAccessibility` and `createChecker`. */
export interface CheckOptions extends RuleSelection {
  /** Where axe runs. Default `jsdom`. */
  engine?: Engine;
  /** Language of a text output (for its `<html lang>`). Default `en`. */
  lang?: string;
  /** Text direction of a text output. Default from nothing: `ltr`. */
  dir?: 'ltr' | 'rtl';
  /** Line width the text rules allow (0: no limit). Default 78. */
  width?: number;
  /** AMP rules for an `amp` output: default the `presswork` profile, house rules as errors. Pages presswork did not render get house rules as warnings. */
  amp?: AmpValidationOptions;
  /** Chromium only: the browser binary. Default `/usr/bin/chromium` or `PRESSWORK_CHROMIUM`. */
  chromiumPath?: string;
  /** Chromium only: how many pages of the one browser check documents in parallel (concurrent `check` calls). Default 1. */
  pages?: number;
  /**
   * Longest wait for an autoplaying medium's metadata and for style sheets,
   * in ms. Default 1000. A medium that has not loaded by then is reported
   * under `no-autoplay-audio` as needing review (jsdom loads no media at all).
   */
  loadTimeout?: number;
  /** Stops this check (chromium: closes its page); the check then rejects. */
  signal?: AbortSignal;
  /** Chromium only: a screenshot of the page with each violation's element outlined (`node.screenshot`, at most 20 per document). Default `false`. */
  screenshots?: boolean;
}

/** A reusable checker: start-up is paid once, not per document. */
export interface Checker {
  check(output: string, options: CheckOptions & { format: OutputFormat }): Promise<A11yReport>;
  /**
   * What a screen-reader user hears of an HTML or AMP output (see `transcript`),
   * with the checker's engine: with Chromium, in the checker's browser.
   */
  transcript(output: string, options: { format: 'html' | 'amp' }): Promise<string[]>;
  /** Release the browser (chromium) or anything else held. */
  close(): Promise<void>;
}

type AxeRunner = (html: string, options: RunOptions, signal?: AbortSignal, extra?: { screenshots?: boolean }) => Promise<AxeResults>;

interface EngineHandle {
  run: AxeRunner;
  /** Chromium's browser. */
  browser?: Browser;
  /** Rules this engine cannot judge. */
  notEvaluated: string[];
  close(): Promise<void>;
}

async function openEngine(options: CheckOptions): Promise<EngineHandle> {
  if ((options.engine ?? 'jsdom') === 'chromium') {
    const { openChromium } = await import('./chromium-engine.js');
    return openChromium({ ...(options.chromiumPath !== undefined && { executablePath: options.chromiumPath }), ...(options.pages !== undefined && { pages: options.pages }) });
  }
  const runner = createJsdomRunner();
  return {
    run: (html, options) => runner.run(html, options),
    notEvaluated: layoutRules,
    close: () => {
      runner.close();
      return Promise.resolve();
    },
  };
}

/** Create a checker that keeps its engine open across documents. */
export function createChecker(defaults: CheckOptions = {}): Checker {
  let engine: Promise<EngineHandle> | undefined;
  return {
    async check(output, options) {
      const settings = { ...defaults, ...options };
      engine ??= openEngine(settings);
      const handle = await engine;
      return checkWith(handle, output, settings);
    },
    async transcript(output, options) {
      const engineName = defaults.engine ?? 'jsdom';
      if (engineName === 'jsdom') return transcript(output, options);
      engine ??= openEngine(defaults);
      return transcriptIn(output, { ...options, engine: engineName }, (await engine).browser);
    },
    async close() {
      if (engine) await (await engine).close();
      engine = undefined;
    },
  };
}

async function checkWith(engine: EngineHandle, output: string, options: CheckOptions & { format: OutputFormat }): Promise<A11yReport> {
  const { format } = options;
  const extra: A11yResult[] = [];
  const review: A11yResult[] = [];
  let document = output;
  if (format === 'amp') {
    const amp = ampStaticChecks(output, options.amp);
    extra.push(...amp.violations);
    review.push(...amp.incomplete);
    document = ampForAxe(output);
  } else if (format === 'text') {
    extra.push(...textRules(output, { width: options.width ?? 78 }));
    document = textDocument(output, options.lang ?? 'en', options.dir ?? 'ltr');
  }
  // Plain text has no markup headings by nature; its headline is its first line.
  const selected = selectRules(format === 'text' ? { ...options, rules: { 'page-has-heading-one': { enabled: false }, ...options.rules } } : options);
  const notEvaluated = selected.filter((id) => engine.notEvaluated.includes(id));
  const ruleIds = selected.filter((id) => !engine.notEvaluated.includes(id));
  const results =
    ruleIds.length > 0
      ? splitResults(await engine.run(document, runOptions(ruleIds, options.loadTimeout ?? defaultLoadTimeout), options.signal, { screenshots: options.screenshots === true }))
      : { violations: [], incomplete: [], passes: [] };
  return createReport(format, options.engine ?? 'jsdom', { violations: [...extra, ...results.violations], incomplete: [...review, ...results.incomplete], notEvaluated, passes: results.passes });
}

/**
 * Check one rendered output with axe-core (and presswork's AMP or text rules
 * for those formats). Starts and stops an engine per call: for many
 * documents use `createChecker`.
 */
export async function checkAccessibility(output: string, options: CheckOptions & { format: OutputFormat }): Promise<A11yReport> {
  const checker = createChecker(options);
  try {
    return await checker.check(output, options);
  } finally {
    await checker.close();
  }
}

/** Options for `checkArticle`. */
export interface CheckArticleOptions extends CheckOptions {
  /** Formats to render and check. Default all three. */
  formats?: OutputFormat[];
  /** A checker to reuse (it is not closed). */
  checker?: Checker;
  /** Where each part of the article is written (a loader's `LoadResult.locations`): flagged nodes get a `location`. */
  locations?: SourceLocations;
  /** Extension types the article uses (`createPresswork(...).extensions`), rendered by their handlers. */
  extensions?: Extensions | undefined;
}

/**
 * Render an article in each format and check each output. Every flagged
 * node names the part of the article it renders (`path`, e.g. `body[3]`)
 * and, given the `locations` a loader returned, where that is in the file.
 */
export async function checkArticle(article: Article, options: CheckArticleOptions = {}): Promise<A11yReport[]> {
  const checker = options.checker ?? createChecker(options);
  const width = options.width ?? 78;
  try {
    const reports: A11yReport[] = [];
    for (const format of options.formats ?? (['html', 'amp', 'text'] as const)) {
      const { output, locate: sourceOf } = renderLocated(article, format, { width, extensions: options.extensions });
      const report = await checker.check(output, { ...options, format, lang: article.language, dir: article.direction, width });
      for (const node of flaggedNodes(report)) {
        const segments = [...(sourceOf(node) ?? [])];
        const span = options.locations && locate(options.locations, segments);
        Object.assign(
          node,
          { path: formatPath(segments), segments },
          span && { location: { line: span.line, column: span.column, endLine: span.endLine ?? span.line, endColumn: span.endColumn ?? span.column } },
        );
      }
      reports.push(report);
    }
    return reports;
  } finally {
    if (!options.checker) await checker.close();
  }
}
