/** Defaults with the caller's overrides on top; the defaults themselves when there are none (no copy per render). */
export function withOverrides<T extends object>(defaults: T, overrides: Partial<T> | undefined): T {
  return overrides ? { ...defaults, ...overrides } : defaults;
}
