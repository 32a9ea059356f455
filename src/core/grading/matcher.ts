/**
 * A compiled matcher: one of a criterion's or contradiction's ways of
 * recognising a statement (`any`, `all`, `together`, `number`, `cidr`,
 * `either`), with its polarity. Compiled once per card, evaluated per answer.
 */
import type { Criterion, NumberSpec } from '../deck/schema.js';
import { findHits } from './find-hits.js';
import { compilePhrases, type AnalysedClause, type Hit, type Phrase } from './phrase.js';
import { parseCidrSpec, type CidrMention } from './units.js';
import { cidrOutcome, numberOutcome } from './quantity-match.js';
import { clauseDirection, opposes, phrasesDirection } from './direction.js';
import { saidOf } from './swaps.js';
import { numberPositions, valuesIn } from './number-roles.js';

type Shape = Pick<Criterion, 'any' | 'all' | 'together' | 'number' | 'cidr' | 'polarity' | 'either'>;

/** What the matcher looks for. */
export type Matcher =
  | { kind: 'any'; deny: boolean; phrases: Phrase[] }
  | { kind: 'all'; deny: boolean; items: Phrase[][] }
  | { kind: 'together'; deny: boolean; first: Phrase[]; second: Phrase[] }
  | { kind: 'number'; spec: NumberSpec }
  | { kind: 'cidr'; spec: CidrMention | undefined }
  | { kind: 'either'; alternatives: Matcher[] };

/** The outcome for one answer: met, and the clause that showed it. */
export interface MatchOutcome {
  met: boolean;
  evidence?: string;
}

/** Compiles a criterion-shaped object (synonyms resolved from the deck). */
export function compileMatcher(shape: Shape, synonyms?: Record<string, string[]>, entities: readonly string[] = []): Matcher {
  const deny = shape.polarity === 'deny';
  if (shape.any) return { kind: 'any', deny, phrases: compilePhrases(shape.any, synonyms, entities) };
  if (shape.all) return { kind: 'all', deny, items: shape.all.map((item) => compilePhrases(typeof item === 'string' ? [item] : item, synonyms, entities)) };
  if (shape.together) return { kind: 'together', deny, first: compilePhrases(shape.together[0], synonyms, entities), second: compilePhrases(shape.together[1], synonyms, entities) };
  if (shape.number) return { kind: 'number', spec: shape.number };
  if (shape.cidr) return { kind: 'cidr', spec: parseCidrSpec(shape.cidr) };
  return { kind: 'either', alternatives: (shape.either ?? []).map((alt) => compileMatcher(alt, synonyms, entities)) };
}

/** Every phrase a matcher uses (for the typo vocabulary and topic check). */
export function matcherPhrases(m: Matcher): Phrase[] {
  switch (m.kind) {
    case 'any':
      return m.phrases;
    case 'all':
      return m.items.flat();
    case 'together':
      return [...m.first, ...m.second];
    case 'either':
      return m.alternatives.flatMap(matcherPhrases);
    default:
      return [];
  }
}

const wanted = (hits: Hit[], deny: boolean): Hit | undefined => hits.find((h) => h.affirmed !== deny);

/**
 * What a match is for. A contradiction is a claim: words inside a condition
 * ("when a client needs WebSockets") or a rate ("$0.04 per vCPU per hour")
 * claim nothing. A criterion is not met by words the prompt already gave
 * ("single-threaded" when the question says the app is single-threaded).
 */
export interface MatchContext {
  role: 'criterion' | 'contradiction';
  /** Stems of the prompt. */
  prompt?: ReadonlySet<string>;
  /** Numbers the prompt gives (the current value a "set … to N" moves from). */
  promptNumbers?: readonly number[];
  /** What the question is about, and the other names both the question and the model answer bring up ("Lambda"). */
  topic?: string;
  contrasts?: ReadonlySet<string>;
  /** The model answer, analysed: what it says of a contrasted name is no slip when the answer says it too. */
  model?: readonly AnalysedClause[];
}

/**
 * A phrasing that names nobody ("any container image") is said of the
 * question's topic; in a clause that names another entity of the question
 * as its subject ("Lambda runs any container image") and not the topic, it
 * is said of someone else, unless the model answer says it of that name too.
 */
