/**
 * The collection's in-memory state and how each history record changes it.
 * state.json is this model serialised; replaying history.jsonl from nothing
 * rebuilds it exactly (FSRS is deterministic and each review carries the
 * retention and day it was recorded with).
 */
import { applyRating, fuzzSeed } from '../core/scheduling/fsrs.js';
import { newCardState } from '../core/scheduling/card-state.js';
import type { DayTally } from '../core/scheduling/stats.js';
import { cardFromJson, cardToJson, emptyTally, SCHEMA_VERSION, type HistoryRecord, type ReviewRecord, type StateDoc, type StoredCard } from './records.js';

/** Answer times kept per card. */
export const TIMES_KEPT = 9;

export interface Model {
  cards: Map<string, StoredCard>;
  pulled: string[];
  days: Record<string, DayTally>;
  totalReviews: number;
  /** Bytes of history this model reflects. */
  historyBytes: number;
  /** FSRS parameters the next review is scheduled with (undefined: the defaults). */
  params?: number[] | undefined;
}

export const emptyModel = (): Model => ({ cards: new Map(), pulled: [], days: {}, totalReviews: 0, historyBytes: 0 });

export function modelFromDoc(doc: StateDoc): Model {
  return {
    cards: new Map(Object.entries(doc.cards).map(([k, v]) => [k, cardFromJson(v)])),
    pulled: [...doc.pulled],
    days: structuredClone(doc.days),
    totalReviews: doc.totalReviews,
    historyBytes: doc.historyBytes,
    params: doc.params ? [...doc.params] : undefined,
  };
}

export function modelToDoc(m: Model): StateDoc {
  const cards: StateDoc['cards'] = {};
  for (const [k, v] of m.cards) cards[k] = cardToJson(v);
  return { schemaVersion: SCHEMA_VERSION, historyBytes: m.historyBytes, totalReviews: m.totalReviews, cards, pulled: [...m.pulled], days: m.days, ...(m.params ? { params: [...m.params] } : {}) };
}

/** What one review added to its day's tally (undo subtracts it). */
export function reviewTally(prev: StoredCard | undefined, r: ReviewRecord): DayTally {
  const inReview = prev?.state.phase === 'review';
  return {
    reviews: 1,
    newCards: !prev || prev.state.phase === 'new' ? 1 : 0,
    reviewPhase: inReview ? 1 : 0,
    reviewPhasePassed: inReview && r.rating !== 'again' ? 1 : 0,
    ...(r.sitting !== undefined && r.sitting !== r.day ? { carried: 1 } : {}),
  };
}

function addTally(m: Model, day: string, t: DayTally, sign: 1 | -1): void {
  const d = (m.days[day] ??= emptyTally());
  d.reviews += sign * t.reviews;
  d.newCards += sign * t.newCards;
  d.reviewPhase += sign * t.reviewPhase;
  d.reviewPhasePassed += sign * t.reviewPhasePassed;
  if (t.carried) {
    d.carried = (d.carried ?? 0) + sign * t.carried;
    if (!d.carried) delete d.carried;
  }
}

/** The card after review `r` (pure: `prev` is not changed). */
export function reviewedCard(prev: StoredCard | undefined, r: ReviewRecord, w?: readonly number[]): StoredCard {
  const at = new Date(r.at);
  const before = prev?.state ?? newCardState(at);
  const state = applyRating(before, r.rating, at, {
    retention: r.retention,
    seed: r.fuzz ? fuzzSeed(r.key, before.reps) : undefined,
    learningSteps: r.steps?.learning,
    relearningSteps: r.steps?.relearning,
    w,
  });
  // A burst of input (paste, typed ahead) is no measure of recall speed: its time is not kept.
  const times = r.pasted ? [...(prev?.times ?? [])] : [...(prev?.times ?? []), r.elapsedMs].slice(-TIMES_KEPT);
  return { state, hash: r.hash, times };
}

/** Applies one history record to the model in place. */
export function applyRecord(m: Model, rec: HistoryRecord): void {
  switch (rec.type) {
    case 'review': {
      const prev = m.cards.get(rec.key);
      addTally(m, rec.day, reviewTally(prev, rec), 1);
      m.cards.set(rec.key, reviewedCard(prev, rec, m.params));
      m.pulled = m.pulled.filter((k) => k !== rec.key);
      m.totalReviews++;
      return;
    }
    case 'undo':
      if (rec.restored) m.cards.set(rec.key, cardFromJson(rec.restored));
      else m.cards.delete(rec.key);
      addTally(m, rec.day, rec.tally, -1);
      m.totalReviews--;
      return;
    case 'pull':
      m.pulled = [...m.pulled, ...rec.keys.filter((k) => !m.pulled.includes(k))];
      return;
    case 'params':
      m.params = rec.w ? [...rec.w] : undefined;
      return;
  }
}
