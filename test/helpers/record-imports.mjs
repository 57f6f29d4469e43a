// Preloaded with `node --import`: appends every package the process (or its
// workers) loads to the file named by PRESSWORK_IMPORT_LOG, one per line.
import { register } from 'node:module';

register(
  `data:text/javascript,${encodeURIComponent(`
import { appendFileSync } from 'node:fs';
export async function resolve(specifier, context, next) {
  const result = await next(specifier, context);
  const match = /node_modules\\/((?:@[^/]+\\/)?[^/]+)\\//.exec(result.url);
  if (match) appendFileSync(${JSON.stringify(process.env.PRESSWORK_IMPORT_LOG)}, match[1] + '\\n');
  return result;
}
`)}`,
);
