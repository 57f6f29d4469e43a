import * as z from 'zod';
import { articleSchema } from './article.js';

/**
 * The JSON Schema (draft 2020-12) of the canonical article form, generated
 * from the same schema that validates at run time. Published as
 * `presswork/schema.json` for CMS editors and IDEs.
 */
export function articleJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(articleSchema, { target: 'draft-2020-12', unrepresentable: 'any', io: 'input' });
  return {
    ...schema,
    $id: 'https://presswork.dev/schema/article-1.json',
    title: 'presswork article',
    description: 'A news article in the presswork canonical JSON form (schemaVersion 1).',
  };
}
