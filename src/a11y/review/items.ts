import { createHash } from 'node:crypto';
import { locate, type SourceLocations } from '../../load/source-map.js';
import { formatPath as formatNonEmpty, type PathSegments } from '../../model/path.js';
import type { Article } from '../../model/types.js';
import { placedBlocks, placedImages } from '../../model/walk.js';
import type { A11yNode, A11yReport, OutputFormat } from '../report.js';

/** Something a person must judge before an article conforms: a manual WCAG check, or a result axe could not decide. */
export interface ReviewItem {
  /** Unique within the article, e.g. `alt-meaningful@body[3]`, `reading-order`, `color-contrast/html@body[2]`. */
  id: string;
  /** The manual check's id, or the rule's id for a result that needs review. */
  check: string;
  /** `manual`: a WCAG check no rule covers; `needs-review`: a rule that could not decide. */
  kind: 'manual' | 'needs-review';
  /** WCAG success criteria, e.g. `1.1.1`. */
  wcag: string[];
  /** What the reviewer confirms. */
  question: string;
  /** The part of the article it concerns (`body[3]`); empty for the whole article. */
  path: string;
  /** `needs-review` items: the output the rule ran on. */
  format?: OutputFormat;
  /** What the reviewer looks at, e.g. the alt text. */
  subject?: string;
  /** Hash of the check and the part of the article it concerns: a sign-off holds while it is unchanged. */
  hash: string;
  /** Where to look in the source file (given the loader's `locations`): the part's lines, or the headline's for the whole article. */
  location?: A11yNode['location'];
}

/** A WCAG check no automated rule can decide, and the parts of an article it applies to. */
interface ManualCheck {
  id: string;
  wcag: string[];
  question: string;
  /** It concerns the whole document (so it applies to built pages too). */
  whole?: true;
  /** The parts it applies to (`[]` path: the whole article), with what the reviewer looks at. */
  targets(article: Article): Array<{ segments: PathSegments; subject?: string }>;
}

const whole = [{ segments: [] }];

/** A check of the whole document. */
const wholeArticle = (id: string, wcag: string[], question: string): ManualCheck => ({ id, wcag, question, whole: true, targets: () => whole });

const blocksOfType = (article: Article, ...types: string[]) => placedBlocks(article).filter(({ block }) => types.includes(block.type));

/** The manual checks, in the order a reviewer meets them. */
export const manualChecks: readonly ManualCheck[] = [
  wholeArticle('reading-order', ['1.3.2'], 'Heard in order (`presswork listen`), the article makes sense: nothing is read out of place or twice.'),
  wholeArticle('headings-descriptive', ['2.4.6'], 'The headline and each heading say what follows them.'),
  wholeArticle('sensory-characteristics', ['1.3.3'], 'No instruction depends on shape, position or sound alone (“the player above”, “the red line”).'),
  wholeArticle('language-of-parts', ['3.1.2'], 'Every passage in another language is marked with its language.'),
  {
    id: 'link-purpose',
    whole: true,
    wcag: ['2.4.4'],
    question: 'Each link’s words, with their sentence, say where it goes.',
    // Links sit at any depth of any inline field: the serialized article is the simplest complete search.
    targets: (article) => (JSON.stringify(article).includes('"type":"link"') || blocksOfType(article, 'relatedLink').length > 0 ? whole : []),
  },
  {
    id: 'alt-meaningful',
    wcag: ['1.1.1', '1.4.5'],
    question: 'The alt text gives what the image adds to the story (or the image is rightly decorative), and the image is not a picture of text.',
    targets: (article) => placedImages(article).map(({ image, segments }) => ({ segments, subject: image.decorative ? '(decorative)' : image.alt })),
  },
  {
    id: 'captions-accurate',
    wcag: ['1.2.2'],
    question: 'The captions match what is said, name the speakers and the sounds that matter, and keep time.',
    targets: (article) =>
      placedBlocks(article).flatMap(({ block, segments }) => (block.type === 'video' && block.captions?.some((track) => track.kind === 'captions') ? [{ segments, subject: block.title }] : [])),
  },
  {
    id: 'audio-description',
    wcag: ['1.2.3', '1.2.5'],
    question: 'What the video shows and no one says is described: in the soundtrack, a description track or the transcript.',
    targets: (article) => blocksOfType(article, 'video').map(({ block, segments }) => ({ segments, subject: (block as { title: string }).title })),
  },
  {
    id: 'transcript-accurate',
    wcag: ['1.2.1'],
    question: 'The transcript holds everything said and every sound that matters, in order.',
    targets: (article) => placedBlocks(article).flatMap(({ block, segments }) => ((block.type === 'audio' || block.type === 'video') && block.transcript ? [{ segments, subject: block.title }] : [])),
  },
  {
    id: 'table-headers',
    wcag: ['1.3.1'],
    question: 'The header cells name what each row and column holds, so a cell read alone makes sense.',
    targets: (article) => blocksOfType(article, 'table').map(({ segments }) => ({ segments })),
  },
  {
    id: 'embed-accessible',
    wcag: ['2.1.1', '4.1.2'],
    question: 'The third-party content works with a keyboard and a screen reader, or its link and fallback give the same information.',
    targets: (article) => blocksOfType(article, 'embed', 'html').map(({ segments }) => ({ segments })),
  },
];

