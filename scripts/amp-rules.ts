/**
 * Generate `src/amp-validator/spec/rules.ts` from the vendored official AMP
 * validator rules (`vendor/amphtml`, see its README): `npm run amp:rules`.
 *
 * The rule files are protocol buffers in text format. protobufjs reads the
 * schema (`validator.proto`), which says which fields repeat and which name a
 * message; the text format itself is read here (protobufjs has no reader for it).
 * Only what the AMP format uses is kept: specs for AMP4ADS/AMP4EMAIL go, and so
 * do documentation fields (spec URLs, deprecation URLs).
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import protobuf from 'protobufjs';

const vendor = 'vendor/amphtml';
const root = protobuf.parse(readFileSync(join(vendor, 'validator/validator.proto'), 'utf8'), { keepCase: true }).root;
const rulesType = root.lookupType('amp.validator.ValidatorRules');

type Value = string | number | boolean | Message | Value[];
interface Message {
  [field: string]: Value;
}

/** Tokens of the text format: strings (adjacent ones joined), words, and punctuation. */
interface Token {
  kind: 'string' | 'word' | 'punct';
  value: string;
}

function* tokens(source: string): Generator<Token, undefined> {
  const pattern = /\s+|#[^\n]*|"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)'|([A-Za-z0-9_.+-]+)|([{}:<>[\],;])/gy;
  let match: RegExpExecArray | null;
  let pending: string | undefined;
  while (pattern.lastIndex < source.length && (match = pattern.exec(source))) {
    const quoted = match[1] ?? match[2];
    if (quoted !== undefined) {
      pending = (pending ?? '') + unescape(quoted);
      continue;
    }
    if (match[3] === undefined && match[4] === undefined) continue;
    if (pending !== undefined) yield { kind: 'string', value: pending };
    pending = undefined;
    yield match[3] !== undefined ? { kind: 'word', value: match[3] } : { kind: 'punct', value: match[4]! };
  }
  if (pattern.lastIndex < source.length) throw new Error(`Cannot read the rules at offset ${pattern.lastIndex}: ${source.slice(pattern.lastIndex, pattern.lastIndex + 40)}`);
  if (pending !== undefined) yield { kind: 'string', value: pending };
}

function unescape(text: string): string {
  return text.replace(/\\(x[0-9a-fA-F]{2}|[0-7]{1,3}|.)/g, (_, code: string) => {
    if (code[0] === 'x') return String.fromCharCode(parseInt(code.slice(1), 16));
    if (/^[0-7]+$/.test(code)) return String.fromCharCode(parseInt(code, 8));
    return ({ n: '\n', t: '\t', r: '\r' } as Record<string, string>)[code] ?? code;
  });
}

/** Read one message body (up to its closing brace, or the end) typed by `type`. */
function readMessage(stream: Iterator<Token, undefined>, type: protobuf.Type, closing: string | undefined): Message {
  const take = (): Token => {
    const next = stream.next();
    if (next.done) throw new Error(`Unexpected end of ${type.name}`);
    return next.value;
  };
  const message: Message = {};
  for (;;) {
    const next = stream.next();
    if (next.done) {
      if (closing) throw new Error(`Unclosed ${type.name}`);
      return message;
    }
    const token = next.value;
    if (token.kind === 'punct' && token.value === closing) return message;
    if (token.kind === 'punct' && (token.value === ',' || token.value === ';')) continue;
    const field = type.fields[token.value];
    if (!field) throw new Error(`${type.name} has no field ${token.value}`);
    field.resolve();
    let value = take();
    if (value.kind === 'punct' && value.value === ':') value = take();
    let read: Value;
    if (field.resolvedType instanceof protobuf.Type) {
      if (value.value !== '{' && value.value !== '<') throw new Error(`${type.name}.${field.name}: expected a message`);
      read = readMessage(stream, field.resolvedType, value.value === '{' ? '}' : '>');
    } else if (field.type === 'bool') read = value.value === 'true';
    else if (/int|float|double/.test(field.type)) read = Number(value.value);
    else read = value.value;
    if (field.repeated) ((message[field.name] ??= []) as Value[]).push(read);
    else message[field.name] = read;
  }
}

const formatsOf = (message: Message) => (message.html_format as string[] | undefined) ?? [];
const forAmp = (message: Message) => formatsOf(message).length === 0 || formatsOf(message).includes('AMP');

/** Drop what validation never reads. */
function prune(value: Value): Value {
  if (Array.isArray(value)) return value.map(prune);
  if (typeof value !== 'object') return value;
  const out: Message = {};
  for (const [key, field] of Object.entries(value)) {
    if (/spec_url$|^deprecation_url$|^html_format$/.test(key)) continue;
    out[key] = prune(field);
  }
  return out;
}

/** The generated module's text. */
export function generateRules(): string {
  const files = [
    join(vendor, 'validator/validator-main.protoascii'),
    join(vendor, 'validator/validator-css.protoascii'),
    join(vendor, 'validator/validator-svg.protoascii'),
    ...readdirSync(join(vendor, 'extensions'))
      .sort()
      .flatMap((name) =>
        readdirSync(join(vendor, 'extensions', name))
          .filter((file) => file.endsWith('.protoascii'))
          .map((file) => join(vendor, 'extensions', name, file)),
      ),
  ];
  const merged: Record<string, Value[]> = {};
  for (const file of files) {
    const message = readMessage(tokens(readFileSync(file, 'utf8')), rulesType, undefined);
    for (const [key, value] of Object.entries(message)) if (Array.isArray(value)) (merged[key] ??= []).push(...value);
  }

  const rules = {
    tags: (merged.tags as Message[]).filter(forAmp).map(prune),
    attrLists: merged.attr_lists!.map(prune),
    css: (merged.css as Message[]).filter(forAmp).map(prune),
    doc: (merged.doc as Message[]).filter(forAmp).map(prune),
    descendantTagLists: (merged.descendant_tag_list as Message[]).filter(forAmp).map(prune),
    declarationLists: (merged.declaration_list ?? []).map(prune),
    errorFormats: Object.fromEntries((merged.error_formats as Message[]).map((format) => [format.code as string, format.format as string])),
    errorSpecificity: Object.fromEntries((merged.error_specificity as Message[]).map((entry) => [entry.code as string, entry.specificity as number])),
  };

  const commit = /commit `([0-9a-f]{40})`/.exec(readFileSync(join(vendor, 'README.md'), 'utf8'))?.[1];
  return `// Generated by scripts/amp-rules.ts from the official AMP validator rules
// (ampproject/amphtml ${commit}, Apache License 2.0; vendor/amphtml). Do not edit.
import type { ValidatorRules } from './types.js';

export const rules: ValidatorRules = JSON.parse(${JSON.stringify(JSON.stringify(rules))}) as ValidatorRules;
`;
}

export const generatedRulesFile = 'src/amp-validator/spec/rules.ts';

// `npm run amp:rules`: write the file (a test checks it matches the vendored rules).
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  writeFileSync(generatedRulesFile, generateRules());
  console.log(`wrote ${generatedRulesFile}`);
}
