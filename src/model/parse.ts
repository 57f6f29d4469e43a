import type * as z from 'zod';
import { articleSchema } from './article.js';
import { ArticleValidationError, createIssue, type ArticleIssue } from './errors.js';
import { directionOf } from './language.js';
import { altMessage } from './blocks.js';
import { checkLimits } from './limits.js';
import { closest } from './suggest.js';
import type { Article } from './types.js';
import { extractExtensions, type ArticleNotice, type ModelExtensions } from './extensions.js';
import { migrateArticle, migrationNotice } from './migrate.js';

/** The outcome of `safeParseArticle`. */
export type SafeParseArticleResult =
  | {
      success: true;
      article: Article;
      /** What the reader should know: an upgrade from an older `schemaVersion`, an unknown extension type kept as fallback. */
      notices: ArticleNotice[];
    }
  | { success: false; issues: ArticleIssue[] };

/** Options for `parseArticle` and `safeParseArticle`. */
export interface ParseOptions {
  /** The extension types to accept (see `createPresswork`, which passes them for you). Default: none. */
  extensions?: ModelExtensions | undefined;
}

type AnySchema = z.core.$ZodType;

/** The object keys a schema allows at `segments` of `input`, following the input's `type`s. */
function keysAt(schema: AnySchema, input: unknown, segments: ReadonlyArray<PropertyKey>): string[] {
  let current: AnySchema | undefined = schema;
  let value = input;
  for (let index = 0; current;) {
    const def = current._zod.def as unknown as Record<string, unknown> & { type: string };
    if (def.type === 'optional' || def.type === 'nullable' || def.type === 'default') {
      current = def.innerType as AnySchema;
    } else if (def.type === 'union') {
      const kind = (value as { type?: unknown } | undefined)?.type;
      current = (def.options as AnySchema[]).find((option) => {
        const shape = (option._zod.def as { shape?: Record<string, AnySchema> }).shape;
        const literal = shape?.type?._zod.def as { values?: unknown[] } | undefined;
        return literal?.values?.includes(kind);
      });
    } else if (index === segments.length) {
      return def.type === 'object' ? Object.keys(def.shape as object) : [];
    } else if (def.type === 'object') {
      const key = segments[index++] as string;
      current = (def.shape as Record<string, AnySchema>)[key];
      value = (value as Record<string, unknown> | undefined)?.[key];
    } else if (def.type === 'array') {
      value = (value as unknown[] | undefined)?.[segments[index++] as number];
      current = def.element as AnySchema;
    } else {
      return [];
    }
  }
  return [];
}

function valueAt(input: unknown, segments: ReadonlyArray<PropertyKey>): unknown {
  let value = input;
  for (const segment of segments) value = (value as Record<PropertyKey, unknown> | undefined)?.[segment];
  return value;
}

const quote = (values: readonly unknown[]) => values.map((value) => `\`${String(value)}\``).join(', ');
const hint = (value: string, candidates: readonly string[]) => {
  const match = closest(value, candidates);
  return match ? ` Did you mean \`${match}\`?` : '';
};

/** Turn one zod issue into a presswork issue whose message says what to do. */
function toIssue(issue: z.core.$ZodIssue, input: unknown, suggested: Set<string>): ArticleIssue[] {
  const segments = issue.path.map((segment) => (typeof segment === 'symbol' ? String(segment) : segment));
  switch (issue.code) {
    case 'unrecognized_keys': {
      const allowed = keysAt(articleSchema, input, segments);
      return issue.keys.map((key) => {
        const match = closest(key, allowed);
        if (match) suggested.add(JSON.stringify([...segments, match]));
        return createIssue([...segments, key], issue.code, `Unknown field \`${key}\`.${hint(key, allowed)} Allowed fields here: ${quote(allowed)}`);
      });
    }
    case 'invalid_union': {
      const discriminated = issue as { options?: unknown[]; discriminator?: string };
      if (discriminated.options) {
        const received = valueAt(input, segments);
        const what = discriminated.options.includes('paragraph') ? 'block type' : discriminated.options.includes('text') ? 'inline type' : 'type';
        const names = discriminated.options.map(String);
        const message =
          received === undefined
            ? `Missing \`type\`; expected one of ${quote(names)}`
            : `Unknown ${what} \`${typeof received === 'string' ? received : JSON.stringify(received)}\`.${typeof received === 'string' ? hint(received, names) : ''} Expected one of ${quote(names)}`;
        return [createIssue(segments, 'unknown_type', message)];
      }
      break;
    }
    case 'invalid_type': {
      const received = valueAt(input, segments);
      const field = segments[segments.length - 1];
      if (received === undefined) {
        if (field === 'alt') return [createIssue(segments, 'missing_field', altMessage)];
        const name = typeof field === 'string' ? ` \`${field}\`` : '';
        return [createIssue(segments, 'missing_field', `Missing required field${name} (expected ${issue.expected})`)];
      }
      if (issue.expected === 'number' && typeof received === 'string' && typeof field === 'string') {
        // `width="1200px"`: say how to write it, in front matter or JSON and in a directive.
        const number = /^\s*(-?\d+(?:\.\d+)?)/.exec(received)?.[1] ?? '1200';
        return [
          createIssue(
            segments,
            issue.code,
            `Expected a number for \`${field}\`, without quotes or a unit: \`${field}: ${number}\` in front matter or JSON, \`${field}=${number}\` in a directive; received ${shown(received)}`,
          ),
        ];
      }
      return [createIssue(segments, issue.code, `${issue.message.replace(/^Invalid input: /, 'Invalid value: ')}${receivedNote(received)}`)];
    }
    case 'invalid_value': {
      // A single allowed value (a literal) carries its own message.
      if (issue.values.length === 1) break;
      const received = valueAt(input, segments);
      const names = issue.values.map(String);
      return [createIssue(segments, issue.code, `Unexpected value \`${String(received)}\`.${hint(String(received), names)} Expected one of ${quote(names)}`)];
    }
    default:
      break;
  }
  // Custom checks (alt text, raw HTML) say what is wrong themselves; format errors echo the value.
  return [createIssue(segments, issue.code, issue.code === 'custom' ? issue.message : `${issue.message}${receivedNote(valueAt(input, segments))}`)];
}

