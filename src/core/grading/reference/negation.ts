/**
 * Polarity of the key terms an answer meets, read from the negation scope of
 * the clause each one sits in (tokenize.ts: "not", "never", "without", … up
 * to the next comma or the clause's end). "The water did not evaporate" meets
 * "evaporate" as well as "The water evaporated" does; the overlap features
 * cannot tell them apart, the scope can. A whole-answer "has a negation" flag
 * (tried before) cannot either: the negation may deny some other part.
 */
import type { KeyTerm } from './prepare.js';

/** One content word of a text, as the reference scorer stems it, and whether it sits in a negated scope. */
export interface ScopedStem {
  stem: string;
  negated: boolean;
}

/** Answer words beyond this many are not looked at (bounds the work on huge input). */
export const MAX_SCOPED_WORDS = 20_000;

/**
 * [negationMismatch, negatedTerms, negatedShare] of an answer:
 * - negationMismatch: IDF-weighted share of the key terms the answer meets
 *   whose polarity differs from the reference's (the answer's every mention
 *   negated against a reference that affirms it, or the other way round);
 * - negatedTerms: weighted share of the met key terms the answer only ever negates;
 * - negatedShare: share of the answer's content words in a negated scope.
 * `negatedInReference` holds the key stems the reference only ever negates;
 * `meets(stem)` gives, per key term, whether an answer stem meets it (exact,
 * near or related, as features.ts credits it), or undefined for a stem the
 * overlap features did not look at. Pure; O(distinct stems × key terms).
 */
export function negationFeatures(
  terms: readonly KeyTerm[],
  negatedInReference: ReadonlySet<string>,
  answer: readonly ScopedStem[],
  meets: (stem: string) => readonly boolean[] | undefined,
): number[] {
  const words = answer.length > MAX_SCOPED_WORDS ? answer.slice(0, MAX_SCOPED_WORDS) : answer;
  // Per key term: met at all, and met outside any negated scope.
  const met = terms.map(() => false);
  const affirmed = terms.map(() => false);
  // Each stem is looked at once negated and once affirmed at most.
  const seenNegated = new Set<string>();
  const seenAffirmed = new Set<string>();
  let negatedWords = 0;
  for (const w of words) {
    if (w.negated) negatedWords++;
    const seen = w.negated ? seenNegated : seenAffirmed;
    if (seen.has(w.stem)) continue;
    seen.add(w.stem);
    const row = meets(w.stem);
    if (!row) continue;
    row.forEach((hit, i) => {
      if (!hit) return;
      met[i] = true;
      if (!w.negated) affirmed[i] = true;
    });
  }
  let metWeight = 0;
  let mismatch = 0;
  let negated = 0;
  terms.forEach((t, i) => {
    if (!met[i]) return;
    metWeight += t.weight;
    const answerDenies = !affirmed[i];
    if (answerDenies !== negatedInReference.has(t.stem)) mismatch += t.weight;
    if (answerDenies) negated += t.weight;
  });
  return [
    metWeight > 0 ? mismatch / metWeight : 0,
    metWeight > 0 ? negated / metWeight : 0,
    words.length ? negatedWords / words.length : 0,
  ];
}