function saidOfAnother(hit: Hit, clauses: readonly AnalysedClause[], ctx: MatchContext): boolean {
  const clause = clauses[hit.clause]!;
  const subject = clause.subject;
  if (!ctx.topic || !subject || !ctx.contrasts?.has(subject.name)) return false;
  const named = clause.mentions ?? [];
  if (!named.some((m) => m.at === subject.at) || named.some((m) => m.name === ctx.topic)) return false;
  // "Cloud Run … exposes cold starts" where the model answer says that of Cloud Run too: a second topic, not a slip.
  return !ctx.model?.some((c) => c.subject?.name === subject.name && findHits([hit.phrase], [c]).some((h) => h.affirmed));
}

/**
 * Words before the denied verb of their clause ("Low concurrency does not
 * make bursts …") are the subject of a denied claim: the answer does not
 * state them. A phrasing that is itself a denial keeps its meaning.
 */
const inDeniedSubject = (hit: Hit, clause: AnalysedClause, deny: boolean): boolean =>
  clause.denied !== undefined && hit.to < clause.denied && hit.affirmed && !deny && !hit.phrase.negated;

/**
 * "a small premium on top of raw compute", "costs more than the hardware": the thing a comparison is measured
 * against is named, not claimed.
 */
function comparisonBase(hit: Hit, clause: AnalysedClause): boolean {
  const before = clause.words[hit.from - 1];
  return before === 'than' || before === 'beyond' || before === 'above' || (before === 'of' && clause.words[hit.from - 2] === 'top');
}

/** Is this hit a claim the answer makes (rather than a condition, a rate or an echo of the prompt)? */
function claims(hit: Hit, clauses: readonly AnalysedClause[], ctx: MatchContext | undefined, deny: boolean): boolean {
  if (!ctx) return true;
  const clause = clauses[hit.clause]!;
  if (clause.retracted || inDeniedSubject(hit, clause, deny)) return false;
  if (ctx.role === 'contradiction') return !clause.hypothetical && !clause.conditional[hit.from] && !clause.quantity[hit.to] && !comparisonBase(hit, clause);
  // "the maximum is 80 per vCPU" does not state "80 per vCPU" as the default.
  for (let i = hit.from; i <= hit.to; i++) if (clause.misbound?.at.has(i)) return false;
  // A phrase of two or more words copied from the question restates its setting; one shared word is just the topic.
  if (!deny && hit.affirmed && !hit.phrase.named && saidOfAnother(hit, clauses, ctx)) return false;
  return deny || !hit.affirmed || !ctx.prompt || hit.phrase.stems.length < 2 || !hit.phrase.stems.every((s) => ctx.prompt!.has(s));
}

/** `y` is said of a name other than the one `x` names, standing after `x` or before `y` when `x` comes after it. */
function saidOfAnotherName(x: Hit, y: Hit, clause: AnalysedClause): boolean {
  const named = x.phrase.entity ?? x.phrase.subject;
  if (!named) return false;
  const of = saidOf(clause, y);
  if (!of || of.name === named || of.name.split(' ').includes(named) || named.split(' ').includes(of.name)) return false;
  return x.from > y.to || of.at > x.from;
}

const gap = (at: number, hit: Hit): number => (at < hit.from ? hit.from - at : at > hit.to ? at - hit.to : 0);

/**
 * A number is bound to the word it qualifies within its comma-delimited
 * part ("80 is the default, 1000 the maximum": the default is 80), else to
 * the nearest word it could qualify ("the default is 80 and up to 1000"), so
 * [default] with [1000] is no claim there. True when the pair's number (one
 * phrasing states a number, the other none) has another number closer to
 * the other phrasing: in that phrasing's part, when the pair's number is there too.
 */
function boundToAnotherNumber(x: Hit, y: Hit, clause: AnalysedClause): boolean {
  const states = (h: Hit): boolean => valuesIn(h.phrase.words).length > 0;
  const [attribute, number] = states(y) && !states(x) ? [x, y] : states(x) && !states(y) ? [y, x] : [];
  if (!attribute || !number) return false;
  const own = gap(number.from, attribute);
  const outside = (at: number, h: Hit): boolean => at < h.from || at > h.to;
  const others = numberPositions(clause.words).filter((at) => outside(at, number) && outside(at, attribute));
  const partOf = (at: number): number | undefined => clause.part?.[at];
  const home = partOf(attribute.from);
  // In the attribute's part, only the numbers of that part compete; from outside it, any number in it wins.
  if (partOf(number.from) === home) return others.some((at) => partOf(at) === home && gap(at, attribute) < own);
  return others.some((at) => partOf(at) === home || gap(at, attribute) < own);
}

// Pronouns that open a clause about the subject of the clause before.
const STAND_INS = new Set(['it', 'they']);

