/** Narrows a value a test needs, failing with what was missing instead of a TypeError later. */
export function present<T>(value: T | null | undefined, what: string): T {
  if (value === null || value === undefined) throw new Error(`expected ${what}`);
  return value;
}
