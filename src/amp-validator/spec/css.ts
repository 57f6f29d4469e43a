// CSS checks of the official validator (CdataMatcher::MatchCss and
// ValidateAttrCss in validator-internal.cc), on css-tree's parse. Selectors,
// values and at-rule preludes are kept raw: the validator does not judge their
// grammar for the AMP format, and css-tree would reject what browsers accept.
import type { CssNode, WalkContext } from 'css-tree';
import parse from 'css-tree/parser';
import walk from 'css-tree/walker';
import type { CssSpec } from './types.js';

export interface CssProblem {
  code: string;
  params: string[];
  /** 1-based line and 0-based column inside the CSS text. */
  line: number;
  column: number;
}

export interface CssUrl {
  url: string;
  /** Inside `@font-face` (checked against the font URL rules). */
  font: boolean;
  line: number;
  column: number;
}

export interface ParsedCss {
  problems: CssProblem[];
  urls: CssUrl[];
}

const stripVendorPrefix = (name: string) => name.replace(/^-[a-z]+-/i, '');
/**
 * The `url(…)` references in a declaration value or prelude, as CSS tokenizes
 * them: a quoted string must be followed by `)`, an unquoted URL may not hold
 * quotes, parentheses or inner white space (the validator's "bad url").
 */
function urlsIn(value: string, font: boolean, line: number, column: number, problems: CssProblem[]): CssUrl[] {
  const urls: CssUrl[] = [];
  for (const match of value.matchAll(/url\(\s*/gi)) {
    const rest = value.slice(match.index + match[0].length);
    const quoted = /^(["'])((?:(?!\1)[^\\\n]|\\.)*)\1\s*\)/.exec(rest);
    const unquoted = /^([^"'()\s\\]*)\s*\)/.exec(rest);
    if (quoted) urls.push({ url: quoted[2]!, font, line, column });
    else if (unquoted) urls.push({ url: unquoted[1]!, font, line, column });
    else problems.push({ code: 'CSS_SYNTAX_BAD_URL', params: ['', 'style'], line, column });
  }
  return urls;
}

const at = (node: CssNode) => ({ line: node.loc?.start.line ?? 1, column: (node.loc?.start.column ?? 1) - 1 });

/** A stylesheet (`style amp-custom`, `style amp-keyframes`) checked against its CSS spec. */
export function checkStylesheet(css: string, spec: CssSpec): ParsedCss {
  const problems: CssProblem[] = [];
  const urls: CssUrl[] = [];
  const tree = parse(css, {
    positions: true,
    parseValue: false,
    parseRulePrelude: false,
    parseAtrulePrelude: false,
    parseCustomProperty: false,
    onParseError: (error) => {
      const { line = 1, column = 1 } = error as { line?: number; column?: number };
      problems.push({ code: /url/i.test(error.message) ? 'CSS_SYNTAX_BAD_URL' : 'CSS_SYNTAX_INVALID_DECLARATION', params: ['', 'style'], line, column: column - 1 });
    },
  });
  const allowedAtRules = new Set((spec.at_rule_spec ?? []).map((rule) => rule.name));
  const allowedDeclarations = spec.declaration ?? [];
  walk(tree, {
    enter(this: WalkContext, node: CssNode) {
      const where = at(node);
      if (node.type === 'Atrule') {
        if (!allowedAtRules.has(stripVendorPrefix(node.name)) && !allowedAtRules.has(node.name)) problems.push({ code: 'CSS_SYNTAX_INVALID_AT_RULE', params: ['', node.name], ...where });
        if (node.prelude?.type === 'Raw') urls.push(...urlsIn(node.prelude.value, false, where.line, where.column, problems));
      } else if (node.type === 'Declaration') {
        const font = this.atrule?.name === 'font-face';
        const value = node.value.type === 'Raw' ? node.value.value : '';
        urls.push(...urlsIn(value, font, where.line, where.column, problems));
        if (node.important && !spec.allow_important) problems.push({ code: 'CSS_SYNTAX_DISALLOWED_IMPORTANT', params: [], ...where });
        if (allowedDeclarations.length > 0 && !allowedDeclarations.includes(stripVendorPrefix(node.property))) {
          problems.push(
            allowedDeclarations.length > 5
              ? { code: 'CSS_SYNTAX_INVALID_PROPERTY_NOLIST', params: ['', node.property], ...where }
              : { code: 'CSS_SYNTAX_INVALID_PROPERTY', params: ['', node.property, `['${allowedDeclarations.join("', '")}']`], ...where },
          );
        }
      }
    },
  });
  if (spec.validate_keyframes) problems.push(...keyframesOnly(tree));
  return { problems, urls };
}

/** `style amp-keyframes` holds only keyframes (in `@media`/`@supports` at most). */
function keyframesOnly(tree: CssNode): CssProblem[] {
  const problems: CssProblem[] = [];
  const visit = (node: CssNode, inKeyframes: boolean) => {
    if (node.type === 'Atrule') {
      const keyframes = stripVendorPrefix(node.name) === 'keyframes';
      if (keyframes && inKeyframes) problems.push({ code: 'CSS_SYNTAX_DISALLOWED_KEYFRAME_INSIDE_KEYFRAME', params: ['', 'style'], ...at(node) });
      node.block?.children.forEach((child) => {
        visit(child, inKeyframes || keyframes);
      });
    } else if (node.type === 'Rule' && !inKeyframes) {
      problems.push({ code: 'CSS_SYNTAX_DISALLOWED_QUALIFIED_RULE_MUST_BE_INSIDE_KEYFRAME', params: ['', 'style'], ...at(node) });
    } else if (node.type === 'StyleSheet') {
      node.children.forEach((child) => {
        visit(child, inKeyframes);
      });
    }
  };
  visit(tree, false);
  return problems;
}

export interface ParsedDeclarations extends ParsedCss {
  declarations: { property: string; important: boolean }[];
}

/** A `style` attribute's declarations. */
export function parseInlineStyle(css: string): ParsedDeclarations {
  const problems: CssProblem[] = [];
  const urls: CssUrl[] = [];
  const declarations: ParsedDeclarations['declarations'] = [];
  const tree = parse(css, {
    context: 'declarationList',
    positions: true,
    parseValue: false,
    parseCustomProperty: false,
    onParseError: () => {
      problems.push({ code: 'CSS_SYNTAX_INVALID_DECLARATION', params: ['', 'style'], line: 1, column: 0 });
    },
  });
  walk(tree, {
    visit: 'Declaration',
    enter(node) {
      declarations.push({ property: node.property, important: Boolean(node.important) });
      if (node.value.type === 'Raw') urls.push(...urlsIn(node.value.value, false, 1, 0, problems));
    },
  });
  return { problems, urls, declarations };
}
