import type { AxeResults } from 'axe-core';

/** axe's rules that judge `<meta http-equiv="refresh">` delays. */
const refreshRules = ['meta-refresh', 'meta-refresh-no-exceptions'];

/**
 * Of the given top-level axe targets, those that name a refresh `<meta>` a
 * browser ignores. A document refreshes declaratively at most once: only
 * the first refresh element whose content parses (a number of digits and
 * dots, then the end, `;`, `,` or a space) takes effect (HTML, "shared declarative refresh steps"), but axe
 * judges every one, so a later, slower refresh was a false failure (ACT
 * rules bc659a, bisz58). Runs in the checked document's realm; it declares
 * no named inner functions, so it can be sent into a browser page as text.
 */
export function ignoredRefreshTargets(document: Document, targets: string[]): string[] {
  const refreshes = [...document.querySelectorAll('meta[http-equiv]')].filter((meta) => meta.getAttribute('http-equiv')!.trim().toLowerCase() === 'refresh');
  const effective = refreshes.find((meta) => /^[\t\n\f\r ]*[\d.][\d.]*(?:[;,\t\n\f\r ]|$)/.test(meta.getAttribute('content') ?? ''));
  return targets.filter((target) => {
    const element = document.querySelector(target);
    return element !== null && effective !== undefined && element !== effective && refreshes.includes(element);
  });
}

/** Drop the refresh violations a browser would never act on; `ignored` runs {@link ignoredRefreshTargets} in the document. */
export async function withoutIgnoredRefreshes(results: AxeResults, ignored: (targets: string[]) => Promise<string[]>): Promise<AxeResults> {
  const flagged = results.violations.filter((result) => refreshRules.includes(result.id));
  const targets = flagged.flatMap((result) => result.nodes.filter((node) => node.target.length === 1).map((node) => String(node.target[0])));
  if (targets.length === 0) return results;
  const drop = new Set(await ignored(targets));
  if (drop.size === 0) return results;
  const kept = results.violations.map((result) =>
    refreshRules.includes(result.id) ? { ...result, nodes: result.nodes.filter((node) => !(node.target.length === 1 && drop.has(String(node.target[0])))) } : result,
  );
  const cleared = kept.filter((result) => result.nodes.length === 0).map((result) => ({ ...result, nodes: [] }));
  return { ...results, violations: kept.filter((result) => result.nodes.length > 0), passes: [...results.passes, ...cleared] };
}
