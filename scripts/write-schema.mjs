// Writes dist/schema.json from the built package, so the published JSON
// Schema is generated from the very schema that validates at run time.
import { writeFile } from 'node:fs/promises';
import { articleJsonSchema } from '../dist/index.js';

await writeFile(new URL('../dist/schema.json', import.meta.url), `${JSON.stringify(articleJsonSchema(), null, 2)}\n`);
