/**
 * The one bounded memo of the grader. Stems, WordNet lookups, IDF weights and
 * prepared references are asked for again and again in a session, so each is
 * remembered; each table empties itself once it holds `limit` entries, so a
 * long session's memory stays bounded without bookkeeping per entry.
 */

/** Returns the value remembered for `key`, computing (and remembering) it on a miss. */
export type Memo<K, V> = (key: K, compute: () => V) => V;

/** A memo table of at most `limit` keys: when full, it starts over. */
export function boundedMemo<K, V>(limit: number): Memo<K, V> {
  const table = new Map<K, V>();
  return (key, compute) => {
    if (table.has(key)) return table.get(key) as V;
    const value = compute();
    if (table.size >= limit) table.clear();
    table.set(key, value);
    return value;
  };
}
