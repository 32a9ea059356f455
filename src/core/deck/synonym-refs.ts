/**
 * `$name` references to a deck's synonym groups, shared by the grader (which
 * expands them) and lint (which checks them), so both read a phrase alike.
 * Names are looked up as own properties only: `$constructor` or `$toString`
 * name no group, whatever Object.prototype holds.
 */

/** A `$name` reference inside a phrasing. */
export const SYNONYM_REF = /\$([a-z0-9][a-z0-9._-]*)/g;
/** Phrasings one phrase may expand to; beyond it the rest are dropped (and lint says so). */
export const MAX_EXPANSIONS = 64;
/** Nested or successive references expanded per phrase; later ones stay as written. */
export const MAX_REF_DEPTH = 4;

/** The group `name` of `synonyms`, only when it is the deck's own list. */
export function synonymGroup(synonyms: Readonly<Record<string, unknown>> | undefined, name: string): readonly string[] | undefined {
  if (!synonyms || !Object.hasOwn(synonyms, name)) return undefined;
  const group = synonyms[name];
  return Array.isArray(group) ? (group as string[]) : undefined;
}

/** The `$name` references in `phrase`, in order. */
export const synonymNames = (phrase: string): string[] => [...phrase.matchAll(SYNONYM_REF)].map((m) => m[1]!);

/**
 * How many phrasings `phrase` expands to, counted the way the grader expands
 * it, stopping as soon as the count passes `cap` (so counting stays cheap).
 */
export function expansionCount(phrase: string, synonyms: Readonly<Record<string, unknown>> | undefined, cap = MAX_EXPANSIONS, depth = 0): number {
  const match = new RegExp(SYNONYM_REF.source).exec(phrase);
  if (!match || depth >= MAX_REF_DEPTH) return 1;
  const group = synonymGroup(synonyms, match[1]!);
  if (!group) return 1;
  let total = 0;
  for (const alt of group) {
    total += expansionCount(phrase.replace(match[0], () => alt), synonyms, cap - total, depth + 1);
    if (total > cap) return total;
  }
  return total;
}

/** References past MAX_REF_DEPTH in `phrase` (left unexpanded by the grader). */
export function refsBeyondDepth(phrase: string): number {
  return Math.max(0, synonymNames(phrase).length - MAX_REF_DEPTH);
}
