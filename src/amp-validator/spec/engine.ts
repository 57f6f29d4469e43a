// The official AMP validator's algorithm (validator/cpp/engine/validator-internal.cc
// in ampproject/amphtml), ported to TypeScript over the generated rule tables.
// What it leaves out is listed in docs/amp.md: reference points (amp-story and a
// few carousels), SVG CSS, AMP4ADS/AMP4EMAIL, and the CSS grammar of values.
import { html as htmlSpec, parse, type DefaultTreeAdapterMap } from 'parse5';
import { checkStylesheet, parseInlineStyle, type CssUrl } from './css.js';
import { rules } from './rules.js';
import type { AttrSpec, DocCssSpec, TagSpec, UrlSpec } from './types.js';
import { computedLayout, cssLength, effectiveHeight, effectiveWidth, parseLayout, parseSrcset, parseViewport } from './values.js';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

/** One finding of the official rules, in the validator's own terms. */
export interface SpecError {
  /** The validator's error code, e.g. `DISALLOWED_ATTR`. */
  code: string;
  severity: 'error' | 'warning';
  /** The validator's message (its `error_formats`, parameters filled in). */
  message: string;
  /** 1-based line, 0-based column, as the official validator counts. */
  line: number;
  column: number;
}

interface ParsedAttr extends AttrSpec {
  id: number;
}

interface ParsedTagSpec {
  id: number;
  spec: TagSpec;
  attrsByName: Map<string, ParsedAttr>;
  mandatoryAttrIds: number[];
  mandatoryOneofs: string[];
  mandatoryAnyofs: string[];
  implicitAttrIds: Set<number>;
  containsUrl: boolean;
  record: 'ALWAYS' | 'IF_PASSING' | 'NEVER';
  alsoRequiresTagWarning: number[];
}

interface Dispatch {
  all: number[];
  byKey: Map<string, number[]>;
}

interface ParsedRules {
  tagSpecs: ParsedTagSpec[];
  idsBySpecName: Map<string, number>;
  byTagName: Map<string, Dispatch>;
  mandatory: number[];
  extensionSpecIds: Map<string, number[]>;
  tagsWithCdata: Set<string>;
}

const specName = (spec: TagSpec) => spec.spec_name ?? spec.tag_name.toLowerCase();
const descriptiveName = (spec: TagSpec) => spec.descriptive_name ?? spec.tag_name.toLowerCase();
const dispatchKey = (type: string, name: string, value: string, parent: string) =>
  type === 'NAME_DISPATCH' ? name : type === 'NAME_VALUE_DISPATCH' ? `${name}\0${value}` : `${name}\0${value}\0${parent}`;
const extensionAttribute = (spec: NonNullable<TagSpec['extension_spec']>) =>
  spec.extension_type === 'CUSTOM_TEMPLATE' ? 'custom-template' : spec.extension_type === 'HOST_SERVICE' ? 'host-service' : 'custom-element';

const regexCache = new Map<string, RegExp>();
/** RE2 full and partial matches; RE2's syntax used by the rules is also JavaScript's. */
function regex(source: string, flags: string): RegExp {
  const key = `${flags}/${source}`;
  let compiled = regexCache.get(key);
  if (!compiled) {
    let body = source;
    let flagSet = flags;
    if (body.startsWith('(?i)')) {
      body = body.slice(4);
      flagSet += 'i';
    }
    compiled = new RegExp(flags.includes('f') ? `^(?:${body})$` : body, flagSet.replace('f', ''));
    regexCache.set(key, compiled);
  }
  return compiled;
}
const fullMatch = (source: string, value: string, caseInsensitive = false) => regex(source, caseInsensitive ? 'fi' : 'f').test(value);
const partialMatch = (source: string, value: string, caseInsensitive = false) => regex(source, caseInsensitive ? 'i' : '').test(value);

/** The AMP-format rules with extension script specs expanded (ParsedValidatorRules). */
function expandedTags(): TagSpec[] {
  const tags: TagSpec[] = [];
  const extra: TagSpec[] = [];
  for (const original of rules.tags) {
    if (!original.extension_spec) {
      tags.push(original);
      continue;
    }
    const extension = original.extension_spec;
    const base = extension.version_name ? `${extension.name} ${extension.version_name}` : extension.name;
    const name = original.spec_name ?? `${base} extension script`;
    const spec: TagSpec = {
      ...original,
      spec_name: name,
      descriptive_name: original.descriptive_name ?? name,
      mandatory_parent: 'HEAD',
      requires_condition: [...(original.requires_condition ?? []), 'amphtml javascript runtime (v0.js)'],
      ...(extension.deprecated_allow_duplicates ? { unique_warning: true } : { unique: true }),
      cdata: { ...original.cdata, whitespace_only: true },
    };
    tags.push(spec);
    const basic: TagSpec = { ...spec, enabled_by: ['transformed'] };
    delete basic.disabled_by;
    extra.push(
      {
        ...basic,
        spec_name: `${base} module extension script`,
        descriptive_name: `${base} module extension script`,
        satisfies_condition: [...(basic.satisfies_condition ?? []), `${base} module extension script`],
        requires_condition: [...(basic.requires_condition ?? []), `${base} nomodule extension script`],
        attrs: [...(basic.attrs ?? []), { name: 'crossorigin', value: ['anonymous'], mandatory: true }, { name: 'type', value: ['module'], mandatory: true }],
      },
      {
        ...basic,
        spec_name: `${base} nomodule extension script`,
        descriptive_name: `${base} nomodule extension script`,
        satisfies_condition: [...(basic.satisfies_condition ?? []), `${base} nomodule extension script`],
        requires_condition: [...(basic.requires_condition ?? []), `${base} module extension script`],
        attrs: [...(basic.attrs ?? []), { name: 'nomodule', value: [''], mandatory: true }],
      },
    );
  }
  return [...tags, ...extra];
}

