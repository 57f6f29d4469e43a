import fc from 'fast-check';

/**
 * Every property test runs from one seed, so `npm test` checks the same
 * cases on every machine and every run: a fresh clone never fails at random.
 * `npm run test:fuzz` explores further with a new seed (printed) and more
 * runs; to replay a failure it found, run the same command with
 * `PRESSWORK_FC_SEED=<seed>` (and the same `PRESSWORK_FC_RUNS`).
 */
export const seed = process.env.PRESSWORK_FC_SEED ? Number(process.env.PRESSWORK_FC_SEED) : 20_261_129;

/** How many times more cases than `npm test` each property runs (`PRESSWORK_FC_RUNS`, default 1). */
export const runFactor = Math.max(Number(process.env.PRESSWORK_FC_RUNS ?? 1) || 1, 0.01);

/** fast-check parameters: the shared seed and `numRuns` scaled by the run factor. */
export function seeded<T>(numRuns: number, parameters: fc.Parameters<T> = {}): fc.Parameters<T> {
  return { ...parameters, seed, numRuns: Math.max(1, Math.round(numRuns * runFactor)) };
}

/** Make the seed the default for any property, including those without `seeded()`. */
export function configureFastCheck(): void {
  fc.configureGlobal({ ...fc.readConfigureGlobal(), seed });
}
