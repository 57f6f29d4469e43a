/**
 * Ids that AMP forbids or that shadow DOM properties (`document.innerHTML`
 * style clobbering), compared case-insensitively. From the AMP validator's
 * disallowed id values.
 */
const reservedIds = new Set([
  'amp',
  '__amp_source_origin',
  'baseuri',
  'childelementcount',
  'childnodes',
  'children',
  'classlist',
  'classname',
  'clientheight',
  'clientleft',
  'clienttop',
  'clientwidth',
  'contenteditable',
  'dataset',
  'dir',
  'draggable',
  'firstchild',
  'firstelementchild',
  'hidden',
  'id',
  'innerhtml',
  'innertext',
  'isconnected',
  'lang',
  'lastchild',
  'lastelementchild',
  'localname',
  'namespaceuri',
  'nextelementsibling',
  'nextsibling',
  'nodename',
  'nodetype',
  'nodevalue',
  'offsetheight',
  'offsetleft',
  'offsetparent',
  'offsettop',
  'offsetwidth',
  'outerhtml',
  'outertext',
  'ownerdocument',
  'parentelement',
  'parentnode',
  'prefix',
  'previouselementsibling',
  'previoussibling',
  'scrollheight',
  'scrollleft',
  'scrolltop',
  'scrollwidth',
  'shadowroot',
  'slot',
  'spellcheck',
  'style',
  'tabindex',
  'tagname',
  'textcontent',
  'title',
  'translate',
  'location',
  'cookie',
  'domain',
  'forms',
  'images',
  'links',
  'body',
  'head',
  'documentelement',
  'defaultview',
  'name',
  'top',
  'parent',
  'self',
  'window',
  'opener',
  'frames',
  'length',
  'constructor',
  'prototype',
  '__proto__',
  'hasownproperty',
  'tostring',
  'valueof',
]);

/** Whether an id is unsafe in AMP or as a DOM property name. */
export function isReservedId(id: string): boolean {
  const lower = id.toLowerCase();
  return reservedIds.has(lower) || lower.startsWith('__amp') || lower.startsWith('i-amp') || lower.startsWith('-amp');
}

/**
 * Make unique, safe ids from heading text: letters and digits of any script
 * joined by hyphens, prefixed when they would start with a digit or clash
 * with a reserved name, numbered when repeated.
 */
export function createIdFactory(prefix = 'pw-'): (text: string) => string {
  const used = new Set<string>();
  // The next number to try for each base, so a heading repeated n times costs n steps, not n².
  const next = new Map<string, number>();
  return (text) => {
    const slug = text
      .normalize('NFKC')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60);
    let base = slug || 'section';
    if (/^\d/.test(base) || isReservedId(base)) base = `${prefix}${base}`;
    let id = base;
    let n = next.get(base) ?? 2;
    while (used.has(id)) id = `${base}-${n++}`;
    next.set(base, n);
    used.add(id);
    return id;
  };
}
