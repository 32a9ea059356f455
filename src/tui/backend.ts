/**
 * What the screens need from the rest of drillbit, as one small interface.
 * The store-backed implementation lives beside it; tests pass an in-memory
 * one. Screens never touch files or the clock's source of truth directly.
 */
import type { Card, Deck, Drill } from '../core/deck/index.js';
import type { GradeResult } from '../core/grading/index.js';

/** A deck on the home screen. */
export interface DeckRow {
  id: string;
  title: string;
  due: number;
  fresh: number;
  total: number;
}

/** Everything the home screen shows. */
export interface HomeData {
  decks: DeckRow[];
  drills: Drill[];
  /** No review recorded yet: show the one-line hint. */
  firstRun: boolean;
  /** Things the store had to do on opening (a damaged state file set aside and rebuilt). */
  notices?: readonly string[];
}

/** Again, Hard, Good, Easy. */
export type Rating = 1 | 2 | 3 | 4;
export const RATING_LABELS: Record<Rating, string> = { 1: 'Again', 2: 'Hard', 3: 'Good', 4: 'Easy' };

/** What choosing a rating would do: the next interval in days (undefined when unknown). */
export interface RatingPreview {
  rating: Rating;
  days?: number;
}

/** A card in the queue. */
export interface ReviewItem {
  deck: Deck;
  card: Card;
  /** Shown instead of `card.prompt` for generated cards. */
  prompt?: string;
  /** Model answer override for generated cards. */
  answer?: string;
  /** The card was edited since its last review (tags alone are not an edit). */
  changed?: boolean;
  /** A drill pulled this card forward. */
  pulled?: boolean;
}

/** The grade of an answer plus what each rating would schedule. */
export interface Graded {
  result: GradeResult;
  suggested: Rating;
  previews: RatingPreview[];
  /** The answer arrived in bursts (pasted): its time is not a measure of recall. */
  pasted?: boolean;
}

/** One review session: a queue the screen walks through. */
export interface ReviewSession {
  /** Cards in the session, answered ones included. */
  total(): number;
  /** Answered so far. */
  done(): number;
  current(): ReviewItem | undefined;
  /** Grades without recording; `pasted`: the answer was pasted (never "clearly fast"). */
  grade(answer: string, elapsedMs: number, pasted?: boolean): Graded;
  /** Records the review (saved before this returns). */
  record(rating: Rating, answer: string, elapsedMs: number, graded: Graded): void;
  /** Takes back the last recorded review of this session; false when there is none. */
  undo(): boolean;
  /** When the next card is due after this session, if any. */
  nextDue(): Date | undefined;
  /** The wall clock the session schedules by (DRILLBIT_NOW when set). */
  now(): Date;
  /** True when reviews are written to the data directory. */
  readonly persistent: boolean;
}

/** The figures of `drillbit stats`, as the charts need them. */
export interface StatsData {
  /** Reviews per day, oldest first, the last entry today (up to 371 days). */
  perDay: number[];
  /** 0 Monday … 6 Sunday. */
  todayWeekday: number;
  /** Today's local date, `YYYY-MM-DD`, for the heatmap's month labels (none without it). */
  today?: string;
  /** Cards due on each of the next 30 days, today first. */
  forecast: number[];
  /** Share of reviews that were not Again, 0..1; undefined before any review. */
  retention?: number;
  /** Consecutive days with at least one review, ending today or yesterday. */
  streak: number;
  reviewsTotal: number;
  leeches: { key: string; prompt: string; lapses: number }[];
}

/** The TUI's window on decks, drills, the schedule and the review log. */
export interface Backend {
  home(): HomeData;
  startReview(options: { deck?: string; limit?: number }): ReviewSession;
  stats(): StatsData;
  close(): void;
}
