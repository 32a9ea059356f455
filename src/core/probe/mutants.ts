/**
 * Mutants of a card's model answer: variants a rubric must NOT grade correct.
 * Pure and deterministic: randomness comes from `seed` (mixed with the card
 * id), the part-of-speech tagger is passed in.
 */
import type { Card, Deck } from '../deck/schema.js';
import { mulberry32, pick } from '../drills/prng.js';
import { splitClauses } from './clauses.js';
import { occurrences, type Entity, type EntityModel } from './entities.js';
import { negateAnswer } from './negate.js';
import { keyNumbers, scaleNumbers, swapNumbers } from './numbers.js';
import { firstClause, keywordSoup } from './shapes.js';
import type { Tagger } from './tagger.js';

export const PROBE_KINDS = ['negated', 'swapped', 'numbers', 'keyword-soup', 'first-clause', 'other-card'] as const;
/** How a mutant was made. */
export type ProbeKind = (typeof PROBE_KINDS)[number];

/** A variant of a model answer that should not be graded correct. */
export interface Mutant {
  kind: ProbeKind;
  text: string;
  /** What was changed, for the report ("ECS ↔ Fargate", "×4", "from fact.cold-starts"). */
  detail?: string;
}

/** The most entity swaps one card gets. */
export const MAX_SWAPS = 2;

/** A 32-bit hash of a string, to give each card its own random stream from one seed. */
function hash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

type Span = { start: number; end: number; entity: 0 | 1 };

/** The answer with entities `a` and `b` exchanged, if some clause names only one of them. */
export function swapEntities(answer: string, a: Entity, b: Entity): string | undefined {
  const spans: Span[] = [];
  [a, b].forEach((entity, i) => {
    for (const phrase of entity) for (const o of occurrences(answer, phrase)) spans.push({ ...o, entity: i as 0 | 1 });
  });
  spans.sort((x, y) => x.start - y.start || y.end - x.end);
  const kept: Span[] = [];
  for (const s of spans) if (!kept.some((k) => s.start < k.end && k.start < s.end)) kept.push(s);
  if (!kept.some((s) => s.entity === 0) || !kept.some((s) => s.entity === 1)) return undefined;
  // "ECS or EKS does the scheduling" is the same claim swapped: a clause must name just one of them.
  const lopsided = splitClauses(answer).some((piece, _i, all) => {
    const start = answer.indexOf(piece.text, all.slice(0, _i).reduce((n, p) => n + p.text.length + p.separator.length, 0));
    const inside = kept.filter((s) => s.start >= start && s.end <= start + piece.text.length);
    return inside.length > 0 && new Set(inside.map((s) => s.entity)).size === 1;
  });
  if (!lopsided) return undefined;
  // Each side is written the way the answer itself writes the other one.
  const form = (entity: 0 | 1): string => {
    const s = kept.find((k) => k.entity === entity)!;
    return answer.slice(s.start, s.end);
  };
  let out = answer;
  for (const s of [...kept].reverse()) out = out.slice(0, s.start) + form(s.entity === 0 ? 1 : 0) + out.slice(s.end);
  return out;
}

/** Rival pairs ordered so the card's own (named in its prompt or rubric) come first. */
function rankedRivals(card: Card, model: EntityModel): [Entity, Entity][] {
  const own = (e: Entity): boolean => e.some((p) => occurrences(card.prompt, p).length > 0);
  const score = ([a, b]: [Entity, Entity]): number => (own(a) ? 1 : 0) + (own(b) ? 1 : 0);
  return [...model.rivals].sort((x, y) => score(y) - score(x));
}

/** Another card's model answer: never a sibling or one sharing a tag, so it really answers something else. */
function otherAnswer(card: Card, deck: Deck, random: () => number): Card | undefined {
  const tags = new Set(card.tags ?? []);
  const others = deck.cards.filter((c) => c.id !== card.id && c.kind === 'text' && (card.group === undefined || c.group !== card.group));
  const unrelated = others.filter((c) => !(c.tags ?? []).some((t) => tags.has(t)));
  return unrelated.length ? pick(random, unrelated) : undefined;
}

/** Every mutant of `card`'s model answer. */
export function generateMutants(card: Card, deck: Deck, model: EntityModel, tag: Tagger, seed = 1): Mutant[] {
  const random = mulberry32(seed ^ hash(card.id));
  const synonyms = deck.synonyms ?? {};
  const out: Mutant[] = [];
  const add = (kind: ProbeKind, text: string | undefined, detail?: string): void => {
    if (text === undefined || text.trim() === card.answer.trim() || out.some((m) => m.text === text)) return;
    out.push(detail === undefined ? { kind, text } : { kind, text, detail });
  };
  add('negated', negateAnswer(card.answer, tag));
  let swaps = 0;
  for (const [a, b] of rankedRivals(card, model)) {
    if (swaps >= MAX_SWAPS) break;
    const swapped = swapEntities(card.answer, a, b);
    if (swapped === undefined) continue;
    add('swapped', swapped, `${a[0]} ↔ ${b[0]}`);
    swaps++;
  }
  const keys = keyNumbers(card, synonyms);
  add('swapped', swapNumbers(card.answer, keys), 'numbers exchanged');
  add('numbers', scaleNumbers(card.answer, keys, random));
  add('keyword-soup', keywordSoup(card, tag, synonyms));
  add('first-clause', firstClause(card.answer));
  const other = otherAnswer(card, deck, random);
  if (other) add('other-card', other.answer, `from ${other.id}`);
  return out;
}
