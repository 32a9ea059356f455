/** The `number` and `cidr` matchers: a quantity or a subnet the answer states, clause by clause. */
import type { NumberSpec } from '../deck/schema.js';
import type { AnalysedClause } from './phrase.js';
import { parseCidrs, parseQuantities, toBase, type CidrMention } from './units.js';
import { normalize } from './normalize.js';
import { listsValues, readingFor } from './hedge.js';
import type { MatchOutcome } from './matcher.js';

/** The first clause that states `spec`'s number (in a convertible unit, within tolerance), not as a hedge or in another number's role. */
export function numberOutcome(spec: NumberSpec, clauses: readonly AnalysedClause[], _answer: string): MatchOutcome {
  const target = toBase(spec.value, spec.unit);
  const tolerance = toBase(spec.tolerance ?? 0, spec.unit).value;
  const hedge = readingFor(spec);
  for (const clause of clauses) {
    // "either 10 or 30 seconds" offers guesses and states neither.
    if (listsValues(clause.text, hedge.read, hedge.tolerance)) continue;
    for (const q of parseQuantities(normalize(clause.text))) {
      if (clause.misbound?.values.has(Number(/^[\d.]+/.exec(q.raw)?.[0]))) continue;
      const sameDimension = q.dimension === target.dimension || q.dimension === 'count' || target.dimension === 'count';
      // A bare number is read in the spec's own unit ("concurrency 80").
      const value = q.dimension === 'count' && target.dimension !== 'count' ? toBase(q.value, spec.unit).value : q.value;
      if (sameDimension && Math.abs(value - target.value) <= tolerance + 1e-9 * Math.abs(target.value)) {
        return { met: true, evidence: clause.text };
      }
    }
  }
  return { met: false };
}

/** The first clause that gives `spec`'s prefix (and address, when it has one). */
export function cidrOutcome(spec: CidrMention | undefined, clauses: readonly AnalysedClause[]): MatchOutcome {
  if (!spec) return { met: false };
  for (const clause of clauses) {
    for (const c of parseCidrs(normalize(clause.text))) {
      if (c.prefix === spec.prefix && (!spec.address || c.address === spec.address)) return { met: true, evidence: clause.text };
    }
  }
  return { met: false };
}
