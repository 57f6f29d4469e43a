import { createRequire } from 'node:module';

// Source (src/cli) and build (dist/cli) both sit two folders below package.json.
export const version: string = (createRequire(import.meta.url)('../../package.json') as { version: string }).version;