let parsedRules: ParsedRules | undefined;
function loadRules(): ParsedRules {
  if (parsedRules) return parsedRules;
  const tags = expandedTags();
  let nextAttrId = 0;
  const listed = new Map<string, ParsedAttr[]>();
  for (const list of rules.attrLists)
    listed.set(
      list.name,
      (list.attrs ?? []).map((attr) => ({ ...attr, id: nextAttrId++ })),
    );
  const idsBySpecName = new Map<string, number>();
  const tracked = new Set<string>();
  tags.forEach((tag, id) => {
    idsBySpecName.set(specName(tag), id);
    if (tag.also_requires_tag_warning?.length) {
      tracked.add(specName(tag));
      for (const name of tag.also_requires_tag_warning) tracked.add(name);
    }
  });
  const result: ParsedRules = { tagSpecs: [], idsBySpecName, byTagName: new Map(), mandatory: [], extensionSpecIds: new Map(), tagsWithCdata: new Set() };
  tags.forEach((spec, id) => {
    // Attributes by precedence: layout attributes, the tag's own, its lists, then the global ones.
    const attrs: ParsedAttr[] = [];
    const seen = new Set<string>();
    const add = (attr: ParsedAttr) => {
      if (seen.has(attr.name)) return;
      seen.add(attr.name);
      attrs.push(attr);
    };
    if (!spec.explicit_attrs_only && spec.amp_layout && spec.tag_name !== '$REFERENCE_POINT') listed.get('$AMP_LAYOUT_ATTRS')?.forEach(add);
    for (const attr of spec.attrs ?? []) add({ ...attr, id: nextAttrId++ });
    for (const name of spec.attr_lists ?? []) listed.get(name)?.forEach(add);
    if (!spec.explicit_attrs_only && spec.tag_name !== '$REFERENCE_POINT') listed.get('$GLOBAL_ATTRS')?.forEach(add);
    const attrsByName = new Map<string, ParsedAttr>();
    for (const attr of attrs) {
      attrsByName.set(attr.name, attr);
      for (const alternative of attr.alternative_names ?? []) attrsByName.set(alternative, attr);
    }
    const parsed: ParsedTagSpec = {
      id,
      spec,
      attrsByName,
      mandatoryAttrIds: [...new Set(attrs.filter((attr) => attr.mandatory).map((attr) => attr.id))].sort((a, b) => a - b),
      mandatoryOneofs: [...new Set(attrs.flatMap((attr) => (attr.mandatory_oneof ? [attr.mandatory_oneof] : [])))],
      mandatoryAnyofs: [...new Set(attrs.flatMap((attr) => (attr.mandatory_anyof ? [attr.mandatory_anyof] : [])))],
      implicitAttrIds: new Set(attrs.filter((attr) => attr.implicit).map((attr) => attr.id)),
      containsUrl: attrs.some((attr) => attr.value_url),
      record: spec.mandatory || tracked.has(specName(spec)) ? 'ALWAYS' : spec.unique || spec.unique_warning || spec.requires_condition?.length ? 'IF_PASSING' : 'NEVER',
      alsoRequiresTagWarning: (spec.also_requires_tag_warning ?? []).flatMap((name) => (idsBySpecName.has(name) ? [idsBySpecName.get(name)!] : [])),
    };
    result.tagSpecs.push(parsed);
    if (spec.cdata) result.tagsWithCdata.add(spec.tag_name);
    if (spec.extension_spec) result.extensionSpecIds.set(spec.extension_spec.name, [...(result.extensionSpecIds.get(spec.extension_spec.name) ?? []), id]);
    if (spec.mandatory) result.mandatory.push(id);
    if (spec.tag_name === '$REFERENCE_POINT') return;
    let dispatch = result.byTagName.get(spec.tag_name);
    if (!dispatch) result.byTagName.set(spec.tag_name, (dispatch = { all: [], byKey: new Map() }));
    const keys = attrs
      .filter((attr) => attr.dispatch_key && attr.dispatch_key !== 'NONE_DISPATCH')
      .map((attr) => dispatchKey(attr.dispatch_key!, attr.name, attr.value?.[0]?.toLowerCase() ?? attr.value_casei?.[0] ?? '', spec.mandatory_parent ?? ''));
    if (keys.length === 0 && spec.extension_spec) keys.push(dispatchKey('NAME_VALUE_DISPATCH', extensionAttribute(spec.extension_spec), spec.extension_spec.name, ''));
    if (keys.length === 0) dispatch.all.push(id);
    for (const key of keys) dispatch.byKey.set(key, [...(dispatch.byKey.get(key) ?? []), id]);
  });
  return (parsedRules = result);
}

/** The validator's message for an error code, with its parameters. */
function format(code: string, params: string[]): string {
  const template = rules.errorFormats[code] ?? code;
  return template.replace(/%(\d+)/g, (_, index: string) => params[Number(index) - 1] ?? '');
}

interface Result {
  errors: SpecError[];
  valueSetProvisions: string[];
  valueSetRequirements: { key: string; error: SpecError }[];
  inlineStyleBytes: number;
}
const passing = (result: Result) => !result.errors.some((error) => error.severity === 'error');
const newResult = (): Result => ({ errors: [], valueSetProvisions: [], valueSetRequirements: [], inlineStyleBytes: 0 });

interface Attr {
  name: string;
  value: string;
}

interface Tag {
  upper: string;
  lower: string;
  attrs: Attr[];
  get(name: string): string | undefined;
  script?: ScriptTag;
}

interface ScriptTag {
  ampDomain: boolean;
  extension: boolean;
  runtime: boolean;
  validPath: boolean;
  path: string;
  extensionName: string;
  extensionVersion: string;
  release: 'UNKNOWN' | 'STANDARD' | 'LTS' | 'MODULE_NOMODULE' | 'MODULE_NOMODULE_LTS';
}

