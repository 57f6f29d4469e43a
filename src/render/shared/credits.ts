import type { Article, Byline } from '../../model/types.js';
import type { Labels } from './labels.js';

/** One credit line: a lead-in ("Photographs by") and the people it names. */
export interface CreditGroup {
  /** Which label introduces the group. */
  key: keyof Labels;
  label: string;
  people: Byline[];
}

const roleOrder: Array<[Byline['role'][], keyof Labels]> = [
  [['author', 'reporter'], 'by'],
  [['contributor'], 'additionalReportingBy'],
  [['photographer'], 'photographsBy'],
  [['videographer'], 'videoBy'],
  [['editor'], 'editedBy'],
  [['translator'], 'translatedBy'],
];

/**
 * Whether the article's source gets a credit line: a wire or partner story
 * always credits it; a staff story only when no one is named.
 */
export function showsSourceCredit(article: Pick<Article, 'bylines' | 'source'>, groups: readonly CreditGroup[]): boolean {
  const { source } = article;
  return !!source && (groups.length === 0 || source.kind === 'wire' || source.kind === 'partner');
}

/**
 * Bylines grouped by role, in reading order: "By A and B. Photographs by C."
 * Shared by the HTML and text renderers so both say the same thing.
 */
export function creditGroups(bylines: Article['bylines'], labels: Labels): CreditGroup[] {
  return roleOrder.map(([roles, key]) => ({ key, label: labels[key], people: bylines.filter((byline) => roles.includes(byline.role)) })).filter((group) => group.people.length > 0);
}

/** "A", "A and B", "A, B and C". */
export function joinNames<T>(items: readonly T[], separator: T, conjunction: T): T[] {
  const out: T[] = [];
  items.forEach((item, index) => {
    if (index > 0) out.push(index === items.length - 1 ? conjunction : separator);
    out.push(item);
  });
  return out;
}