/** A value as the user wrote it, in backticks, shortened; `quoted` shows that a string is one. */
const shown = (value: string | number | boolean, quoted = typeof value === 'string') => {
  const text = quoted ? JSON.stringify(value) : String(value);
  return `\`${text.length > 60 ? `${text.slice(0, 57)}…` : text}\``;
};

/** `; received \`…\``, for a primitive value (shortened). */
function receivedNote(value: unknown): string {
  if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') return '';
  return `; received ${shown(value, false)}`;
}

/**
 * One mistake, one report: a misspelt field (`headlin`) is reported as
 * unknown with its suggestion, not again as the missing `headline`.
 * `suggested` holds the paths of fields an unknown one was taken for.
 */
function withoutEchoes(issues: ArticleIssue[], suggested: ReadonlySet<string>): ArticleIssue[] {
  return issues.filter((issue) => issue.code !== 'missing_field' || !suggested.has(JSON.stringify(issue.segments)));
}

/**
 * Every string in Unicode Normalization Form C, the form the web expects
 * (the W3C checker warns on anything else): `e` + U+0301 becomes `é`, the
 * same text to every reader, so all outputs agree. Depth is bounded by the
 * limits checked before parsing.
 */
function toNfc<T>(value: T): T {
  if (typeof value === 'string') return value.normalize('NFC') as T;
  if (Array.isArray(value)) return value.map(toNfc) as T;
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, child] of Object.entries(value)) out[key] = toNfc(child);
    return out as T;
  }
  return value;
}

/**
 * Validate unknown input (parsed JSON, front matter…) as an article, never
 * throwing: every problem is returned at once, each with its path.
 */
export function safeParseArticle(input: unknown, options: ParseOptions = {}): SafeParseArticleResult {
  const tooBig = checkLimits(input);
  if (tooBig) return { success: false, issues: [tooBig] };
  const migrated = migrateArticle(input);
  if (migrated.issue) return { success: false, issues: [migrated.issue] };
  const notices: ArticleNotice[] = [];
  const upgraded = migrationNotice(migrated);
  if (upgraded) notices.push(upgraded);
  // Extension nodes are judged by their own schemas; the article schema sees built-in stand-ins.
  const extensions = extractExtensions(migrated.article, options.extensions);
  notices.push(...extensions.notices);
  const result = articleSchema.safeParse(extensions.input);
  if (!result.success || extensions.issues.length > 0) {
    const suggested = new Set<string>();
    const issues = result.success ? [] : result.error.issues.flatMap((issue) => toIssue(issue, extensions.input, suggested));
    return {
      success: false,
      issues: [...withoutEchoes(issues, suggested), ...extensions.issues],
    };
  }
  const article = toNfc(extensions.restore(result.data) as Article);
  // The default direction is filled in here so every renderer agrees on it.
  return { success: true, article: { ...article, direction: article.direction ?? directionOf(article.language) }, notices };
}

/**
 * Validate unknown input as an article.
 *
 * @throws {ArticleValidationError} listing every problem, each with its path.
 */
export function parseArticle(input: unknown, options: ParseOptions = {}): Article {
  const result = safeParseArticle(input, options);
  if (!result.success) throw new ArticleValidationError(result.issues);
  return result.article;
}
