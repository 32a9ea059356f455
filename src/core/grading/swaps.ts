/**
 * Who-does-what swapped between named entities. A rubric binds an entity to
 * what it is or does with `together: [[entity names], [what]]` (ECS with
 * orchestrating, Cloud Run with its 8 vCPU). A clause that says that of
 * another entity the card talks about ("Fargate schedules the tasks", "A
 * Fargate instance tops out at 8 vCPU") without naming the right one, and
 * without saying the other entity's own bound thing, has swapped them.
 */
import type { CompiledCriterion } from './compile.js';
import type { ContradictionResult } from './types.js';
import type { Matcher } from './matcher.js';
import { findHits } from './find-hits.js';
import type { AnalysedClause, Hit, Phrase } from './phrase.js';
import type { Mention } from './entities.js';

interface Pairing {
  names: Set<string>;
  objects: Phrase[];
  /** How the rubric names the entity, for the message. */
  who: string;
}

/** The bindings `together: [[entity names], [what]]` (also inside `either`), not denied. */
function pairings(criteria: readonly CompiledCriterion[]): Pairing[] {
  const out: Pairing[] = [];
  const walk = (m: Matcher): void => {
    if (m.kind === 'either') return m.alternatives.forEach(walk);
    const named = m.kind === 'together' && !m.deny ? m.first.filter((p) => p.entity) : [];
    if (m.kind !== 'together' || !named.length) return;
    out.push({ names: new Set(named.map((p) => p.entity!)), objects: m.second, who: named[0]!.source });
  };
  criteria.forEach((c) => walk(c.matcher));
  return out;
}

// "On Cloud Run the service runs as …", "for Fargate tasks": a frame names who the clause is about.
const FRAMES = new Set(['on', 'in', 'for', 'with']);

const DETERMINERS = new Set(['a', 'an', 'the', 'each', 'every', 'one']);
const ATTACHES = new Set(['as', 'to']);
const VERBISH = /^(?:is|are|was|were|has|have|had|does|do|did|can|cannot|could|will|would|should|must|may|needs?|[a-z]{2,}[^s']s)$/;

/**
 * The entity a hit is said of: the nearest name before it that stands as a
 * subject (followed by its verb, or opening the clause) or a frame ("on
 * Cloud Run", "On ECS/Fargate the app …"); a name that is an object ("sends
 * SIGTERM and …") is passed over, and one governed otherwise ("like Lambda")
 * says the words are of no named subject.
 */
export function saidOf(clause: AnalysedClause, hit: Hit): Mention | undefined {
  const before = (clause.mentions ?? []).filter((m) => m.end <= hit.from && !clause.wordNegated[m.at]);
  const frame = (m: Mention | undefined): boolean => m !== undefined && m.governed && FRAMES.has(clause.words[m.at - 1] ?? '');
  for (let k = before.length - 1; k >= 0; k--) {
    const m = before[k]!;
    if (frame(m) || (!m.governed && frame(before[k - 1]) && before[k - 1]!.end === m.at)) return m;
    if (m.governed) return undefined;
    // "pick Fargate as the launch type", "use ECS to orchestrate": the name and the words joined by "as" or "to".
    if (k === before.length - 1 && hit.from - m.end <= 3 && ATTACHES.has(clause.words[m.end] ?? '') && clause.words.slice(m.end + 1, hit.from).every((w) => DETERMINERS.has(w))) return m;
    // Opening the clause or one of its comma parts ("ecs = orchestrator, fargate = serverless compute").
    const part = clause.part;
    const startsPart = (at: number): boolean => at === 0 || (part !== undefined && part[at - 1] !== part[at]);
    const opens = startsPart(m.at) || (DETERMINERS.has(clause.words[m.at - 1] ?? '') && startsPart(m.at - 1));
    if (opens || VERBISH.test(clause.words[m.end] ?? '')) return m;
  }
  return undefined;
}

/** "amazon ecs" is ECS, "ecs fargate" names both. */
const isOneOf = (name: string, names: ReadonlySet<string>): boolean =>
  names.has(name) || [...names].some((n) => name.split(' ').includes(n) || n.split(' ').includes(name));

const affirms = (phrases: readonly Phrase[], clause: AnalysedClause): boolean => findHits(phrases, [clause]).some((h) => h.affirmed);

/**
 * The first clause that says one entity's bound thing of another entity the
 * card names (`rivals`: the names in its prompt and model answer), unless
 * the model answer (`model`, analysed) says the same of that entity.
 */
export function swappedRoles(criteria: readonly CompiledCriterion[], clauses: readonly AnalysedClause[], rivals: ReadonlySet<string>, model: readonly AnalysedClause[] = []): ContradictionResult | undefined {
  const pairs = pairings(criteria);
  if (!pairs.length) return undefined;
  const bound = new Map<string, Pairing[]>();
  for (const p of pairs) for (const n of p.names) bound.set(n, [...(bound.get(n) ?? []), p]);
  for (const own of pairs) {
    for (const hit of findHits(own.objects, clauses)) {
      const clause = clauses[hit.clause]!;
      if (!hit.affirmed || clause.hypothetical || clause.retracted || clause.conditional[hit.from] || (clause.denied !== undefined && hit.to < clause.denied)) continue;
      const other = saidOf(clause, hit);
      if (!other || isOneOf(other.name, own.names) || !(rivals.has(other.name) || bound.has(other.name))) continue;
      // The right entity named before the words: they may be said of it ("Fargate runs what ECS schedules").
      if ((clause.mentions ?? []).some((m) => isOneOf(m.name, own.names) && m.at <= hit.to)) continue;
      // The other entity's own bound thing said there too: the clause is about that, the shared word incidental
      // (this covers the same words bound to both entities: they are said there, affirmed).
      if ((bound.get(other.name) ?? []).some((p) => p !== own && affirms(p.objects, clause))) continue;
      // The model answer itself says this (in any of the rubric's phrasings) in a clause about that entity ("an ALB … terminates TLS").
      if (model.some((c) => (c.mentions ?? []).some((m) => m.name === other.name) && affirms(own.objects, c))) continue;
      return { id: 'swapped-roles', evidence: clause.text, message: `Swapped: "${hit.phrase.source}" describes ${own.who}, not ${other.name}.` };
    }
  }
  return undefined;
}
