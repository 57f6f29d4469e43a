/**
 * What an importer could not bring over on its own:
 * - `gap`: the draft needs a person before it validates (alt text, a frame title, captions…);
 * - `notice`: something was left out or changed on purpose (scripts, forms, ads, a layout
 *   table flattened), listed so nothing disappears silently.
 */
export type ImportSeverity = 'gap' | 'notice';

/** One gap or notice, with where it is in the draft and where it came from in the source. */
export interface ImportIssue {
  /** What kind: `missing_alt`, `missing_captions`, `missing_title`, `layout_table`, `lost_element`… */
  code: string;
  severity: ImportSeverity;
  /** What a person needs to do, in a sentence. */
  message: string;
  /** Where in the draft (`body[3].alt`); absent for what is not in it (a removed form). */
  path?: string;
  /** The same path as segments. */
  segments?: ReadonlyArray<string | number>;
  /** The source element (`<img src="…">`) and its line in the source, where known. */
  source?: { element?: string; line?: number };
}

/** A draft article (it may not validate yet) and what a person still has to do. */
export interface ImportResult {
  /** The article in the JSON form; validate it with `safeParseArticle` once the gaps are closed. */
  article: Record<string, unknown>;
  issues: ImportIssue[];
}

/** The text importers write where a person must: the validator rejects it until they do. */
export const todoMarker = 'TODO';

/** An import that cannot start: the page is beyond `importLimits`. */
export class ImportError extends Error {
  override readonly name = 'ImportError';
  constructor(
    readonly code: 'too_large' | 'too_deep' | 'too_many_elements',
    message: string,
  ) {
    super(message);
  }
}
