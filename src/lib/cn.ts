/** Joins class names, skipping the falsy ones, so conditional styles read as one expression. */
export function cn(...parts: Array<string | false | null | undefined>): string {
  return parts.filter(Boolean).join(' ');
}
