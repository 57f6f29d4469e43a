/**
 * Heading levels for an imported outline: the source's relative levels kept,
 * starting at 2 (the headline is 1), never skipping one, at most 4. A source
 * that goes h3, h5, h3 becomes 2, 3, 2. One per import: it remembers the outline so far.
 */
export function headingLevels(): (source: number) => number {
  const stack: Array<{ source: number; level: number }> = [];
  return (source) => {
    while (stack.length > 0 && stack.at(-1)!.source > source) stack.pop();
    const level = stack.at(-1)?.source === source ? stack.pop()!.level : Math.min((stack.at(-1)?.level ?? 1) + 1, 4);
    stack.push({ source, level });
    return level;
  };
}
