/**
 * The TUI's Backend (src/tui/backend.ts) on top of the store's collection and
 * the scheduling session reducer — the same session logic the plain review
 * drives. Opening it takes the writer lock; close() releases it.
 */
import type { Card, Deck, Drill } from '../core/deck/index.js';
import { gradeCard } from '../core/grading/index.js';
import type { GradeResult } from '../core/grading/types.js';
import { RATINGS, ratingNumber } from '../core/scheduling/rating.js';
import { currentKey, sessionReducer, startSession, type SessionState } from '../core/scheduling/session.js';
import { openCollection } from '../store/open-collection.js';
import type { Backend, Graded, Rating, ReviewItem, ReviewSession, StatsData } from '../tui/backend.js';
import type { Generated } from './review-plain-generated.js';

const DAY_MS = 86_400_000;

export interface StoreBackendOptions {
  decks: Deck[];
  drills?: Drill[];
  /** Data directory (default: dataDir()). */
  dir?: string;
  now?: () => Date;
  /** Generated-card support; without it generated cards are left out. */
  generated?: Generated | undefined;
  onNotice?: (message: string) => void;
}

export function storeBackend(options: StoreBackendOptions): Backend {
  const now = options.now ?? (() => new Date());
  const collection = openCollection({ dir: options.dir, decks: options.decks, now: now(), write: true, onNotice: options.onNotice });
  const include = (card: Card): boolean => card.kind !== 'generated' || options.generated !== undefined;

  function startReview({ deck, limit }: { deck?: string; limit?: number }): ReviewSession {
    let state: SessionState = startSession(collection.queue(now(), { deckId: deck, limit, include }).map((e) => e.key));
    let item: { key: string; reps: number; value: ReviewItem; grade: (a: string) => GradeResult } | undefined;
    const current = (): typeof item => {
      const key = currentKey(state);
      if (key === undefined) return undefined;
      const entry = collection.entry(key)!;
      const reps = entry.state?.reps ?? 0;
      if (item?.key === key && item.reps === reps) return item;
      const inst = entry.card.kind === 'generated' && options.generated ? options.generated.instantiate(entry.card, key, reps) : undefined;
      const value: ReviewItem = { deck: entry.deck, card: entry.card, ...(inst ? { prompt: inst.card.prompt, answer: inst.card.answer } : {}) };
      item = { key, reps, value, grade: inst ? (a) => inst.grade(a) : (a) => gradeCard(entry.card, a, entry.deck) };
      return item;
    };
    const submit = (answer: string, elapsedMs: number, result: GradeResult): void => {
      if (state.phase === 'rating') state = { ...state, phase: 'answering' };
      state = sessionReducer(state, { type: 'submit', answer, grade: result, elapsedMs, fastMs: collection.entry(currentKey(state)!)?.fastMs });
    };
    return {
      persistent: true,
      total: () => state.done.length + state.queue.length,
      done: () => state.done.length,
      current: () => current()?.value,
      grade(answer, elapsedMs): Graded {
        const it = current();
        if (!it) throw new Error('no card to grade');
        const result = it.grade(answer);
        submit(answer, elapsedMs, result);
        const preview = collection.preview(it.key, now());
        return { result, suggested: ratingNumber(state.suggested!), previews: RATINGS.map((r) => ({ rating: ratingNumber(r), days: preview[r].intervalMs / DAY_MS })) };
      },
      record(rating: Rating, answer, elapsedMs, graded) {
        const key = currentKey(state);
        if (key === undefined) return;
        if (state.phase !== 'rating') submit(answer, elapsedMs, graded.result);
        state = sessionReducer(state, { type: 'rate', rating: RATINGS[rating - 1] });
        const at = now();
        const saved = collection.record({ key, at, answer, score: graded.result.score, verdict: graded.result.verdict, suggested: state.suggested!, rating: state.rating!, elapsedMs });
        state = sessionReducer(state, { type: 'saved', due: saved.due, now: at, learnAheadMs: collection.settings.learnAheadMs });
      },
      undo() {
        if (!state.done.length || !collection.undoLast()) return false;
        state = sessionReducer({ ...state, phase: state.phase === 'done' ? 'done' : 'answering' }, { type: 'undo' });
        return true;
      },
      nextDue() {
        let next: Date | undefined;
        for (const d of options.decks) {
          for (const c of d.cards) {
            const due = collection.entry(`${d.id}/${c.id}`)?.state?.due;
            if (due && (!next || due < next)) next = due;
          }
        }
        return next;
      },
    };
  }

  return {
    home() {
      const s = collection.stats(now());
      return {
        decks: options.decks.map((d) => {
          const row = s.decks.find((x) => x.deckId === d.id);
          return { id: d.id, title: d.title, due: row?.dueToday ?? 0, fresh: row?.cards.new ?? d.cards.length, total: d.cards.length };
        }),
        drills: options.drills ?? [],
        firstRun: s.totalReviews === 0,
      };
    },
    startReview,
    stats(): StatsData {
      const at = now();
      const s = collection.stats(at);
      const leeches = [];
      for (const d of options.decks) {
        for (const c of d.cards) {
          const e = collection.entry(`${d.id}/${c.id}`);
          if (e?.leech) leeches.push({ key: e.key, prompt: c.prompt, lapses: e.state!.lapses });
        }
      }
      return {
        perDay: s.reviewsPerDay.map((d) => d.reviews),
        todayWeekday: (at.getDay() + 6) % 7,
        forecast: s.dueForecast.map((d) => d.due),
        ...(s.retention === null ? {} : { retention: s.retention }),
        streak: s.streakDays,
        reviewsTotal: s.totalReviews,
        leeches,
      };
    },
    close: () => collection.close(),
  };
}
