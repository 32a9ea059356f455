/**
 * WordNet relatedness of two stems: true when they share a group of
 * wordnet-groups.ts (a synset of a common word, or one linked to it by
 * derivation: "evaporate" ~ "evaporation", "warm" ~ "heat"). The table is a
 * sorted string searched in place (only its line starts are indexed, on first
 * use), because parsing all of it would cost more than a whole `drillbit grade`.
 */
import { WORDNET_GROUPS } from './wordnet-groups.js';

let starts: Uint32Array | undefined;

function lineStarts(): Uint32Array {
  if (starts) return starts;
  const found: number[] = [0];
  for (let i = WORDNET_GROUPS.indexOf('\n'); i >= 0; i = WORDNET_GROUPS.indexOf('\n', i + 1)) found.push(i + 1);
  return (starts = Uint32Array.from(found));
}

const NONE: readonly number[] = [];
const CACHE_LIMIT = 50_000;
const cache = new Map<string, readonly number[]>();

function lookup(stem: string): readonly number[] {
  const at = lineStarts();
  let lo = 0;
  let hi = at.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const start = at[mid]!;
    const space = WORDNET_GROUPS.indexOf(' ', start);
    const key = WORDNET_GROUPS.slice(start, space);
    if (key === stem) {
      const end = mid + 1 < at.length ? at[mid + 1]! - 1 : WORDNET_GROUPS.length;
      return WORDNET_GROUPS.slice(space + 1, end).split(' ').map((n) => parseInt(n, 36));
    }
    if (key < stem) lo = mid + 1;
    else hi = mid - 1;
  }
  return NONE;
}

/** The WordNet groups a stem belongs to (ascending; empty when unknown). */
export function groupsOfStem(stem: string): readonly number[] {
  let groups = cache.get(stem);
  if (groups === undefined) {
    groups = lookup(stem);
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(stem, groups);
  }
  return groups;
}

/** True when two ascending group lists share a group (linear merge). */
export function shareGroup(a: readonly number[], b: readonly number[]): boolean {
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) return true;
    if (a[i]! < b[j]!) i++;
    else j++;
  }
  return false;
}

/** True when WordNet relates stems `a` and `b` (and they differ). */
export function related(a: string, b: string): boolean {
  return a !== b && shareGroup(groupsOfStem(a), groupsOfStem(b));
}