/** `body[3]`; empty for the whole article (not `(root)`). */
const formatPath = (segments: PathSegments) => (segments.length > 0 ? formatNonEmpty(segments) : '');

/** JSON with object keys sorted: the same content always hashes the same. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonical(item)}`).join(',')}}`;
  }
  return value === undefined ? 'null' : JSON.stringify(value);
}

/** The part of the article at `segments`, without `schemaVersion` (an upgrade changes no content). */
function partOf(article: Article, segments: PathSegments): unknown {
  if (segments.length === 0) {
    const { schemaVersion: _version, ...content } = article;
    return content;
  }
  let value: unknown = article;
  for (const segment of segments) value = (value as Record<string | number, unknown> | undefined)?.[segment];
  return value;
}

/** A short hash of a check and the content it concerns. */
export function contentHash(...parts: unknown[]): string {
  return `sha256:${createHash('sha256').update(canonical(parts)).digest('hex').slice(0, 20)}`;
}

/**
 * What a person must review in an article: the manual WCAG checks that
 * apply to its content, and every result the checks of its outputs could
 * not decide (`reports`' `incomplete`). Each item's hash covers the part of
 * the article it concerns, so a sign-off holds until that part changes;
 * with the loader's `locations`, each item gets the lines to look at.
 */
export function reviewItems(article: Article, reports: readonly A11yReport[] = [], options: { locations?: SourceLocations } = {}): ReviewItem[] {
  const items: ReviewItem[] = [];
  const placeOf = (segments: PathSegments) => {
    const span = options.locations && locate(options.locations, segments.length > 0 ? segments : ['headline']);
    return span && { location: { line: span.line, column: span.column, endLine: span.endLine ?? span.line, endColumn: span.endColumn ?? span.column } };
  };
  for (const check of manualChecks) {
    for (const { segments, subject } of check.targets(article)) {
      const path = formatPath(segments);
      items.push({
        id: path ? `${check.id}@${path}` : check.id,
        check: check.id,
        kind: 'manual',
        wcag: check.wcag,
        question: check.question,
        path,
        ...(subject !== undefined && { subject }),
        hash: contentHash(check.id, partOf(article, segments)),
        ...placeOf(segments),
      });
    }
  }
  items.push(
    ...undecided(reports, (node) => {
      const segments = node.segments ?? [];
      const path = formatPath(segments);
      return { where: path, path, content: partOf(article, segments) };
    }),
  );
  return items;
}

/** Review items of a built page (not an article): the results its check could not decide, and the page-wide manual checks, hashed with the page's markup. */
export function pageReviewItems(page: string, reports: readonly A11yReport[] = []): ReviewItem[] {
  const items: ReviewItem[] = [];
  for (const check of manualChecks.filter((check) => check.whole)) {
    items.push({ id: check.id, check: check.id, kind: 'manual', wcag: check.wcag, question: check.question, path: '', hash: contentHash(check.id, page) });
  }
  items.push(...undecided(reports, (node) => ({ where: node.target.join(' '), path: '', content: page })));
  return items;
}

/** One item per rule, output and place for the results the checks could not decide; `place` says where a node is and what content its hash covers. */
function undecided(reports: readonly A11yReport[], place: (node: A11yNode) => { where: string; path: string; content: unknown }): ReviewItem[] {
  const items = new Map<string, ReviewItem>();
  for (const report of reports) {
    for (const result of report.incomplete) {
      for (const node of result.nodes) {
        const { where, path, content } = place(node);
        const id = `${result.id}/${report.format}${where ? `@${where}` : ''}`;
        if (items.has(id)) continue;
        items.set(id, {
          id,
          check: result.id,
          kind: 'needs-review',
          wcag: result.wcag,
          question: result.help,
          path,
          format: report.format,
          subject: node.html,
          hash: contentHash(result.id, report.format, content),
          ...(node.location && { location: node.location }),
        });
      }
    }
  }
  return [...items.values()];
}
