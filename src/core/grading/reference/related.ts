/**
 * WordNet relatedness of two stems: true when they share a group of
 * wordnet-groups.ts (a synset of a common word, or one linked to it by
 * derivation: "evaporate" ~ "evaporation", "warm" ~ "heat"). The table is
 * parsed on first use, so commands that never grade against a reference
 * never pay for it.
 */
import { WORDNET_GROUPS } from './wordnet-groups.js';

let groupsOf: Map<string, number[]> | undefined;

function table(): Map<string, number[]> {
  if (groupsOf) return groupsOf;
  const map = new Map<string, number[]>();
  let id = 0;
  for (const line of WORDNET_GROUPS.split('\n')) {
    for (const s of line.split(' ')) {
      const ids = map.get(s);
      if (ids) ids.push(id);
      else map.set(s, [id]);
    }
    id++;
  }
  return (groupsOf = map);
}

const NONE: readonly number[] = [];

/** The WordNet groups a stem belongs to (sorted ascending; empty when unknown). */
export function groupsOfStem(stem: string): readonly number[] {
  return table().get(stem) ?? NONE;
}

/** True when two sorted group lists share a group (linear merge). */
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
