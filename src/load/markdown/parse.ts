import remarkDirective from 'remark-directive';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { ArticleValidationError, createIssue, type ArticleIssue } from '../../model/errors.js';
import { safeParseArticle } from '../../model/parse.js';
import type { Article } from '../../model/types.js';
import { containFault } from '../contain-fault.js';
import { parseFrontMatter } from '../front-matter.js';
import type { LoadResult } from '../result.js';
import { SourceMap } from '../source-map.js';
import { compact } from './attributes.js';
import { convertBlocks } from './blocks.js';
import { convertInline } from './inline.js';
import { excessiveNesting } from './nesting.js';
import { createState, type ConvertState, type Draft, type Path } from './state.js';
import type { Extensions } from '../../extend/registry.js';
import { directiveSource, restoreCode } from './extensions.js';

const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm).use(remarkDirective).freeze();

/** Options for `parseMarkdownArticle`. */
export interface MarkdownOptions {
  /** The file name, for error messages. */
  file?: string;
  /** Extension types: `::acme:poll{…}` directives and fields (`createPresswork` passes them). */
  extensions?: Extensions | undefined;
}

/** Parse a front-matter string field as inline Markdown (`dek: "A *new* plan"`). */
function inlineField(state: ConvertState, value: unknown, path: Path): unknown {
  if (typeof value !== 'string') return value;
  const tree = processor.parse(value);
  const [first, ...rest] = tree.children;
  if (!first) return [];
  if (first.type !== 'paragraph' || rest.length > 0) {
    state.issues.push({ ...createIssue(path, 'invalid_inline', 'Expected one paragraph of inline Markdown', state.file), ...state.sourceMap.find(path) });
    return value;
  }
  // Positions inside the string are relative to it; the field's own place is already recorded.
  visit(first, (node) => {
    delete node.position;
  });
  return convertInline(state, first.children, path);
}

/** Front-matter fields that hold inline content, written as Markdown strings. */
function convertInlineFields(state: ConvertState, data: Record<string, unknown>): Record<string, unknown> {
  data.dek = inlineField(state, data.dek, ['dek']);
  if (Array.isArray(data.corrections)) {
    data.corrections.forEach((entry: unknown, index) => {
      if (entry && typeof entry === 'object') {
        const record = entry as Draft;
        record.text = inlineField(state, record.text, ['corrections', index, 'text']);
      }
    });
  }
  const lead = data.lead as Draft | undefined;
  if (lead && typeof lead === 'object') {
    for (const key of ['caption', 'longDescription']) {
      if (key in lead) lead[key] = inlineField(state, lead[key], ['lead', key]);
    }
  }
  return compact(data);
}

/**
 * One mistake, one report: a field the schema finds missing (a table's
 * `caption`) on a block whose Markdown problem was already reported, or a
 * body left empty by blocks that were.
 */
function reportedAlready(converted: readonly ArticleIssue[], issue: ArticleIssue): boolean {
  // An empty body whose only blocks were reported is not a second problem.
  if (issue.path === 'body') return converted.some((earlier) => earlier.segments[0] === 'body');
  if (issue.code !== 'missing_field') return false;
  const parent = JSON.stringify(issue.segments.slice(0, -1));
  return converted.some((earlier) => JSON.stringify(earlier.segments) === parent);
}

/**
 * Read a Markdown article (YAML front matter + CommonMark/GFM body with
 * directives) without throwing: every problem, each with file, line and
 * column where known.
 */
export function safeParseMarkdownArticle(source: string, options: MarkdownOptions = {}): LoadResult {
  return containFault(options.file, () => convertMarkdown(source, options.file, options.extensions));
}

/** The article as read from Markdown, before schema validation. */
export interface MarkdownDraft {
  /** The fields, or `undefined` when the front matter could not be read. */
  draft: Draft | undefined;
  /** Problems of the Markdown itself (not yet the schema's). */
  issues: ArticleIssue[];
  sourceMap: SourceMap;
}

/** Read Markdown into an unvalidated draft (what the writer checks its output against). */
export function readMarkdownDraft(source: string, file?: string, extensions?: Extensions): MarkdownDraft {
  const sourceMap = new SourceMap();
  const { text, names } = directiveSource(source.replace(/^\uFEFF/, ''));
  const lines = text.split(/\r?\n|\r/);
  const tooDeep = excessiveNesting(lines);
  if (tooDeep) return { draft: undefined, sourceMap, issues: [{ ...createIssue([], 'too_deep', tooDeep.message, file), line: tooDeep.line, column: tooDeep.column }] };
  const tree = processor.parse(text);
  restoreCode(tree, names);
  const yamlNode = tree.children[0]?.type === 'yaml' ? tree.children[0] : undefined;
  if (!yamlNode) {
    const issue = {
      ...createIssue(
        [],
        'missing_front_matter',
        'Expected YAML front matter between `---` lines at the top of the file, with at least `schemaVersion`, `id`, `slug`, `language`, `headline`, `bylines`, `published` and `canonicalUrl`',
        file,
      ),
      line: 1,
      column: 1,
    };
    return { draft: undefined, sourceMap, issues: [issue] };
  }
  const firstLine = (yamlNode.position?.start.line ?? 1) + 1;
  const frontMatter = parseFrontMatter(yamlNode.value, firstLine, sourceMap);
  if (frontMatter.issues.length > 0) return { draft: undefined, sourceMap, issues: sourceMap.locate(frontMatter.issues, file) };

  const language = typeof frontMatter.data.language === 'string' ? frontMatter.data.language : 'en';
  const state = createState(file, language, sourceMap, lines, extensions, names);
  visit(tree, 'definition', (node) => void state.definitions.set(node.identifier, node));
  const fields = convertInlineFields(state, frontMatter.data);
  if ('body' in frontMatter.data) {
    state.fail(yamlNode, ['body'], 'unexpected_body', 'The body is the Markdown after the front matter; remove `body` from the front matter');
  }
  return { draft: { ...fields, body: convertBlocks(state, tree.children.slice(1), ['body']) }, issues: state.issues, sourceMap };
}

function convertMarkdown(source: string, file: string | undefined, extensions: Extensions | undefined): LoadResult {
  const { draft, issues: markdownIssues, sourceMap } = readMarkdownDraft(source, file, extensions);
  if (!draft) return { file, ok: false, issues: markdownIssues };
  const result = safeParseArticle(draft, { extensions });
  const schemaIssues = result.success ? [] : sourceMap.locate(result.issues, file).filter((issue) => !reportedAlready(markdownIssues, issue));
  const issues: ArticleIssue[] = [...markdownIssues, ...schemaIssues];
  if (issues.length > 0 || !result.success) return { file, ok: false, issues };
  return { file, ok: true, article: result.article, locations: sourceMap.locations(), notices: sourceMap.locate(result.notices, file) };
}

/**
 * Read a Markdown article.
 *
 * @throws {ArticleValidationError} listing every problem with file, line and column.
 */
export function parseMarkdownArticle(source: string, options: MarkdownOptions = {}): Article {
  const result = safeParseMarkdownArticle(source, options);
  if (!result.ok) throw new ArticleValidationError(result.issues, options.file);
  return result.article;
}