function scriptTag(attrs: Attr[]): ScriptTag {
  const has = (name: string) => attrs.some((attr) => attr.name === name);
  const script: ScriptTag = { ampDomain: false, extension: false, runtime: false, validPath: false, path: '', extensionName: '', extensionVersion: '', release: 'UNKNOWN' };
  script.extension = has('custom-element') || has('custom-template') || has('host-service');
  let src = attrs.find((attr) => attr.name === 'src')?.value ?? '';
  if (!src) return script;
  const domain = 'https://cdn.ampproject.org/';
  if (src.startsWith(domain)) {
    script.ampDomain = true;
    src = src.slice(domain.length);
  } else {
    try {
      const url = new URL(src);
      if ((url.protocol !== 'https:' && url.protocol !== 'http:') || !url.hostname) return script;
      src = (url.pathname + url.search + url.hash).replace(/^\//, '');
    } catch {
      return script;
    }
  }
  script.path = src;
  if (!has('async')) return script;
  const module = attrs.some((attr) => attr.name === 'type' && attr.value === 'module');
  if (!script.extension && /^(lts\/)?v0\.m?js(\?f=sxg)?$/.test(src)) script.runtime = script.validPath = true;
  const extension = /^(?:lts\/)?v0\/(amp-[a-z0-9-]*)-([a-z0-9.]*)\.(?:m)?js(?:\?f=sxg)?$/.exec(src);
  if (script.extension && extension) {
    script.validPath = true;
    script.extensionName = extension[1]!;
    script.extensionVersion = extension[2]!;
  }
  const standard = /^(v0|v0\/amp-[a-z0-9-]*-[a-z0-9.]*)\.js$/;
  const lts = /^lts\/(v0|v0\/amp-[a-z0-9-]*-[a-z0-9.]*)\.js$/;
  const moduleJs = /^(v0|v0\/amp-[a-z0-9-]*-[a-z0-9.]*)\.mjs$/;
  const moduleLts = /^lts\/(v0|v0\/amp-[a-z0-9-]*-[a-z0-9.]*)\.mjs$/;
  if ((module && moduleLts.test(src)) || (has('nomodule') && lts.test(src))) script.release = 'MODULE_NOMODULE_LTS';
  else if ((module && moduleJs.test(src)) || (has('nomodule') && standard.test(src))) script.release = 'MODULE_NOMODULE';
  else if (lts.test(src)) script.release = 'LTS';
  else if (standard.test(src)) script.release = 'STANDARD';
  return script;
}

interface StackEntry {
  tagName: string;
  spec?: ParsedTagSpec;
  numChildren: number;
  childTags?: { spec: TagSpec; line: number; column: number };
  cdata?: TagSpec;
  descendants?: { tagName: string; allowed: string[] };
  onlyChild?: { tagName: string; line: number; column: number };
  lastChild?: { tagName: string; line: number; column: number };
  /** The children this tag's reference points describe (amp-story layers, amp-selector options…). */
  referencePoints?: { spec: TagSpec; matched: number[]; line: number; column: number };
}

/** Validation of one document (the Context and Validator classes). */
class Validator {
  readonly rules = loadRules();
  readonly errors: SpecError[] = [];
  readonly types = new Set<string>();
  readonly stack: StackEntry[] = [{ tagName: '$ROOT', numChildren: 0 }];
  readonly loaded = new Set(['amp-ad']);
  readonly unusedRequired = new Set<string>();
  readonly used = new Set<string>();
  missingExtensions: { extension: string; error: SpecError }[] = [];
  readonly validated = new Set<number>();
  readonly conditions = new Set<string>();
  readonly alternatives = new Set<string>();
  readonly valueSetsProvided = new Set<string>();
  readonly valueSetsRequired = new Map<string, SpecError[]>();
  firstUrlTag: TagSpec | undefined;
  release: ScriptTag['release'] = 'UNKNOWN';
  styleBytes = 0;
  inlineStyleBytes = 0;
  line = 1;
  column = 0;
  exitEarly = false;

  /** Whether validation stopped (an `html` tag without `⚡`). */
  stopped(): boolean {
    return this.exitEarly;
  }

  error(code: string, params: string[], result: Result | undefined, line = this.line, column = this.column): void {
    this.report('error', code, params, result, line, column);
  }

  warning(code: string, params: string[], result: Result | undefined, line = this.line, column = this.column): void {
    this.report('warning', code, params, result, line, column);
  }

  report(severity: SpecError['severity'], code: string, params: string[], result: Result | undefined, line = this.line, column = this.column): void {
    this.push({ code, severity, message: format(code, params), line, column }, result);
  }

  push(error: SpecError, result: Result | undefined): void {
    (result ? result.errors : this.errors).push(error);
  }

  usedFor(spec: { enabled_by?: string[]; disabled_by?: string[] }): boolean {
    if (spec.enabled_by?.length) return spec.enabled_by.some((type) => this.types.has(type));
    if (spec.disabled_by?.length) return !spec.disabled_by.some((type) => this.types.has(type));
    return true;
  }

  get transformed(): boolean {
    return this.types.has('transformed');
  }

  docCss(): DocCssSpec | undefined {
    return rules.css.find((spec) => this.usedFor(spec));
  }

  parent(): StackEntry {
    return this.stack[this.stack.length - 1]!;
  }

  hasAncestor(name: string): boolean {
    return this.stack.slice(1).some((entry) => entry.tagName === name || entry.spec?.spec.spec_name === name);
  }

  hasAncestorMarker(marker: string): boolean {
    return this.stack.slice(1).some((entry) => entry.spec?.spec.mark_descendants?.marker?.includes(marker));
  }

  parentSpecName(): string {
    const parent = this.parent();
    return parent.spec?.spec.spec_name ?? parent.tagName;
  }

  // ——— The html tag's type identifiers (ValidateTypeIdentifiers) ———

  validateHtmlTag(tag: Tag): void {
    let mandatory = false;
    for (const attr of tag.attrs) {
      const type = { '⚡': 'amp', amp: 'amp', transformed: 'transformed', 'data-ampdevmode': 'data-ampdevmode' }[attr.name];
      const other = ['⚡4ads', 'amp4ads', '⚡4email', 'amp4email', 'data-css-strict'].includes(attr.name);
      if (type) {
        this.types.add(type);
        if (type === 'amp') mandatory = true;
        if (type === 'transformed' && !/^(bing|google|self);v=(\d+)$/.test(attr.value)) this.error('INVALID_ATTR_VALUE', [attr.name, 'html', attr.value], undefined);
        if (type === 'data-ampdevmode') this.error('DEV_MODE_ONLY', [], undefined);
      } else if (other) this.error('DISALLOWED_ATTR', [attr.name, 'html'], undefined);
    }
    if (!mandatory) {
      this.error('MANDATORY_ATTR_MISSING', ['⚡', 'html'], undefined);
      this.exitEarly = true;
    }
  }

  // ——— One start tag (Validator::StartTag, ValidateTag) ———

  startTag(tag: Tag, manufacturedBody: boolean): void {
    if (tag.upper === 'HTML') this.validateHtmlTag(tag);
    if (manufacturedBody) this.error('DISALLOWED_MANUFACTURED_BODY', [], undefined);
    if (tag.upper === 'BODY') this.emitMissingExtensionErrors();
    const matcher = this.parent().referencePoints;
    const point = matcher ? this.validateReferencePoint(tag, matcher.spec) : undefined;
    const { result, spec } = this.validateTag(tag, point?.spec);
    if (point && passing(result)) this.errors.push(...point.result.errors);
    this.errors.push(...result.errors);
    if (matcher && point?.spec) matcher.matched.push(point.spec.id);
    this.updateFromTagResult(tag, result, spec, point?.spec);
  }

  /** Match a child against its parent's reference points (ReferencePointMatcher::ValidateTag). */
  validateReferencePoint(tag: Tag, parentSpec: TagSpec): { result: Result; spec?: ParsedTagSpec } {
    let best: Result | undefined;
    const points = parentSpec.reference_points ?? [];
    for (const point of points) {
      const id = this.rules.idsBySpecName.get(point.tag_spec_name);
      if (id === undefined) continue;
      const spec = this.rules.tagSpecs[id]!;
      if (!this.usedFor(spec.spec)) continue;
      const attempt = this.validateTagAgainstSpec(spec, tag);
      if (!best || this.better(attempt, best)) {
        best = attempt;
        if (passing(attempt)) return { result: attempt, spec };
      }
    }
    const result = points.length === 1 ? (best ?? newResult()) : newResult();
    if (points.length === 1) this.error('CHILD_TAG_DOES_NOT_SATISFY_REFERENCE_POINT_SINGULAR', [tag.lower, specName(parentSpec), points[0]!.tag_spec_name], result);
    else this.error('CHILD_TAG_DOES_NOT_SATISFY_REFERENCE_POINT', [tag.lower, specName(parentSpec), points.map((point) => point.tag_spec_name).join(', ')], result);
    return { result };
  }

  emitMissingExtensionErrors(): void {
    for (const missing of this.missingExtensions) if (!this.loaded.has(missing.extension)) this.errors.push(missing.error);
    this.missingExtensions = [];
  }

  validateTag(tag: Tag, point?: ParsedTagSpec): { result: Result; spec?: ParsedTagSpec } {
    const dispatch = this.rules.byTagName.get(tag.upper);
    const candidates = (dispatch?.all ?? []).map((id) => this.rules.tagSpecs[id]!).filter((spec) => this.usedFor(spec.spec));
    if (!dispatch || (dispatch.byKey.size === 0 && candidates.length === 0)) {
      const result = newResult();
      this.error('DISALLOWED_TAG', [tag.lower], result);
      return { result };
    }
    if (dispatch.byKey.size > 0) {
      for (const attr of tag.attrs) {
        const ids = this.matchingDispatchKey(dispatch, attr.name, attr.value.toLowerCase(), this.parent().tagName);
        let best: { result: Result; spec?: ParsedTagSpec } | undefined;
        for (const id of ids) {
          const spec = this.rules.tagSpecs[id]!;
          if (!this.usedFor(spec.spec)) continue;
          const attempt = this.validateTagAgainstSpec(spec, tag, point);
          if (!best || this.better(attempt, best.result)) {
            best = { result: attempt, spec };
            if (passing(attempt)) return best;
          }
        }
        if (best) return best;
      }
    }
    if (candidates.length === 0) {
      const result = newResult();
      if (tag.lower === 'script') this.error('DISALLOWED_SCRIPT_TAG', [], result);
      else this.error('GENERAL_DISALLOWED_TAG', [tag.lower], result);
      return { result };
    }
    let best: { result: Result; spec?: ParsedTagSpec } | undefined;
    for (const spec of candidates) {
      const attempt = this.validateTagAgainstSpec(spec, tag, point);
      if (!best || this.better(attempt, best.result)) {
        best = { result: attempt, spec };
        if (passing(attempt)) return best;
      }
    }
    return best!;
  }

  matchingDispatchKey(dispatch: Dispatch, name: string, value: string, parent: string): number[] {
    const ids = [
      ...(dispatch.byKey.get(dispatchKey('NAME_VALUE_PARENT_DISPATCH', name, value, parent)) ?? []),
      ...(dispatch.byKey.get(dispatchKey('NAME_VALUE_DISPATCH', name, value, '')) ?? []),
      ...(dispatch.byKey.get(dispatchKey('NAME_DISPATCH', name, '', '')) ?? []),
    ];
    if (name === value) ids.push(...this.matchingDispatchKey(dispatch, name, '', parent));
    return ids;
  }

  better(a: Result, b: Result): boolean {
    if (passing(a) !== passing(b)) return passing(a);
    const codesA = new Set(a.errors.map((error) => error.code));
    const codesB = new Set(b.errors.map((error) => error.code));
    const subset = (x: Set<string>, y: Set<string>) => [...y].every((code) => x.has(code)) && x.size > y.size;
    if (subset(codesB, codesA)) return true;
    if (subset(codesA, codesB)) return false;
    const specificity = (result: Result) => Math.max(0, ...result.errors.map((error) => rules.errorSpecificity[error.code] ?? 0));
    if (specificity(a) !== specificity(b)) return specificity(a) > specificity(b);
    return a.errors.length < b.errors.length;
  }

  validateTagAgainstSpec(parsed: ParsedTagSpec, tag: Tag, point?: ParsedTagSpec): Result {
    const result = newResult();
    const spec = parsed.spec;
    // Parent and ancestors.
    if (spec.mandatory_parent && spec.mandatory_parent !== this.parent().tagName && spec.mandatory_parent !== this.parentSpecName()) {
      this.error('WRONG_PARENT_TAG', [descriptiveName(spec), this.parent().tagName.toLowerCase(), spec.mandatory_parent.toLowerCase()], result);
    }
    this.validateAncestors(spec, result);
    this.matchChildTagName(tag, result);
    if (passing(result)) this.validateAttributes(parsed, tag, result, point);
    if (passing(result)) this.validateDescendant(tag, result);
    const parent = this.parent();
    if (spec.siblings_disallowed && parent.numChildren > 0) this.error('TAG_NOT_ALLOWED_TO_HAVE_SIBLINGS', [tag.lower, parent.tagName.toLowerCase()], result);
    if (parent.onlyChild && parent.numChildren > 0)
      this.error('TAG_NOT_ALLOWED_TO_HAVE_SIBLINGS', [parent.onlyChild.tagName.toLowerCase(), parent.tagName.toLowerCase()], result, parent.onlyChild.line, parent.onlyChild.column);
    if (parent.lastChild) this.error('MANDATORY_LAST_CHILD_TAG', [parent.lastChild.tagName.toLowerCase(), parent.tagName.toLowerCase()], result, parent.lastChild.line, parent.lastChild.column);
    if (this.hasAncestor('BODY')) {
      for (const extension of spec.requires_extension ?? []) if (!this.loaded.has(extension)) this.error('MISSING_REQUIRED_EXTENSION', [descriptiveName(spec), extension], result);
    }
    if (passing(result) && spec.unique && this.validated.has(parsed.id)) this.error('DUPLICATE_UNIQUE_TAG', [descriptiveName(spec)], result);
    if (passing(result)) {
      if (spec.deprecation) this.warning('DEPRECATED_TAG', [descriptiveName(spec), spec.deprecation], result);
      if (spec.unique_warning && this.validated.has(parsed.id)) this.warning('DUPLICATE_UNIQUE_TAG_WARNING', [descriptiveName(spec)], result);
    }
    return result;
  }

  validateAncestors(spec: TagSpec, result: Result): void {
    if (spec.mandatory_ancestor && !this.hasAncestor(spec.mandatory_ancestor)) {
      if (spec.mandatory_ancestor_suggested_alternative)
        this.error('MANDATORY_TAG_ANCESTOR_WITH_HINT', [descriptiveName(spec), spec.mandatory_ancestor.toLowerCase(), spec.mandatory_ancestor_suggested_alternative.toLowerCase()], result);
      else this.error('MANDATORY_TAG_ANCESTOR', [descriptiveName(spec), spec.mandatory_ancestor.toLowerCase()], result);
      return;
    }
    for (const ancestor of spec.disallowed_ancestor ?? []) {
      if (this.hasAncestor(ancestor)) {
        this.error('DISALLOWED_TAG_ANCESTOR', [descriptiveName(spec), ancestor.toLowerCase()], result);
        return;
      }
    }
  }

  matchChildTagName(tag: Tag, result: Result): void {
    const matcher = this.parent().childTags;
    if (!matcher) return;
    const childTags = matcher.spec.child_tags!;
    const list = (names: string[]) => `['${names.join("', '")}']`.toLowerCase();
    if (childTags.child_tag_name_oneof?.length && !childTags.child_tag_name_oneof.includes(tag.upper))
      this.error('DISALLOWED_CHILD_TAG_NAME', [tag.lower, descriptiveName(matcher.spec), list(childTags.child_tag_name_oneof)], result);
    if (childTags.first_child_tag_name_oneof?.length && this.parent().numChildren === 0 && !childTags.first_child_tag_name_oneof.includes(tag.upper))
      this.error('DISALLOWED_FIRST_CHILD_TAG_NAME', [tag.lower, descriptiveName(matcher.spec), list(childTags.first_child_tag_name_oneof)], result);
  }

  validateDescendant(tag: Tag, result: Result): void {
    for (const entry of this.stack) {
      if (entry.descendants && !entry.descendants.allowed.includes(tag.upper)) this.error('DISALLOWED_TAG_ANCESTOR', [tag.lower, entry.descendants.tagName.toLowerCase()], result);
    }
  }

  // ——— Attributes (ValidateAttributes) ———

  validateAttributes(parsed: ParsedTagSpec, tag: Tag, result: Result, point?: ParsedTagSpec): void {
    const spec = parsed.spec;
    if (spec.amp_layout) this.validateLayout(spec, tag, result);
    const template = this.hasAncestor('TEMPLATE');
    let seenExtensionSrc = false;
    const mandatorySeen = new Set<number>();
    const oneofsSeen = new Set<string>();
    const anyofsSeen = new Set<string>();
    const triggers: { attr: ParsedAttr; name: string }[] = [];
    const validatedIds = new Set<number>();
    const seen = new Set<string>();
    for (const attr of tag.attrs) {
      if (seen.has(attr.name)) continue;
      seen.add(attr.name);
      if (this.transformed) {
        if (attr.name === 'i-amphtml-layout') continue;
      } else if (attr.name === 'class' && attr.value.split(/[\t\n\f\r ]/).some((token) => token.startsWith('i-amphtml-'))) {
        this.error('INVALID_ATTR_VALUE', [attr.name, descriptiveName(spec), attr.value], result);
      }
      if (attr.name === 'src' && tag.script && (tag.script.extension || tag.script.runtime)) {
        this.validateScriptSrc(tag.script, attr.value, spec, result);
        if (tag.script.extension) {
          seenExtensionSrc = true;
          continue;
        }
      }
      const attrSpec = parsed.attrsByName.get(attr.name);
      if (!attrSpec) {
        if (tag.upper === 'HTML' && ['⚡', 'amp', 'transformed', 'data-ampdevmode', '⚡4ads', 'amp4ads', '⚡4email', 'amp4email', 'data-css-strict'].includes(attr.name)) continue;
        // A reference point judges only the attributes it names; the one a child matched explains them.
        if (spec.tag_name === '$REFERENCE_POINT' || point?.attrsByName.has(attr.name)) continue;
        if (spec.extension_spec && extensionAttribute(spec.extension_spec) === attr.name && spec.extension_spec.name === attr.value) continue;
        this.attrNotInSpec(spec, attr, result);
        if (!passing(result)) continue;
        if (template) this.attrBelowTemplate(spec, attr, result);
        continue;
      }
      if (template) {
        this.attrBelowTemplate(spec, attr, result);
        if (!passing(result)) continue;
      }
      if (!this.usedFor(attrSpec)) {
        this.error('DISALLOWED_ATTR', [attr.name, descriptiveName(spec)], result);
        continue;
      }
      if (attrSpec.deprecation) this.warning('DEPRECATED_ATTR', [attr.name, descriptiveName(spec), attrSpec.deprecation], result);
      for (const extension of attrSpec.requires_extension ?? []) if (!this.loaded.has(extension)) this.error('ATTR_MISSING_REQUIRED_EXTENSION', [attrSpec.name, extension], result);
      if (attrSpec.value_doc_css || attrSpec.value_doc_svg_css) this.validateStyleAttr(spec, attr, result);
      if (!template || !/\{\{.*\}\}/.test(attr.value)) {
        this.validateAttrValue(attrSpec, attr, spec, result);
        if (!passing(result)) continue;
      }
      if (attrSpec.disallowed_value_regex && partialMatch(attrSpec.disallowed_value_regex, attr.value)) {
        this.error('INVALID_ATTR_VALUE', [attr.name, descriptiveName(spec), attr.value], result);
        continue;
      }
      if (spec.tag_name === 'BASE' && attr.name === 'href' && this.firstUrlTag) {
        this.error('BASE_TAG_MUST_PRECEED_ALL_URLS', [specName(this.firstUrlTag)], result);
        continue;
      }
      if (attrSpec.mandatory) mandatorySeen.add(attrSpec.id);
      if (attrSpec.mandatory_oneof) {
        if (oneofsSeen.has(attrSpec.mandatory_oneof)) {
          this.error('MUTUALLY_EXCLUSIVE_ATTRS', [descriptiveName(spec), attrSpec.mandatory_oneof], result);
          continue;
        }
        oneofsSeen.add(attrSpec.mandatory_oneof);
      }
      if (attrSpec.mandatory_anyof) anyofsSeen.add(attrSpec.mandatory_anyof);
      if (attrSpec.requires_ancestor && !(attrSpec.requires_ancestor.marker ?? []).some((marker) => this.hasAncestorMarker(marker))) {
        this.error('DISALLOWED_ATTR', [attr.name, descriptiveName(spec)], result);
        continue;
      }
      if (attrSpec.trigger && (!attrSpec.trigger.if_value_regex || fullMatch(attrSpec.trigger.if_value_regex, attr.value))) triggers.push({ attr: attrSpec, name: attr.name });
      validatedIds.add(attrSpec.id);
    }
    if (!passing(result)) return;
    for (const oneof of parsed.mandatoryOneofs) if (!oneofsSeen.has(oneof)) this.error('MANDATORY_ONEOF_ATTR_MISSING', [descriptiveName(spec), oneof], result);
    for (const anyof of parsed.mandatoryAnyofs) if (!anyofsSeen.has(anyof)) this.error('MANDATORY_ANYOF_ATTR_MISSING', [descriptiveName(spec), anyof], result);
    for (const trigger of triggers) {
      for (const required of trigger.attr.trigger?.also_requires_attr ?? []) {
        const requiredSpec = parsed.attrsByName.get(required);
        if (requiredSpec && !validatedIds.has(requiredSpec.id) && !parsed.implicitAttrIds.has(requiredSpec.id))
          this.error('ATTR_REQUIRED_BUT_MISSING', [requiredSpec.name, descriptiveName(spec), trigger.name], result);
      }
    }
    const missing = parsed.mandatoryAttrIds.filter((id) => !mandatorySeen.has(id));
    const names = missing.map((id) => [...parsed.attrsByName.values()].find((attr) => attr.id === id)!.name).sort();
    for (const name of names) this.error('MANDATORY_ATTR_MISSING', [name, descriptiveName(spec)], result);
    if (spec.extension_spec && !seenExtensionSrc) this.error('MANDATORY_ATTR_MISSING', ['src', descriptiveName(spec)], result);
  }

  attrNotInSpec(spec: TagSpec, attr: Attr, result: Result): void {
    if (!spec.explicit_attrs_only && /^data-[A-Za-z0-9-_:.]*$/.test(attr.name)) return;
    if (attr.name.includes('{{')) this.error('TEMPLATE_IN_ATTR_NAME', [attr.name, descriptiveName(spec)], result);
    else this.error('DISALLOWED_ATTR', [attr.name, descriptiveName(spec)], result);
  }

  attrBelowTemplate(spec: TagSpec, attr: Attr, result: Result): void {
    if (/\{\{\s*[&{]/.test(attr.value)) this.error('UNESCAPED_TEMPLATE_IN_ATTR_VALUE', [attr.name, descriptiveName(spec), attr.value], result);
    else if (/\{\{\s*>/.test(attr.value)) this.error('TEMPLATE_PARTIAL_IN_ATTR_VALUE', [attr.name, descriptiveName(spec), attr.value], result);
  }

  validateAttrValue(attrSpec: AttrSpec, attr: Attr, spec: TagSpec, result: Result): void {
    const invalid = () => this.error('INVALID_ATTR_VALUE', [attr.name, descriptiveName(spec), attr.value], result);
    if (attrSpec.add_value_to_set) result.valueSetProvisions.push(`${attrSpec.add_value_to_set}\0${attr.value}`);
    if (attrSpec.value_oneof_set) {
      result.valueSetRequirements.push({
        key: `${attrSpec.value_oneof_set}\0${attr.value}`,
        error: { code: 'VALUE_SET_MISMATCH', severity: 'error', message: format('VALUE_SET_MISMATCH', [attr.name, descriptiveName(spec)]), line: this.line, column: this.column },
      });
    }
    if (attrSpec.value?.length) {
      if (!attrSpec.value.some((value) => attr.value === value || (value === '' && attr.value === attr.name))) invalid();
    } else if (attrSpec.value_casei?.length) {
      if (!attrSpec.value_casei.some((value) => value.toLowerCase() === attr.value.toLowerCase())) invalid();
    } else if (attrSpec.value_regex !== undefined || attrSpec.value_regex_casei !== undefined) {
      const pattern = attrSpec.value_regex ?? attrSpec.value_regex_casei!;
      if (!fullMatch(pattern, attr.value, attrSpec.value_regex === undefined)) invalid();
    } else if (attrSpec.value_url) {
      this.validateUrlAttr(attrSpec.value_url, attr, spec, result);
    } else if (attrSpec.value_properties) {
      this.validateProperties(attrSpec, attr, spec, result);
    }
  }

  validateUrlAttr(urlSpec: UrlSpec, attr: Attr, spec: TagSpec, result: Result): void {
    const name = descriptiveName(spec);
    let urls = [attr.value];
    if (attr.name === 'srcset') {
      const parsed = attr.value ? parseSrcset(attr.value) : undefined;
      if (!parsed) this.error('MISSING_URL', [attr.name, name], result);
      else if (!parsed.ok) this.error(parsed.code, parsed.code === 'DUPLICATE_DIMENSION' ? [attr.name, name] : [attr.name, name, attr.value], result);
      if (!parsed?.ok) return;
      urls = [...new Set(parsed.urls)].sort();
    }
    for (const url of urls) {
      const problem = urlProblem(urlSpec, url);
      if (!problem) continue;
      const params = { missing: [attr.name, name], invalid: [attr.name, name, url], protocol: [attr.name, name, problem.protocol ?? ''], relative: [attr.name, name, url] }[problem.kind];
      this.error({ missing: 'MISSING_URL', invalid: 'INVALID_URL', protocol: 'INVALID_URL_PROTOCOL', relative: 'DISALLOWED_RELATIVE_URL' }[problem.kind], params, result);
      return;
    }
  }

  validateProperties(attrSpec: AttrSpec, attr: Attr, spec: TagSpec, result: Result): void {
    const properties = new Map((attrSpec.value_properties?.properties ?? []).map((property) => [property.name, property]));
    const seen = new Set<string>();
    for (const [name, value] of parseViewport(attr.value)) {
      const property = properties.get(name);
      if (!property) {
        this.error('DISALLOWED_PROPERTY_IN_ATTR_VALUE', [name, attr.name, descriptiveName(spec)], result);
        continue;
      }
      seen.add(name);
      if (property.value !== undefined && property.value !== value.trim().toLowerCase()) this.error('INVALID_PROPERTY_VALUE_IN_ATTR_VALUE', [name, attr.name, descriptiveName(spec), value], result);
      else if (property.value_double !== undefined && Number(value) !== property.value_double)
        this.error('INVALID_PROPERTY_VALUE_IN_ATTR_VALUE', [name, attr.name, descriptiveName(spec), value], result);
    }
    const missing = [...properties.values()].filter((property) => property.mandatory && !seen.has(property.name)).sort((a, b) => (a.name < b.name ? -1 : 1));
    for (const property of missing) this.error('MANDATORY_PROPERTY_MISSING_FROM_ATTR_VALUE', [property.name, attr.name, descriptiveName(spec)], result);
  }

  validateScriptSrc(script: ScriptTag, value: string, spec: TagSpec, result: Result): void {
    if (!script.ampDomain && (!this.types.has('amp') || this.transformed)) this.error('DISALLOWED_AMP_DOMAIN', [], result);
    if (script.extension && spec.extension_spec) {
      const extension = spec.extension_spec;
      if (!script.validPath) {
        if (script.path) this.error('INVALID_EXTENSION_PATH', [extension.name, script.path], result);
        else this.error('INVALID_ATTR_VALUE', ['src', descriptiveName(spec), value], result);
        return;
      }
      if (script.extensionName === extension.name) {
        if (extension.deprecated_version?.includes(script.extensionVersion)) this.warning('WARNING_EXTENSION_DEPRECATED_VERSION', [extension.name, script.extensionVersion], result);
        if (!(extension.version ?? []).includes(script.extensionVersion)) this.error('INVALID_EXTENSION_VERSION', [extension.name, script.extensionVersion], result);
      } else this.error('INVALID_ATTR_VALUE', ['src', descriptiveName(spec), value], result);
    }
    if (this.release !== 'UNKNOWN' && this.release !== script.release) {
      const names: Record<ScriptTag['release'], string> = { UNKNOWN: 'unknown', STANDARD: 'standard', LTS: 'LTS', MODULE_NOMODULE: 'module/nomodule', MODULE_NOMODULE_LTS: 'module/nomodule LTS' };
      this.error('INCORRECT_SCRIPT_RELEASE_VERSION', [spec.extension_spec?.name ?? spec.spec_name ?? '', names[script.release], names[this.release]], result);
    }
  }

  validateStyleAttr(spec: TagSpec, attr: Attr, result: Result): void {
    const bytes = utf8Length(attr.value);
    result.inlineStyleBytes = bytes;
    const parsed = parseInlineStyle(attr.value);
    for (const problem of parsed.problems) this.error(problem.code, [descriptiveName(spec), ...problem.params.slice(1)], result);
    if (parsed.problems.length > 0) return;
    const doc = this.docCss();
    if (!doc) return;
    if (doc.max_bytes_per_inline_style !== undefined && doc.max_bytes_per_inline_style >= 0 && bytes > doc.max_bytes_per_inline_style) {
      this.report(doc.max_bytes_is_warning ? 'warning' : 'error', 'INLINE_STYLE_TOO_LONG', [descriptiveName(spec), String(bytes), String(doc.max_bytes_per_inline_style)], result);
    }
    for (const declaration of parsed.declarations) {
      if (declaration.property.includes('i-amphtml-')) {
        this.error('DISALLOWED_PROPERTY_IN_ATTR_VALUE', [declaration.property, attr.name, descriptiveName(spec)], result);
        continue;
      }
      if (!doc.allow_important && declaration.important) this.error('CSS_SYNTAX_DISALLOWED_IMPORTANT', [], result);
    }
    for (const url of parsed.urls) {
      if (doc.image_url_spec) this.validateCssUrl(doc.image_url_spec, url, descriptiveName(spec), result);
      if (doc.url_bytes_included === false && !isDataUrl(url.url)) result.inlineStyleBytes -= utf8Length(url.url);
    }
  }

  validateCssUrl(spec: UrlSpec, url: CssUrl, tagName: string, result: Result | undefined, line = this.line, column = this.column): void {
    const problem = urlProblem(spec, url.url);
    if (!problem) return;
    const params = { missing: [tagName], invalid: [tagName, url.url], protocol: [tagName, url.url, problem.protocol ?? ''], relative: [tagName, url.url] }[problem.kind];
    const code = { missing: 'CSS_SYNTAX_MISSING_URL', invalid: 'CSS_SYNTAX_INVALID_URL', protocol: 'CSS_SYNTAX_INVALID_URL_PROTOCOL', relative: 'CSS_SYNTAX_DISALLOWED_RELATIVE_URL' }[problem.kind];
    this.error(code, params, result, line, column);
  }

  // ——— Layout (ValidateLayout) ———

  validateLayout(spec: TagSpec, tag: Tag, result: Result): void {
    const problem = layoutProblem(spec, tag, this.hasAncestor('TEMPLATE'));
    if (problem) this.error(problem[0], problem[1], result);
  }

  // ——— After a tag: the stack and the document-wide records (UpdateFromTagResults) ———

  updateFromTagResult(tag: Tag, result: Result, parsed: ParsedTagSpec | undefined, point?: ParsedTagSpec): void {
    const parent = this.parent();
    parent.numChildren++;
    const pass = passing(result);
    if (pass && parsed) {
      if (parsed.spec.siblings_disallowed) parent.onlyChild = { tagName: parsed.spec.tag_name, line: this.line, column: this.column };
      if (parsed.spec.mandatory_last_child) parent.lastChild = { tagName: specName(parsed.spec), line: this.line, column: this.column };
    }
    const entry: StackEntry = { tagName: tag.upper, numChildren: 0, ...(parsed && { spec: parsed }) };
    // A matched reference point may itself describe the children (amp-selector options at any depth).
    for (const source of [point, parsed]) {
      if (source?.spec.reference_points?.length) entry.referencePoints = { spec: source.spec, matched: [], line: this.line, column: this.column };
    }
    if (parsed && pass) {
      if (parsed.spec.child_tags) entry.childTags = { spec: parsed.spec, line: this.line, column: this.column };
      if (parsed.spec.cdata) entry.cdata = parsed.spec;
      if (parsed.spec.descendant_tag_list) {
        const allowed = rules.descendantTagLists.filter((list) => list.name === parsed.spec.descendant_tag_list).flatMap((list) => list.tag ?? []);
        entry.descendants = { tagName: specName(parsed.spec), allowed };
      }
    }
    this.stack.push(entry);
    if (parsed) {
      // Attributes that need an extension count as its use.
      for (const attr of tag.attrs) for (const extension of parsed.attrsByName.get(attr.name)?.requires_extension ?? []) this.used.add(extension);
      const spec = parsed.spec;
      if (spec.extension_spec) {
        this.loaded.add(spec.extension_spec.name);
        if ((spec.extension_spec.requires_usage ?? 'ERROR') === 'ERROR') this.unusedRequired.add(spec.extension_spec.name);
      }
      for (const extension of spec.requires_extension ?? []) this.used.add(extension);
      if (this.hasAncestor('HEAD')) {
        for (const extension of spec.requires_extension ?? []) {
          if (!this.loaded.has(extension))
            this.missingExtensions.push({
              extension,
              error: { code: 'MISSING_REQUIRED_EXTENSION', severity: 'error', message: format('MISSING_REQUIRED_EXTENSION', [descriptiveName(spec), extension]), line: this.line, column: this.column },
            });
        }
      }
      for (const condition of spec.satisfies_condition ?? []) this.conditions.add(condition);
      if (spec.mandatory_alternatives) this.alternatives.add(spec.mandatory_alternatives);
      if (parsed.record === 'ALWAYS' || (pass && parsed.record === 'IF_PASSING')) this.validated.add(parsed.id);
      for (const provision of result.valueSetProvisions) this.valueSetsProvided.add(provision);
      for (const requirement of result.valueSetRequirements) this.valueSetsRequired.set(requirement.key, [...(this.valueSetsRequired.get(requirement.key) ?? []), requirement.error]);
      if (pass && parsed.containsUrl && !this.firstUrlTag) this.firstUrlTag = spec;
    }
    if (this.release === 'UNKNOWN' && tag.script && (tag.script.extension || tag.script.runtime)) this.release = tag.script.release;
    this.inlineStyleBytes += result.inlineStyleBytes;
  }

  // ——— Text inside a tag (CdataMatcher::Match) ———

  matchCdata(cdata: string, line: number, column: number): void {
    const spec = this.parent().cdata;
    const cdataSpec = spec?.cdata;
    if (!spec || !cdataSpec) return;
    const name = descriptiveName(spec);
    let urlBytes = 0;
    if (cdataSpec.mandatory_cdata !== undefined) {
      if (cdataSpec.mandatory_cdata !== cdata) this.error('MANDATORY_CDATA_MISSING_OR_INCORRECT', [name], undefined);
      return;
    } else if (cdataSpec.cdata_regex !== undefined) {
      if (!fullMatch(cdataSpec.cdata_regex, cdata)) {
        this.error('MANDATORY_CDATA_MISSING_OR_INCORRECT', [name], undefined);
        return;
      }
    } else if (cdataSpec.css_spec) {
      const parsed = checkStylesheet(cdata, cdataSpec.css_spec);
      const position = (problemLine: number, problemColumn: number) => ({ line: line + problemLine - 1, column: problemLine === 1 ? column + problemColumn : problemColumn });
      for (const problem of parsed.problems) {
        const where = position(problem.line, problem.column);
        this.error(problem.code, [name, ...problem.params.slice(1)], undefined, where.line, where.column);
      }
      const doc = this.docCss();
      for (const url of parsed.urls) {
        if (!isDataUrl(url.url)) urlBytes += utf8Length(url.url);
        const urlSpec = url.font ? doc?.font_url_spec : doc?.image_url_spec;
        const where = position(url.line, url.column);
        if (urlSpec) this.validateCssUrl(urlSpec, url, name, undefined, where.line, where.column);
      }
    } else if (cdataSpec.whitespace_only && !/^\s*$/.test(cdata)) {
      this.error('NON_WHITESPACE_CDATA_ENCOUNTERED', [name], undefined);
    }
    let length = utf8Length(cdata);
    if (this.docCss()?.url_bytes_included === false) length -= urlBytes;
    if (cdataSpec.max_bytes !== undefined && length > cdataSpec.max_bytes) {
      if (spec.tag_name === 'SCRIPT') this.error('INLINE_SCRIPT_TOO_LONG', [String(utf8Length(cdata)), String(cdataSpec.max_bytes)], undefined);
      else this.error('STYLESHEET_TOO_LONG', [name, String(utf8Length(cdata)), String(cdataSpec.max_bytes)], undefined);
      return;
    }
    if (cdataSpec.doc_css_bytes) this.styleBytes += length;
    for (const denied of cdataSpec.disallowed_cdata_regex ?? []) {
      if (partialMatch(denied.regex, cdata, true)) this.error('CDATA_VIOLATES_DENYLIST', [name, denied.error_message], undefined);
    }
  }

  // ——— End of a tag and of the document ———

  exitTag(): void {
    const entry = this.stack.pop()!;
    const points = entry.referencePoints;
    for (const point of points?.spec.reference_points ?? []) {
      const id = this.rules.idsBySpecName.get(point.tag_spec_name);
      const count = points!.matched.filter((matched) => matched === id).length;
      if (point.mandatory && count === 0) this.error('MANDATORY_REFERENCE_POINT_MISSING', [point.tag_spec_name, specName(points!.spec)], undefined, points!.line, points!.column);
      if (point.unique && count > 1) this.error('DUPLICATE_REFERENCE_POINT', [point.tag_spec_name, specName(points!.spec)], undefined, points!.line, points!.column);
    }
    const childTags = entry.childTags?.spec.child_tags;
    if (childTags && entry.childTags) {
      const expected = childTags.mandatory_num_child_tags ?? -1;
      if (expected !== -1 && expected !== entry.numChildren)
        this.error('INCORRECT_NUM_CHILD_TAGS', [descriptiveName(entry.childTags.spec), String(expected), String(entry.numChildren)], undefined, entry.childTags.line, entry.childTags.column);
      const minimum = childTags.mandatory_min_num_child_tags ?? -1;
      if (minimum !== -1 && entry.numChildren < minimum)
        this.error('INCORRECT_MIN_NUM_CHILD_TAGS', [descriptiveName(entry.childTags.spec), String(minimum), String(entry.numChildren)], undefined, entry.childTags.line, entry.childTags.column);
    }
  }

  endDocument(): void {
    while (this.stack.length > 1) this.exitTag();
    for (const id of this.rules.mandatory) {
      const parsed = this.rules.tagSpecs[id]!;
      if (this.usedFor(parsed.spec) && !this.validated.has(id)) this.error('MANDATORY_TAG_MISSING', [descriptiveName(parsed.spec)], undefined);
    }
    for (const id of this.validated) {
      const parsed = this.rules.tagSpecs[id]!;
      if (!this.usedFor(parsed.spec)) continue;
      for (const condition of parsed.spec.requires_condition ?? []) if (!this.conditions.has(condition)) this.error('TAG_REQUIRED_BY_MISSING', [condition, descriptiveName(parsed.spec)], undefined);
      for (const condition of parsed.spec.excludes_condition ?? []) if (this.conditions.has(condition)) this.error('TAG_EXCLUDED_BY_TAG', [descriptiveName(parsed.spec), condition], undefined);
      for (const required of parsed.alsoRequiresTagWarning) {
        if (this.validated.has(required)) continue;
        const requiredSpec = this.rules.tagSpecs[required]!.spec;
        if (requiredSpec.extension_spec && (this.rules.extensionSpecIds.get(requiredSpec.extension_spec.name) ?? []).some((alternative) => this.validated.has(alternative))) continue;
        this.warning('WARNING_TAG_REQUIRED_BY_MISSING', [descriptiveName(requiredSpec), descriptiveName(parsed.spec)], undefined);
      }
    }
    for (const extension of [...this.unusedRequired].sort()) if (!this.used.has(extension)) this.error('EXTENSION_UNUSED', [extension], undefined);
    const missingAlternatives = new Set<string>();
    for (const spec of rules.tags) if (spec.mandatory_alternatives && !this.alternatives.has(spec.mandatory_alternatives)) missingAlternatives.add(spec.mandatory_alternatives);
    for (const alternative of [...missingAlternatives].sort()) this.error('MANDATORY_TAG_MISSING', [alternative], undefined);
    const doc = this.docCss();
    const cssBytes = this.styleBytes + this.inlineStyleBytes;
    if (doc?.max_bytes !== undefined && doc.max_bytes !== -2 && cssBytes > doc.max_bytes)
      this.report(doc.max_bytes_is_warning ? 'warning' : 'error', 'STYLESHEET_AND_INLINE_STYLE_TOO_LONG', [String(cssBytes), String(doc.max_bytes)], undefined);
    for (const [key, errors] of this.valueSetsRequired) if (!this.valueSetsProvided.has(key)) this.errors.push(...errors);
  }
}

const encoder = new TextEncoder();
const utf8Length = (text: string) => encoder.encode(text).length;
const isDataUrl = (url: string) => /^\s*data:/i.test(url);

/** The first layout problem of an AMP component (ValidateLayout), as an error code and its parameters. */
function layoutProblem(spec: TagSpec, tag: Tag, inTemplate: boolean): [string, string[]] | undefined {
  const layoutAttr = tag.get('layout');
  const widthAttr = tag.get('width');
  const heightAttr = tag.get('height');
  const sizes = tag.get('sizes');
  const heights = tag.get('heights');
  if (inTemplate && [layoutAttr, widthAttr, heightAttr, sizes, heights].some((value) => value !== undefined && /\{\{.*\}\}/.test(value))) return undefined;
  const name = descriptiveName(spec);
  const input = parseLayout(layoutAttr);
  if (layoutAttr !== undefined && input === 'UNKNOWN') return ['INVALID_ATTR_VALUE', ['layout', name, layoutAttr]];
  const inputWidth = cssLength(widthAttr, input === 'FLUID');
  if (!inputWidth.valid) return ['INVALID_ATTR_VALUE', ['width', name, widthAttr ?? '']];
  const inputHeight = cssLength(heightAttr, input === 'FLUID');
  if (!inputHeight.valid) return ['INVALID_ATTR_VALUE', ['height', name, heightAttr ?? '']];
  const width = effectiveWidth(spec.tag_name, Boolean(spec.amp_layout?.defines_default_width), input, inputWidth);
  const height = effectiveHeight(spec.tag_name, Boolean(spec.amp_layout?.defines_default_height), input, inputHeight);
  const layout = computedLayout(input, width, height, Boolean(sizes), Boolean(heights));
  if (height.auto && layout !== 'FLEX_ITEM') return ['INVALID_ATTR_VALUE', ['height', name, heightAttr ?? '']];
  const supported = spec.amp_layout?.supported_layouts ?? [];
  if (!supported.includes(layout)) {
    if (!layoutAttr && layout === 'CONTAINER' && supported.includes('RESPONSIVE')) return ['MISSING_LAYOUT_ATTRIBUTES', [name]];
    return [layoutAttr ? 'SPECIFIED_LAYOUT_INVALID' : 'IMPLIED_LAYOUT_INVALID', [layout, name]];
  }
  if (['FIXED', 'FIXED_HEIGHT', 'INTRINSIC', 'RESPONSIVE'].includes(layout) && !height.set) return ['MANDATORY_ATTR_MISSING', ['height', name]];
  if (layout === 'FIXED_HEIGHT' && width.set && !width.auto) return ['ATTR_VALUE_REQUIRED_BY_LAYOUT', [widthAttr ?? '', 'width', name, 'FIXED_HEIGHT', 'auto']];
  if (['FIXED', 'INTRINSIC', 'RESPONSIVE'].includes(layout)) {
    if (!width.set) return ['MANDATORY_ATTR_MISSING', ['width', name]];
    if (width.auto) return ['INVALID_ATTR_VALUE', ['width', name, 'auto']];
  }
  if ((layout === 'INTRINSIC' || layout === 'RESPONSIVE') && width.unit !== height.unit) return ['INCONSISTENT_UNITS_FOR_WIDTH_AND_HEIGHT', [name, width.unit, height.unit]];
  if (heights && layout !== 'RESPONSIVE') return [layoutAttr ? 'ATTR_DISALLOWED_BY_SPECIFIED_LAYOUT' : 'ATTR_DISALLOWED_BY_IMPLIED_LAYOUT', ['heights', name, layout]];
  return undefined;
}

/** What is wrong with a URL under a URL spec (ValidateUrlAndProtocol), if anything. */
function urlProblem(spec: UrlSpec, url: string): { kind: 'missing' | 'invalid' | 'protocol' | 'relative'; protocol?: string } | undefined {
  if (/^[\s\u00a0]*$/.test(url) && !spec.allow_empty) return { kind: 'missing' };
  const parsed = parseUrl(url);
  if (!parsed.valid) return { kind: 'invalid' };
  // Like the validator (and old browsers), white space before a scheme does not hide it.
  const protocol = /^([^:/?#.]+):[\s\S]*$/.exec(url)?.[1]?.toLowerCase().trimStart() ?? parsed.protocol;
  if (protocol && !(spec.protocol ?? []).includes(protocol)) return { kind: 'protocol', protocol };
  if (spec.allow_relative === false && !parsed.hasProtocol) return { kind: 'relative' };
  return undefined;
}

/** Whether a URL parses (against a base, as the validator's URL class does), and whether it names a protocol. */
function parseUrl(url: string): { valid: boolean; hasProtocol: boolean; protocol: string } {
  const scheme = /^\s*([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(url);
  try {
    new URL(url, 'https://example.com/');
    return { valid: true, hasProtocol: Boolean(scheme), protocol: scheme?.[1]?.toLowerCase() ?? '' };
  } catch {
    // The validator accepts what browsers resolve leniently (spaces, odd characters); only a broken host fails.
    return { valid: !scheme || !/^(https?|ftp|wss?):/i.test(url.trim()), hasProtocol: Boolean(scheme), protocol: scheme?.[1]?.toLowerCase() ?? '' };
  }
}

/**
 * Where start tags of a name appear in the source, outside comments and script
 * or style text: the HTML parser merges a second `<body>` into the first, so
 * only the source shows it.
 */
function startTagOffsets(html: string, name: string): number[] {
  const blank = (match: string) => ' '.repeat(match.length);
  const source = html.replace(/<!--[\s\S]*?(-->|$)/g, blank).replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, blank);
  // Quoted attribute values are consumed with their tag: `<body` inside one is text.
  return [...source.matchAll(/<([a-zA-Z][^\s/>]*)(?:[^>"']|"[^"]*"|'[^']*')*>/g)].filter((match) => match[1]!.toLowerCase() === name).map((match) => match.index);
}

function lineColumn(html: string, offset: number): { line: number; column: number } {
  const before = html.slice(0, offset).split('\n');
  return { line: before.length, column: before[before.length - 1]!.length };
}

function toTag(element: Element): Tag {
  const attrs = element.attrs
    .map((attr) => ({ name: (attr.prefix ? `${attr.prefix}:${attr.name}` : attr.name).toLowerCase(), value: attr.value }))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const tag: Tag = {
    upper: element.tagName.toUpperCase(),
    lower: element.tagName.toLowerCase(),
    attrs,
    get: (name) => attrs.find((attr) => attr.name === name)?.value,
  };
  if (tag.upper === 'SCRIPT') tag.script = scriptTag(attrs);
  return tag;
}

/** Validate an AMP document with the official rules. Errors and warnings in document order. */
export function validateSpec(html: string): SpecError[] {
  const validator = new Validator();
  const document = parse(html, { sourceCodeLocationInfo: true, scriptingEnabled: false });
  const doctype = document.childNodes.find((node) => node.nodeName === '#documentType');
  // parse5 calls a doctype with attributes (`<!doctype html lang=en>`) bogus; the validator reads them as attributes.
  const standard = doctype && 'name' in doctype && doctype.name.toLowerCase() === 'html' && !doctype.publicId && !doctype.systemId;
  if (!standard && document.mode === htmlSpec.DOCUMENT_MODE.QUIRKS) {
    const where = doctype?.sourceCodeLocation;
    validator.error('INVALID_DOCTYPE_HTML', [], undefined, where?.startLine ?? 1, where ? where.startCol - 1 : 0);
  }
  if (doctype?.sourceCodeLocation) {
    const source = html.slice(doctype.sourceCodeLocation.startOffset, doctype.sourceCodeLocation.endOffset);
    const attrs = [
      ...source
        .replace(/^<!doctype/i, '')
        .replace(/>$/, '')
        .matchAll(/([^\s=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|(\S+)))?/g),
    ].map((match) => ({
      name: match[1]!.toLowerCase(),
      value: match[2] ?? match[3] ?? match[4] ?? '',
    }));
    validator.line = doctype.sourceCodeLocation.startLine;
    validator.column = doctype.sourceCodeLocation.startCol - 1;
    // The doctype stays open: the rules make it the parent of `html`.
    validator.startTag({ upper: '!DOCTYPE', lower: '!doctype', attrs, get: (name) => attrs.find((attr) => attr.name === name)?.value }, false);
  }
  const visit = (node: Node): void => {
    if (validator.exitEarly) return;
    if (node.nodeName === '#comment' || node.nodeName === '#text' || node.nodeName === '#documentType') return;
    if (!('tagName' in node)) {
      for (const child of (node as { childNodes?: Node[] }).childNodes ?? []) visit(child);
      return;
    }
    const location = node.sourceCodeLocation;
    if (location) {
      validator.line = location.startLine;
      validator.column = location.startCol - 1;
    }
    const tag = toTag(node);
    validator.startTag(tag, tag.upper === 'BODY' && !location);
    if (validator.stopped()) return;
    if (validator.rules.tagsWithCdata.has(tag.upper)) {
      const text = node.childNodes.find((child): child is DefaultTreeAdapterMap['textNode'] => child.nodeName === '#text');
      if (text && node.childNodes[0] === text) {
        const type = tag.get('type')?.toLowerCase();
        if (!validator.hasAncestor('TEMPLATE') && (type === 'application/json' || type === 'application/ld+json')) {
          try {
            JSON.parse(text.value);
          } catch {
            validator.warning('INVALID_JSON_CDATA', [], undefined);
          }
        }
        const start = text.sourceCodeLocation;
        validator.matchCdata(text.value, start?.startLine ?? validator.line, start ? start.startCol - 1 : validator.column);
      }
    }
    const children = node.tagName === 'template' ? ((node as DefaultTreeAdapterMap['template']).content.childNodes as Node[]) : node.childNodes;
    for (const child of children) visit(child);
    validator.exitTag();
  };
  for (const child of document.childNodes) visit(child);
  const bodies = startTagOffsets(html, 'body');
  if (bodies.length > 1) {
    const where = lineColumn(html, bodies[1]!);
    validator.error('DUPLICATE_UNIQUE_TAG', ['BODY'], undefined, where.line, where.column);
  }
  if (!validator.exitEarly) validator.endDocument();
  return validator.errors.sort((a, b) => a.line - b.line || a.column - b.column);
}
