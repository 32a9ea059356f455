/**
 * Who-does-what swapped between named entities. When a rubric pairs each of
 * two entities with what it is ("ECS" with orchestrating, "Fargate" with
 * serverless compute), a clause that says the other entity *is* that thing
 * ("ECS is the serverless option", "Fargate is the orchestrator"), without
 * naming the right one, has swapped their roles.
 */
import type { CompiledCriterion } from './compile.js';
import type { ContradictionResult } from './types.js';
import { findHits, type AnalysedClause } from './phrase.js';

const COPULA = new Set(['is', 'are', 'was', 'were', 'be', 'means', 'acts', 'serves']);

interface Pairing {
  names: Set<string>;
  criterion: CompiledCriterion;
}

/** The criteria of the form together: [[entity names], [what it is or does]]. */
function pairings(criteria: readonly CompiledCriterion[]): Pairing[] {
  const out: Pairing[] = [];
  for (const c of criteria) {
    const m = c.matcher;
    if (m.kind !== 'together' || m.deny || !m.first.length || !m.first.every((p) => p.entity)) continue;
    out.push({ names: new Set(m.first.map((p) => p.entity!)), criterion: c });
  }
  return out;
}

/** A clause whose subject is one paired entity and which says it is what another entity is. */
export function swappedRoles(criteria: readonly CompiledCriterion[], clauses: readonly AnalysedClause[]): ContradictionResult | undefined {
  const pairs = pairings(criteria);
  if (pairs.length < 2) return undefined;
  for (const own of pairs) {
    const m = own.criterion.matcher;
    if (m.kind !== 'together') continue;
    for (const hit of findHits(m.second, clauses)) {
      const clause = clauses[hit.clause]!;
      const subject = clause.subject;
      if (!hit.affirmed || !subject || own.names.has(subject.name)) continue;
      const other = pairs.find((p) => p !== own && p.names.has(subject.name));
      if (!other || (clause.mentions ?? []).some((x) => own.names.has(x.name))) continue;
      // Only a statement of identity: "<subject> is …" with the hit after the copula.
      const copula = clause.words.findIndex((w, i) => i > subject.at && i <= subject.at + 3 && COPULA.has(w));
      if (copula < 0 || hit.from <= copula) continue;
      const who = m.first[0]!.source;
      return { id: 'swapped-roles', evidence: clause.text, message: `Swapped: "${hit.phrase.source}" describes ${who}, not ${other.criterion.matcher.kind === 'together' ? other.criterion.matcher.first[0]!.source : subject.name}.` };
    }
  }
  return undefined;
}
