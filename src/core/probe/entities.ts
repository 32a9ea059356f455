/**
 * The deck's entities and which of them can be swapped for each other, derived
 * from the deck itself rather than a fixed list:
 *
 * - every subject list of a `together` matcher (`[[$exec-role], [...]]`) is an
 *   entity with its phrasings — the rubric author said who does what;
 * - every proper name the answers use (`ECS`, `Cloud Run`, `Lambda`);
 * - two entities are rivals (swappable) when one rubric binds both as
 *   subjects, or when a card's prompt relates the two ("ECS vs Fargate",
 *   "Cloud Run is just Google's Lambda", "the execution role and the task role").
 */
import type { Card, Deck } from '../deck/schema.js';
import { ruleShapes } from './rubric-walk.js';

/** One entity: its phrasings, the first being its name. */
export type Entity = readonly string[];

/** Every phrasing of a phrase list, `$name` expanded from the deck's synonyms. */
export function expand(list: readonly (string | readonly string[])[], synonyms: Record<string, string[]> = {}): string[] {
  const out: string[] = [];
  const visit = (item: string | readonly string[], depth: number): void => {
    if (typeof item !== 'string') return item.forEach((i) => visit(i, depth));
    if (item.startsWith('$') && depth < 4) return (synonyms[item.slice(1)] ?? []).forEach((i) => visit(i, depth + 1));
    out.push(item);
  };
  list.forEach((i) => visit(i, 0));
  return [...new Set(out)];
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Where `phrase` occurs in `text` as whole words (case-sensitive for names with capitals). */
export function occurrences(text: string, phrase: string): { start: number; end: number }[] {
  const flags = /[A-Z]/.test(phrase) ? 'g' : 'gi';
  const re = new RegExp(`(?<![\\p{L}\\p{N}$-])${escape(phrase)}(?![\\p{L}\\p{N}-])`, `${flags}u`);
  return [...text.matchAll(re)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

// A capitalised word or run of them, not at a sentence start; acronyms and CamelCase count.
const NAME = /(?<![.!?:]\s|^)(?<![\p{L}\p{N}-])(?:[A-Z][\p{L}\p{N}]*)(?:\s[A-Z][\p{L}\p{N}]*)*(?![\p{L}\p{N}-])/gu;

/** Proper names (capitalised mid-sentence) used by at least two cards' prompts or answers. */
function properNames(deck: Deck): Entity[] {
  const cardsUsing = new Map<string, number>();
  for (const card of deck.cards) {
    for (const name of new Set(`${card.prompt}\n${card.answer}`.match(NAME) ?? [])) cardsUsing.set(name, (cardsUsing.get(name) ?? 0) + 1);
  }
  const names = [...cardsUsing].filter(([name, n]) => n >= 2 && name.length >= 3).map(([name]) => name);
  // "Run" is only ever the end of "Cloud Run" (cut off at a sentence start): not a name of its own.
  const single = new Set(names);
  // "ECS Fargate" is two names side by side, not a third one.
  const whole = names.filter((name) => !(name.includes(' ') && name.split(' ').every((w) => single.has(w))));
  return whole.filter((name) => !whole.some((longer) => longer !== name && occurrences(longer, name).length > 0)).map((name) => [name]);
}

// Two names related by the prompt itself: "ECS vs Fargate", "Cloud Run is just Google's Lambda", "the execution role and the task role".
const CONNECTOR = /^(?:(?:\S+\s+){0,4}?(?:vs\.?|versus|than|instead of)(?:\s+\S+){0,4}?|(?:\S+\s+){0,2}?(?:or|and|is|are|between|\/)(?:\s+\S+){0,2}?)$/i;

/** Whether `text` names `a` and `b` a few words apart, joined by a comparing word. */
function related(text: string, a: Entity, b: Entity, all: readonly Entity[]): boolean {
  // "Google's Lambda": a possessive names an owner, not a rival.
  const spans = (e: Entity) => e.flatMap((p) => occurrences(text, p)).filter((o) => !/^['’]s\b/.test(text.slice(o.end)));
  for (const x of spans(a)) {
    for (const y of spans(b)) {
      const between = x.end <= y.start ? text.slice(x.end, y.start) : y.end <= x.start ? text.slice(y.end, x.start) : undefined;
      if (between === undefined || !CONNECTOR.test(between.trim().replace(/[,"“”]/g, ''))) continue;
      // "TLS terminated on ECS Fargate and on Cloud Run" relates Fargate and Cloud Run, not TLS.
      // A possessive belongs to the name it sits on: "Google's Lambda".
      const inside = between.replace(/\S+['’]s\s*$/, '');
      if (!all.some((e) => e !== a && e !== b && e.some((p) => occurrences(inside, p).length))) return true;
    }
  }
  return false;
}

/** Subject lists of `together` matchers, per card. */
function subjects(card: Card, synonyms: Record<string, string[]>): Entity[] {
  return ruleShapes(card.rubric)
    .filter((s) => s.together)
    .map((s) => expand(s.together![0], synonyms).filter((p) => p.split(/\s+/).length <= 3))
    // A subject list that names something (an acronym, a product, an ARN field) — not verbs like [share, lower].
    .filter((e) => e.some((p) => /[A-Z]/.test(p)));
}

const key = (e: Entity): string => e[0]!.toLowerCase();

/** Subject pairs (criterion's, contradiction's) where both bind the same object phrasing to different subjects. */
function swapContradictions(card: Card, synonyms: Record<string, string[]>): [Entity, Entity][] {
  if (!card.rubric) return [];
  const named = (e: Entity): boolean => e.some((p) => /[A-Z]/.test(p));
  const bindings = (rules: readonly { together?: [string[], string[]]; either?: { together?: [string[], string[]] }[] }[]) =>
    rules.flatMap((r) => [r, ...(r.either ?? [])]).filter((r) => r.together).map((r) => ({ subject: expand(r.together![0], synonyms), object: new Set(expand(r.together![1], synonyms).map((p) => p.toLowerCase())) }));
  const criteria = bindings(card.rubric.criteria);
  const contradictions = bindings(card.rubric.contradictions ?? []);
  const out: [Entity, Entity][] = [];
  for (const c of criteria) {
    for (const x of contradictions) {
      const sharesObject = [...x.object].some((p) => c.object.has(p));
      if (sharesObject && named(c.subject) && named(x.subject) && !c.subject.some((p) => x.subject.includes(p))) out.push([c.subject, x.subject]);
    }
  }
  return out;
}

/** The deck's entities and the pairs of them that are rivals. */
export interface EntityModel {
  entities: Entity[];
  rivals: [Entity, Entity][];
}

/** Derives the deck's entities and rival pairs. */
export function deckEntities(deck: Deck): EntityModel {
  const synonyms = deck.synonyms ?? {};
  const byKey = new Map<string, Entity>();
  const add = (e: Entity): Entity => {
    const existing = byKey.get(key(e));
    if (existing) return existing;
    byKey.set(key(e), e);
    return e;
  };
  for (const e of properNames(deck)) add(e);
  const pairs = new Map<string, [Entity, Entity]>();
  const pair = (a: Entity, b: Entity): void => {
    if (key(a) === key(b) || a.some((p) => b.includes(p))) return;
    const [x, y] = key(a) < key(b) ? [a, b] : [b, a];
    pairs.set(`${key(x)}|${key(y)}`, [x, y]);
  };
  for (const card of deck.cards) {
    const own = subjects(card, synonyms).filter((e) => e.length).map(add);
    // A swap contradiction: a criterion binds A to a job, a contradiction binds B to that same job.
    for (const [a, b] of swapContradictions(card, synonyms)) pair(add(a), add(b));
    void own;
  }
  const all = [...byKey.values()];
  for (const card of deck.cards) {
    const named = all.filter((e) => e.some((p) => occurrences(card.prompt, p).length));
    named.forEach((a, i) => named.slice(i + 1).forEach((b) => related(card.prompt, a, b, all) && pair(a, b)));
  }
  return { entities: all, rivals: [...pairs.values()] };
}
