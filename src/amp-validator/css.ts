const allowedAtRules = new Set(['font-face', 'keyframes', 'media', 'page', 'supports']);
const animatable = new Set(['opacity', 'transform', 'none', 'all']);

/** Problems in AMP custom CSS (or an inline style), as messages. */
export function cssProblems(css: string): string[] {
  const problems: string[] = [];
  if (/!\s*important/i.test(css)) problems.push('uses `!important`');
  if (/@import/i.test(css)) problems.push('uses `@import`');
  if (css.includes('<!--')) problems.push('contains `<!--`');
  if (/i-amphtml-|(?<![\w-])-amp-/.test(css)) problems.push('names `i-amphtml-…` or `-amp-…`');
  for (const match of css.matchAll(/@(-[a-z]+-)?([a-z-]+)/gi)) {
    const name = match[2]!.toLowerCase();
    if (!allowedAtRules.has(name)) problems.push(`uses the at-rule \`@${match[1] ?? ''}${name}\``);
  }
  // transition/animation only on opacity and transform.
  for (const match of css.matchAll(/(?:^|[;{\s])(transition(?:-property)?)\s*:\s*([^;}]+)/gi)) {
    const properties = match[2]!.split(',').map((part) => part.trim().split(/\s+/)[0]!.toLowerCase());
    const bad = properties.filter((property) => !animatable.has(property) && !/^[\d.]+m?s$/.test(property));
    if (match[1]!.toLowerCase() === 'transition-property' || bad.length > 0) {
      if (bad.length > 0) problems.push(`transitions \`${bad.join(', ')}\` (only opacity and transform)`);
    }
  }
  return problems;
}
