/** One candidate of a `srcset`: its URL and its descriptor (`480w`), if any. */
export interface SrcsetCandidate {
  url: string;
  descriptor?: string;
}

/**
 * Split a `srcset` the way the HTML standard does: a URL runs to white space
 * (so CDN URLs with commas, `c_fill,w_480`, stay whole), a comma ending the
 * URL ends the candidate, otherwise its descriptors run to the next comma.
 */
export function parseSrcsetCandidates(value: string): SrcsetCandidate[] {
  const candidates: SrcsetCandidate[] = [];
  let rest = value;
  for (;;) {
    rest = rest.replace(/^[\s,]+/, '');
    if (!rest) return candidates;
    const url = /^\S+/.exec(rest)![0];
    rest = rest.slice(url.length);
    if (url.endsWith(',')) {
      candidates.push({ url: url.replace(/,+$/, '') });
      continue;
    }
    const comma = rest.indexOf(',');
    const descriptor = (comma === -1 ? rest : rest.slice(0, comma)).trim();
    rest = comma === -1 ? '' : rest.slice(comma + 1);
    candidates.push(descriptor ? { url, descriptor } : { url });
  }
}
