import * as z from 'zod';
import { articleSchema } from './article.js';
import { block } from './blocks.js';
import { inlineNode } from './inline.js';
import { extensionTypePattern } from './extensions.js';
import { schemaVersion } from './migrate.js';

/** Any extension node: a namespaced `type`; its own schema (its extension's) judges the rest. */
const extensionNode = (kind: string): z.core.JSONSchema.JSONSchema => ({
  type: 'object' as const,
  description: `An extension ${kind} (a registered type such as \`acme:poll\`); its fields are checked by its extension`,
  required: ['type'],
  properties: { type: { type: 'string' as const, pattern: extensionTypePattern.source } },
});

/**
 * The JSON Schema (draft 2020-12) of the canonical article form, generated
 * from the same schema that validates at run time. Published as
 * `presswork/schema.json` for CMS editors and IDEs. Extension blocks and
 * inline nodes are allowed by their namespaced `type`.
 */
export function articleJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(articleSchema, {
    target: 'draft-2020-12',
    unrepresentable: 'any',
    io: 'input',
    override(ctx) {
      const kind = ctx.zodSchema === block ? 'block' : ctx.zodSchema === inlineNode ? 'inline node' : undefined;
      const options = ctx.jsonSchema.oneOf ?? ctx.jsonSchema.anyOf;
      if (kind && options) options.push(extensionNode(kind));
    },
  });
  return {
    ...schema,
    $id: `https://presswork.dev/schema/article-${schemaVersion}.json`,
    title: 'presswork article',
    description: `A news article in the presswork canonical JSON form (schemaVersion ${schemaVersion}).`,
  };
}
