/**
 * The ts-fsrs (FSRS-6) wrapper: default parameters unless fitted ones are
 * given (`drillbit optimize`), desired retention and (re)learning steps from
 * the settings, and fuzz with a deterministic per-card seed, so a replay of
 * the history reproduces every due date.
 * `now` is always an argument.
 */
import { fsrs, Rating, State, StrategyMode, type Card as FsrsCard, type FSRS, type Grade, type StepUnit } from 'ts-fsrs';
import type { CardPhase, CardState } from './card-state.js';
import { RATINGS, type RatingName } from './rating.js';

const PHASES: readonly CardPhase[] = ['new', 'learning', 'review', 'relearning'];
const GRADES: Record<RatingName, Grade> = { again: Rating.Again, hard: Rating.Hard, good: Rating.Good, easy: Rating.Easy };

/** How to schedule one review. */
export interface ScheduleOptions {
  /** Desired retention (default 0.9). */
  retention?: number | undefined;
  /** Fuzz seed (see fuzzSeed); without one, no fuzz (reviews recorded before fuzz was on replay that way). */
  seed?: string | undefined;
  learningSteps?: readonly string[] | undefined;
  relearningSteps?: readonly string[] | undefined;
  /** Fitted FSRS-6 parameters (`drillbit optimize`); default: ts-fsrs's. */
  w?: readonly number[] | undefined;
}

/**
 * The fuzz seed of a card's next review: `<deckId>/<cardId>#<reviews so far>`.
 * ts-fsrs turns it into its alea PRNG's seed (StrategyMode.SEED), so the same
 * card at the same review count always gets the same fuzz, while cards
 * learned together spread apart.
 */
export const fuzzSeed = (key: string, reps: number): string => `${key}#${reps}`;

/** The card field the seed travels in (ts-fsrs keeps unknown card fields in `this.current`). */
const SEED_FIELD = 'drillbitSeed';

const schedulers = new Map<string, FSRS>();

/** One scheduler per distinct configuration (they are immutable once built). */
function scheduler(o: ScheduleOptions): FSRS {
  const fuzz = o.seed !== undefined;
  const id = `${o.retention ?? 0.9}|${fuzz}|${o.learningSteps?.join(',') ?? '-'}|${o.relearningSteps?.join(',') ?? '-'}|${o.w?.join(',') ?? '-'}`;
  let s = schedulers.get(id);
  if (!s) {
    s = fsrs({
      request_retention: o.retention ?? 0.9,
      enable_fuzz: fuzz,
      ...(o.learningSteps ? { learning_steps: [...o.learningSteps] as StepUnit[] } : {}),
      ...(o.relearningSteps ? { relearning_steps: [...o.relearningSteps] as StepUnit[] } : {}),
      ...(o.w ? { w: [...o.w] } : {}),
    });
    if (fuzz) s.useStrategy(StrategyMode.SEED, function seed() { return String(Reflect.get(this.current, SEED_FIELD)); });
    schedulers.set(id, s);
  }
  return s;
}

function toFsrs(state: CardState, seed?: string): FsrsCard {
  return {
    ...(seed !== undefined ? { [SEED_FIELD]: seed } : {}),
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

/** The state after rating the card `rating` at `now`. Deterministic. */
export function applyRating(state: CardState, rating: RatingName, now: Date, options: ScheduleOptions = {}): CardState {
  return fromFsrs(scheduler(options).next(toFsrs(state, options.seed), now, GRADES[rating]).card);
}

/** What each rating would do: the next due date and the interval from `now` in ms. */
export type RatingPreview = Record<RatingName, { due: Date; intervalMs: number }>;

/** The next due date for each of the four ratings (the TUI shows them on the buttons, as Anki does). */
export function previewRatings(state: CardState, now: Date, options: ScheduleOptions = {}): RatingPreview {
  const out = {} as RatingPreview;
  for (const r of RATINGS) {
    const due = applyRating(state, r, now, options).due;
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
