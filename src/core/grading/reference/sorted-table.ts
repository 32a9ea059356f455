/**
 * Look-up in a generated table of lines "key rest…", sorted by key in code
 * unit order (wordnet-groups.ts, irregular-forms.ts). The table is searched
 * in place, a binary search over character offsets with each probe widened
 * to its line, because splitting or indexing a table of thousands of lines
 * would cost more than a whole one-answer `drillbit grade`.
 */

/** The rest of the line whose key is `key` (after its first space), or undefined. O(log table length). */
export function findLine(table: string, key: string): string | undefined {
  // Invariant: the line for `key`, if any, starts in [lo, hi).
  let lo = 0;
  let hi = table.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const start = table.lastIndexOf('\n', mid - 1) + 1;
    let end = table.indexOf('\n', mid);
    if (end < 0) end = table.length;
    const space = table.indexOf(' ', start);
    const found = table.slice(start, space);
    if (found === key) return table.slice(space + 1, end);
    if (found < key) lo = end + 1;
    else hi = start;
  }
  return undefined;
}
