import { createIssue, type ArticleIssue } from './errors.js';
import type { ArticleNotice } from './extensions.js';

/** The schema version this release writes; older versions are upgraded when read. */
export const schemaVersion = 2;

/** One upgrade step, from a version to the next (ANS `upvert` style). */
export interface Migration {
  from: number;
  to: number;
  /** What changed, for notices and the changelog. */
  summary: string;
  /** Upgrade a document of version `from` to version `to`; never mutates it. */
  up(article: Readonly<Record<string, unknown>>): Record<string, unknown>;
}

/** Every step, oldest first. A model change adds a step and bumps `schemaVersion`. */
export const migrations: readonly Migration[] = [
  {
    from: 1,
    to: 2,
    summary: 'version 2 allows registered extension types (a namespaced `type`, e.g. `acme:poll`) among blocks and inline nodes; version 1 content is valid version 2 content',
    up: (article) => ({ ...article, schemaVersion: 2 }),
  },
];

/** The outcome of `migrateArticle`. */
export interface MigrationResult {
  /** The input upgraded to the current version (the input itself when nothing was done). */
  article: unknown;
  /** The version the input declared, when it is a number. */
  from: number | undefined;
  /** The steps applied, in order. */
  applied: Migration[];
  /** Why it could not be upgraded: a version newer than this release, or not a version at all. */
  issue?: ArticleIssue;
}

/**
 * Upgrade raw article input (parsed JSON or front matter) of any older
 * `schemaVersion` to the current one, step by step. Input without a numeric
 * version, or of a newer one, is returned unchanged with an `issue`; input at
 * the current version is returned as it is.
 */
export function migrateArticle(input: unknown): MigrationResult {
  if (!input || typeof input !== 'object' || Array.isArray(input)) return { article: input, from: undefined, applied: [] };
  const declared = (input as { schemaVersion?: unknown }).schemaVersion;
  if (typeof declared !== 'number' || !Number.isInteger(declared) || declared < 1) {
    if (declared === undefined) return { article: input, from: undefined, applied: [] };
    return {
      article: input,
      from: undefined,
      applied: [],
      issue: createIssue(
        ['schemaVersion'],
        'invalid_version',
        `Expected \`schemaVersion: ${schemaVersion}\` (versions 1 to ${schemaVersion} are read; older ones are upgraded); received \`${JSON.stringify(declared)}\``,
      ),
    };
  }
  if (declared > schemaVersion) {
    return {
      article: input,
      from: declared,
      applied: [],
      issue: createIssue(['schemaVersion'], 'newer_version', `\`schemaVersion: ${declared}\` is newer than this presswork reads (up to ${schemaVersion}): update presswork`),
    };
  }
  let article = input as Record<string, unknown>;
  const applied: Migration[] = [];
  for (let version = declared; version < schemaVersion; version++) {
    const step = migrations.find((migration) => migration.from === version);
    if (!step) throw new Error(`No migration from schemaVersion ${version}`);
    article = step.up(article);
    applied.push(step);
  }
  return { article, from: declared, applied };
}

/** The notice a loader gives for an upgraded article. */
export function migrationNotice(result: MigrationResult): ArticleNotice | undefined {
  if (result.applied.length === 0) return undefined;
  const summary = result.applied.map((step) => `${step.from}→${step.to}: ${step.summary}`).join('; ');
  return {
    ...createIssue(['schemaVersion'], 'migrated', `Read as schemaVersion ${schemaVersion} (written as ${result.from}; ${summary}). \`presswork migrate\` rewrites the file`),
    code: 'migrated',
  };
}
