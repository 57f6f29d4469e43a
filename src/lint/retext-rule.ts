import type { Root } from 'nlcst';
import { unified, type Plugin, type Processor } from 'unified';
import { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';
import { spacedLanguage, unitTree } from './nlcst.js';
import type { LintUnit, LintUnitKind } from './text-units.js';
import type { LintContext, LintReport, LintRule } from './types.js';

/** The kinds of text that are prose: what language rules read by default. */
export const proseKinds: ReadonlySet<LintUnitKind> = new Set(['headline', 'dek', 'paragraph', 'heading', 'pullquote', 'caption', 'title', 'fallback', 'related', 'cell', 'correction', 'description']);

/** A lint rule made of a retext plugin: its messages become findings. Its `languages` default to every language written with spaces. */
export interface RetextRuleOptions extends Omit<LintRule, 'check'> {
  /** The retext plugin: it receives the nlcst tree of one unit of text (shared with other rules: read it, do not change it) and reports with `file.message`. */
  plugin: Plugin<[unknown?], Root>;
  /** Options passed to the plugin; a rule's configured options are merged over them. */
  pluginOptions?: Record<string, unknown>;
  /** Which units it reads; prose by default. */
  kinds?: ReadonlySet<LintUnitKind>;
  /** Turn a message into a report (or drop it); by default the message as it is. */
  map?: (message: VFileMessage, unit: LintUnit, range: { start: number; end: number }) => LintReport | undefined;
}

/**
 * A lint rule from a retext plugin, e.g. `retextRule({ id: 'acme/simplify',
 * plugin: retextSimplify, ... })`: each unit of text is parsed once to nlcst
 * and given to the plugin; each message's place becomes the finding's words.
 */
export function retextRule(options: RetextRuleOptions): LintRule {
  const kinds = options.kinds ?? proseKinds;
  // One processor per set of rule options (usually one for the whole run): making one costs more than linting a paragraph.
  const processors = new WeakMap<object, Processor<Root, Root, Root>>();
  const processorFor = (ruleOptions: Readonly<Record<string, unknown>>) => {
    let processor = processors.get(ruleOptions);
    if (!processor) {
      processor = unified()
        .use(options.plugin, { ...options.pluginOptions, ...ruleOptions })
        .freeze() as unknown as Processor<Root, Root, Root>;
      processors.set(ruleOptions, processor);
    }
    return processor;
  };
  return {
    id: options.id,
    severity: options.severity,
    description: options.description,
    help: options.help,
    ...(options.helpUrl !== undefined && { helpUrl: options.helpUrl }),
    ...(options.wcag && { wcag: options.wcag }),
    ...(options.languages && { languages: options.languages }),
    check(context: LintContext) {
      if (!spacedLanguage(context.primaryLanguage)) return;
      const processor = processorFor(context.options);
      for (const unit of context.units) {
        if (!kinds.has(unit.kind)) continue;
        const file = new VFile({ value: unit.text });
        // The tree is shared by the rules that read this unit: a plugin reports, it does not change the tree.
        processor.runSync(unitTree(unit, context.primaryLanguage), file);
        for (const message of file.messages) {
          const start = message.place && 'start' in message.place ? message.place.start.offset : message.place?.offset;
          const end = message.place && 'end' in message.place ? message.place.end.offset : start;
          const range = { start: start ?? 0, end: end ?? unit.text.length };
          const report = options.map ? options.map(message, unit, range) : { unit, ...range, message: message.reason };
          if (report) context.report(report);
        }
      }
    },
  };
}
