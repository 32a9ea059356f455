/** IDF stand-in when no deck statistics are given: every content word weighs 1. */
export function fallbackIdf(_stem: string): number {
  return 1;
}
