// Worker entry when presswork runs from its TypeScript source (tests, `tsx`):
// Node 20 does not pass `--import` loaders into worker threads, so the
// worker registers tsx itself. The published build uses worker.js directly.
import { register } from 'tsx/esm/api';

register();
const { default: check } = await import('./worker.ts');
export default check;
