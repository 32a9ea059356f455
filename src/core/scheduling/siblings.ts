/**
 * Reorders a queue so that two cards of the same group (siblings) are never
 * back to back, moving the nearest later non-sibling forward. Cards without a
 * group never clash. When only siblings remain, they stay in order.
 */
export function spreadSiblings<T>(items: readonly T[], groupOf: (item: T) => string | undefined, previousGroup?: string): T[] {
  const rest = [...items];
  const out: T[] = [];
  let last = previousGroup;
  while (rest.length) {
    let i = 0;
    if (last !== undefined) {
      const found = rest.findIndex((item) => groupOf(item) !== last);
      i = found === -1 ? 0 : found;
    }
    const [item] = rest.splice(i, 1);
    out.push(item!);
    last = groupOf(item!);
  }
  return out;
}
