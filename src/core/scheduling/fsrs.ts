/**
 * The ts-fsrs (FSRS-6) wrapper: default parameters unless fitted ones are
 * given (`drillbit optimize`), no fuzz, desired retention from the settings.
 * `now` is always an argument.
 */
import { fsrs, Rating, State, type Card as FsrsCard, type FSRS, type Grade } from 'ts-fsrs';
import type { CardPhase, CardState } from './card-state.js';
import { RATINGS, type RatingName } from './rating.js';

const PHASES: readonly CardPhase[] = ['new', 'learning', 'review', 'relearning'];
const GRADES: Record<RatingName, Grade> = { again: Rating.Again, hard: Rating.Hard, good: Rating.Good, easy: Rating.Easy };

const schedulers = new Map<string, FSRS>();

/** One scheduler per desired retention and parameter set (they are immutable once built). */
function scheduler(desiredRetention: number, w?: readonly number[]): FSRS {
  const key = w ? `${desiredRetention}|${w.join(',')}` : String(desiredRetention);
  let s = schedulers.get(key);
  if (!s) {
    s = fsrs({ request_retention: desiredRetention, enable_fuzz: false, ...(w ? { w: [...w] } : {}) });
    schedulers.set(key, s);
  }
  return s;
}

function toFsrs(state: CardState): FsrsCard {
  return {
    due: state.due,
    stability: state.stability,
    difficulty: state.difficulty,
    elapsed_days: 0,
    scheduled_days: state.scheduledDays,
    learning_steps: state.learningSteps,
    reps: state.reps,
    lapses: state.lapses,
    state: PHASES.indexOf(state.phase) as State,
    ...(state.lastReview ? { last_review: state.lastReview } : {}),
  };
}

function fromFsrs(card: FsrsCard): CardState {
  return {
    phase: PHASES[card.state] ?? 'new',
    due: new Date(card.due.getTime()),
    stability: card.stability,
    difficulty: card.difficulty,
    scheduledDays: card.scheduled_days,
    learningSteps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    lastReview: card.last_review ? new Date(card.last_review.getTime()) : undefined,
  };
}

/** The state after rating the card `rating` at `now`; `w`: fitted FSRS-6 parameters (default: ts-fsrs's). Deterministic. */
export function applyRating(state: CardState, rating: RatingName, now: Date, desiredRetention = 0.9, w?: readonly number[]): CardState {
  return fromFsrs(scheduler(desiredRetention, w).next(toFsrs(state), now, GRADES[rating]).card);
}

/** What each rating would do: the next due date and the interval from `now` in ms. */
export type RatingPreview = Record<RatingName, { due: Date; intervalMs: number }>;

/** The next due date for each of the four ratings (the TUI shows them on the buttons, as Anki does). */
export function previewRatings(state: CardState, now: Date, desiredRetention = 0.9, w?: readonly number[]): RatingPreview {
  const out = {} as RatingPreview;
  for (const r of RATINGS) {
    const due = applyRating(state, r, now, desiredRetention, w).due;
    out[r] = { due, intervalMs: due.getTime() - now.getTime() };
  }
  return out;
}

/** An interval as Anki shows it: `<1m`, `10m`, `3h`, `4d`, `2.1mo`, `1.3y`. */
export function formatInterval(ms: number): string {
  const min = ms / 60_000;
  if (min < 1) return '<1m';
  if (min < 60) return `${Math.round(min)}m`;
  const h = min / 60;
  if (h < 24) return `${Math.round(h)}h`;
  const d = h / 24;
  if (d < 30) return `${Math.round(d)}d`;
  if (d < 365) return `${(d / 30).toFixed(1)}mo`;
  return `${(d / 365).toFixed(1)}y`;
}
