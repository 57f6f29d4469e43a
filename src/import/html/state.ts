import type { Element, ElementContent } from 'hast';
import { find, html } from 'property-information';
import { headingLevels } from '../heading-levels.js';
import { formatPath } from '../../model/path.js';
import type { ImportIssue, ImportSeverity } from '../types.js';

/** A path into the draft. */
export type Path = Array<string | number>;
/** A block or inline node of the draft, validated only at the end. */
export type Draft = Record<string, unknown>;

/** What the hast → article handlers share. */
export interface ImportState {
  /** The page URL, for relative links the page did not resolve. */
  readonly base: string | undefined;
  /** The headline, so an `h1` repeating it is not imported twice. */
  readonly headline: string;
  readonly issues: ImportIssue[];
  /** The level a source heading level becomes (`headingLevels`). */
  readonly headingLevel: (source: number) => number;
  /** Record a gap (the draft needs a person) or a notice at `path`, from `element`. */
  report(severity: ImportSeverity, code: string, message: string, path: Path | undefined, element?: Element): void;
}

export function createState(base: string | undefined, headline: string): ImportState {
  const issues: ImportIssue[] = [];
  return {
    base,
    headline,
    issues,
    headingLevel: headingLevels(),
    report(severity, code, message, path, element) {
      const issue: ImportIssue = { code, severity, message };
      if (path) {
        issue.path = formatPath(path);
        issue.segments = [...path];
      }
      if (element) issue.source = sourceOf(element);
      issues.push(issue);
    },
  };
}

/** The attribute that carries an element's source line through Readability. */
export const lineAttribute = 'data-pw-line';

/** An element's start tag (as in the source, shortened) and its source line. */
export function sourceOf(element: Element): { element: string; line?: number } {
  const attributes = Object.entries(element.properties)
    .filter(([name, value]) => name !== 'dataPwLine' && value !== false && value !== undefined && value !== null)
    .map(([name, value]) => {
      const shown = Array.isArray(value) ? value.join(' ') : value === true ? '' : String(value);
      const attribute = find(html, name).attribute;
      return shown === '' ? attribute : `${attribute}="${shown.length > 80 ? `${shown.slice(0, 77)}…` : shown}"`;
    });
  const line = Number(element.properties.dataPwLine ?? element.position?.start.line);
  const full = `<${[element.tagName, ...attributes].join(' ')}>`;
  const tag = full.length > 200 ? `${full.slice(0, 198)}…>` : full;
  return Number.isInteger(line) && line > 0 ? { element: tag, line } : { element: tag };
}

/** A string property (`href`, `title`), trimmed; `undefined` when absent or blank. */
export function attribute(element: Element, name: string): string | undefined {
  const value = element.properties[name];
  if (value === undefined || value === null || value === false) return undefined;
  const text = (Array.isArray(value) ? value.join(' ') : String(value)).trim();
  return text === '' ? undefined : text;
}

/** A positive whole-number attribute (`width`), or `undefined`. */
export function pixels(element: Element | undefined, name: string): number | undefined {
  const value = element && attribute(element, name);
  if (value === undefined || !/^\d+(?:px)?$/.test(value)) return undefined;
  const number = Number.parseInt(value, 10);
  return number > 0 && number <= 100_000 ? number : undefined;
}

export function classes(element: Element): string {
  const value = element.properties.className;
  return Array.isArray(value) ? value.join(' ') : typeof value === 'string' ? value : '';
}

export const isElement = (node: ElementContent | undefined): node is Element => node?.type === 'element';

/** Descendant elements in document order (not the element itself). */
export function descendants(element: Element, test: (element: Element) => boolean): Element[] {
  const found: Element[] = [];
  const stack = [...element.children].reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type !== 'element') continue;
    if (test(node)) found.push(node);
    stack.push(...[...node.children].reverse());
  }
  return found;
}
