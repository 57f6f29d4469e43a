/** A mistake in how the CLI was called (exit code 2), with a message naming the path or flag. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}
