// Writes the generated assets of the package from the built code, so each
// has one source: dist/schema.json from the runtime schema, dist/styles.css
// from the stylesheet the renderers inline.
import { writeFile } from 'node:fs/promises';
import { articleJsonSchema, defaultStylesheet } from '../dist/index.js';
import { recordBuild } from './source-hash.mjs';

await writeFile(new URL('../dist/schema.json', import.meta.url), `${JSON.stringify(articleJsonSchema(), null, 2)}\n`);
await writeFile(new URL('../dist/styles.css', import.meta.url), defaultStylesheet);
recordBuild();
console.log('presswork built: dist/ (ESM, CJS, types, CLI), dist/schema.json, dist/styles.css');
