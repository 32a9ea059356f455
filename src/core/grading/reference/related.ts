/**
 * WordNet relatedness of two stems: true when they share a group of
 * wordnet-groups.ts (a synset of a common word, or one linked to it by
 * derivation: "evaporate" ~ "evaporation", "warm" ~ "heat"). The table is a
 * sorted string searched in place (sorted-table.ts): parsing all of it, or
 * even indexing its ~22,000 line starts, would cost more than a whole `drillbit grade`.
 */
import { WORDNET_GROUPS } from './wordnet-groups.js';
import { findLine } from './sorted-table.js';
import { boundedMemo } from '../memo.js';

const NONE: readonly number[] = [];
const CACHE_LIMIT = 50_000;
const memo = boundedMemo<string, readonly number[]>(CACHE_LIMIT);

function lookup(stem: string): readonly number[] {
  const rest = findLine(WORDNET_GROUPS, stem);
  return rest === undefined ? NONE : rest.split(' ').map((n) => parseInt(n, 36));
}

/** The WordNet groups a stem belongs to (ascending; empty when unknown). */
export function groupsOfStem(stem: string): readonly number[] {
  return memo(stem, () => lookup(stem));
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