/** Evaluates a compiled matcher against an analysed answer. */
export function evaluate(m: Matcher, clauses: readonly AnalysedClause[], answerText: string, ctx?: MatchContext): MatchOutcome {
  const evidence = (hit: Hit | undefined): MatchOutcome => (hit ? { met: true, evidence: clauses[hit.clause]!.text } : { met: false });
  const hitsOf = (phrases: Phrase[], deny: boolean): Hit[] => findHits(phrases, clauses).filter((h) => claims(h, clauses, ctx, deny));
  switch (m.kind) {
    case 'any':
      return evidence(wanted(hitsOf(m.phrases, m.deny), m.deny));
    case 'all': {
      const found = m.items.map((item) => wanted(findHits(item, clauses), m.deny));
      if (found.some((h) => !h)) return { met: false };
      const spans = [...new Set(found.map((h) => clauses[h!.clause]!.text))];
      return { met: true, evidence: spans.join(' … ') };
    }
    case 'together': {
      const a = findHits(m.first, clauses);
      const b = findHits(m.second, clauses);
      const way = ctx?.role === 'criterion' ? phrasesDirection(m.first) ?? phrasesDirection(m.second) : undefined;
      for (const x of a) {
        for (const y of b) {
          if (x.clause !== y.clause) continue;
          if (boundToAnotherNumber(x, y, clauses[x.clause]!)) continue;
          const object = phrasesDirection(m.first) ? y : x;
          if (way && opposes(way, clauseDirection(clauses[x.clause]!, ctx?.promptNumbers ?? [], object.from))) continue;
          // Both halves already in the prompt (or said of another name): an echo. Either half in a condition or a rate: no claim.
          const pairCtx = ctx && (x.phrase.named || y.phrase.named) ? { ...ctx, contrasts: undefined } : ctx;
          if (!claims(x, clauses, pairCtx, m.deny) && (ctx?.role === 'contradiction' || !claims(y, clauses, pairCtx, m.deny))) continue;
          if (ctx?.role === 'contradiction' && !claims(y, clauses, ctx, m.deny)) continue;
          // The words are said of the name right before them: "Fargate = serverless compute that ECS can launch tasks onto"
          // says nothing of ECS, "Cloud Run … where Lambda stops at 15 minutes" nothing of Cloud Run.
          if (ctx?.role === 'contradiction' && saidOfAnotherName(x, y, clauses[y.clause]!)) continue;
          const affirmed = x.affirmed && y.affirmed;
          if (affirmed !== m.deny) return evidence(x);
        }
      }
      // "Fargate is not an orchestrator. It is serverless compute.": a pronoun that opens the clause stands for the name.
      if (ctx?.role === 'criterion' && !m.deny) {
        const names = new Set(m.first.flatMap((p) => (p.entity ? [p.entity] : [])));
        for (const y of b) {
          const clause = clauses[y.clause]!;
          if (!y.affirmed || !STAND_INS.has(clause.words[0] ?? '') || !clause.subject || !names.has(clause.subject.name)) continue;
          if (way && opposes(way, clauseDirection(clause, ctx.promptNumbers ?? [], y.from))) continue;
          if (claims(y, clauses, ctx, false)) return evidence(y);
        }
      }
      return { met: false };
    }
    case 'number':
      return numberOutcome(m.spec, clauses, answerText);
    case 'cidr':
      return cidrOutcome(m.spec, clauses);
    case 'either': {
      for (const alt of m.alternatives) {
        const outcome = evaluate(alt, clauses, answerText, ctx);
        if (outcome.met) return outcome;
      }
      return { met: false };
    }
  }
}

/**
 * The clause that moves a criterion's setting the other way ("raise
 * concurrency to 1000" against "lower concurrency"), if any: a reversed claim.
 */
export function reversedDirection(m: Matcher, clauses: readonly AnalysedClause[], promptNumbers: readonly number[]): string | undefined {
  if (m.kind === 'either') return m.alternatives.map((alt) => reversedDirection(alt, clauses, promptNumbers)).find((e) => e !== undefined);
  if (m.kind !== 'together' || m.deny) return undefined;
  const [moves, object] = phrasesDirection(m.first) ? [m.first, m.second] : [m.second, m.first];
  const way = phrasesDirection(moves);
  if (!way) return undefined;
  for (const hit of findHits(object, clauses)) {
    const clause = clauses[hit.clause]!;
    if (hit.affirmed && opposes(way, clauseDirection(clause, promptNumbers, hit.from))) return clause.text;
  }
  return undefined;
}
