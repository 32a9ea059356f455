/**
 * The Backend on the store: openCollection for the queue, previews, records,
 * undo and stats; core's session reducer for the order of a session (a
 * learning card due again soon comes back before the session ends).
 */
import type { Card, Deck, Drill } from '../core/deck/index.js';
import { gradeCard, type GradeResult } from '../core/grading/index.js';
import { RATINGS, ratingNumber } from '../core/scheduling/rating.js';
import { currentKey, sessionReducer, startSession, type SessionState } from '../core/scheduling/session.js';
import { openCollection, type Collection, type OpenOptions } from '../store/index.js';
import type { Backend, Graded, Rating, ReviewItem, ReviewSession, StatsData } from '../tui/backend.js';
import { beginSitting, followDay, sessionCards } from './review-session.js';

/** Makes a concrete problem for a generated card (the CLI passes the drills engine's). */
export type Instantiate = (card: Card, key: string, reviews: number) => { card: Card; grade(answer: string): GradeResult };

export interface StoreBackendOptions {
  decks: Deck[];
  drills?: Drill[];
  now: () => Date;
  /** Data directory (default: the store's). */
  dir?: string;
  /** In-memory storage for tests. */
  storage?: OpenOptions['storage'];
  /** Without it, generated cards are left out of sessions. */
  instantiate?: Instantiate;
  /** Shown on home with the store's own notices (decks skipped for their problems). */
  notices?: readonly string[];
}

const DAY_MS = 86_400_000;

export function storeBackend(options: StoreBackendOptions): Backend {
  const { decks, now } = options;
  const collection: Collection = openCollection({ decks, dir: options.dir, storage: options.storage, now: now(), write: true });
  return {
    home() {
      const stats = collection.stats(now());
      return {
        decks: decks.map((d) => {
          const s = stats.decks.find((x) => x.deckId === d.id);
          // Due now, by the definition the queue serves by (core/scheduling/due.ts).
          return { id: d.id, title: d.title, due: s?.dueNow ?? 0, fresh: s?.cards.new ?? d.cards.length, total: d.cards.length };
        }),
        drills: options.drills ?? [],
        firstRun: stats.totalReviews === 0,
        notices: [...(options.notices ?? []), ...collection.notices],
      };
    },
    startReview: ({ deck, limit }) => reviewSession(collection, options, deck, limit),
    stats: () => statsData(collection, decks, now()),
    close: () => collection.close(),
  };
}

function reviewSession(collection: Collection, options: StoreBackendOptions, deckId?: string, limit?: number): ReviewSession {
  const { now, instantiate } = options;
  const include = (card: Card): boolean => card.kind !== 'generated' || instantiate !== undefined;
  const queueOptions = { deckId, limit, include };
  const sitting = beginSitting(collection, now());
  const plan = collection.plan(sitting.start, queueOptions);
  const pulled = new Set(plan.entries.filter((e) => e.pulled).map((e) => e.key));
  let state: SessionState = startSession(sessionCards(plan.entries), limit);
  const instances = new Map<string, ReturnType<Instantiate>>();
  const instance = (key: string) => {
    const entry = collection.entry(key)!;
    if (entry.card.kind !== 'generated' || !instantiate) return undefined;
    const id = `${key}#${entry.state?.reps ?? 0}`;
    if (!instances.has(id)) instances.set(id, instantiate(entry.card, key, entry.state?.reps ?? 0));
    return instances.get(id);
  };
  return {
    persistent: true,
    total: () => state.done.length + (state.phase === 'done' ? 0 : state.queue.length),
    done: () => state.done.length,
    current(): ReviewItem | undefined {
      const key = currentKey(state);
      if (key === undefined) return undefined;
      const entry = collection.entry(key)!;
      const made = instance(key);
      return { deck: entry.deck, card: entry.card, prompt: made?.card.prompt, answer: made?.card.answer, changed: entry.changed, pulled: pulled.has(key) };
    },
    grade(answer, elapsedMs, pasted): Graded {
      const key = currentKey(state)!;
      const entry = collection.entry(key)!;
      const made = instance(key);
      const result = made ? made.grade(answer) : gradeCard(entry.card, answer, entry.deck);
      state = sessionReducer({ ...state, phase: 'answering' }, { type: 'submit', answer, grade: result, elapsedMs, fastMs: entry.fastMs, pasted });
      const preview = collection.preview(key, now());
      const previews = RATINGS.map((name) => ({ rating: ratingNumber(name), days: preview[name].intervalMs / DAY_MS }));
      return { result, suggested: ratingNumber(state.suggested!), previews, ...(pasted ? { pasted } : {}) };
    },
    record(rating: Rating, answer, elapsedMs, graded) {
      const key = currentKey(state)!;
      const name = RATINGS[rating - 1]!;
      const rated = sessionReducer(state, { type: 'rate', rating: name });
      const at = now();
      // The session moves on only once the review is on disk: a failed write throws with the session unchanged.
      const saved = collection.record({
        key,
        at,
        answer,
        score: graded.result.score,
        verdict: graded.result.verdict,
        suggested: RATINGS[graded.suggested - 1]!,
        rating: name,
        elapsedMs,
        pasted: graded.pasted,
        sittingStart: sitting.start,
      });
      state = sessionReducer(rated, { type: 'saved', due: saved.due, now: at, learnAheadMs: collection.settings.learnAheadMs });
      state = followDay(state, sitting, collection, at, queueOptions);
    },
    undo() {
      if (!state.done.length || !collection.undoLast(now())) return false;
      // Undo from the feedback of the next card: that card was graded, not recorded.
      const answering: SessionState = state.phase === 'rating' ? { ...state, phase: 'answering' } : state;
      state = sessionReducer(answering, { type: 'undo' });
      return true;
    },
    nextDue() {
      const t = now().getTime();
      const dues = state.done.map((d) => d.due.getTime()).filter((d) => d > t);
      return dues.length ? new Date(Math.min(...dues)) : undefined;
    },
    now,
  };
}

function statsData(collection: Collection, decks: Deck[], at: Date): StatsData {
  const stats = collection.stats(at);
  const leeches = decks
    .flatMap((d) => d.cards.map((c) => collection.entry(`${d.id}/${c.id}`)))
    .filter((e) => e?.leech)
    .map((e) => ({ key: e!.key, prompt: e!.card.prompt, lapses: e!.state?.lapses ?? 0 }))
    .sort((a, b) => b.lapses - a.lapses);
  return {
    perDay: stats.reviewsPerDay.map((d) => d.reviews),
    todayWeekday: (at.getDay() + 6) % 7,
        today: [at.getFullYear(), at.getMonth() + 1, at.getDate()].map((n) => String(n).padStart(2, '0')).join('-'),
    forecast: stats.dueForecast.map((d) => d.due),
    retention: stats.retention ?? undefined,
    streak: stats.streakDays,
    reviewsTotal: stats.totalReviews,
    leeches,
  };
}
