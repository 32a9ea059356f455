/** Where a card is in its life: never seen, being learned, in review, or relearning after a lapse. */
export type CardPhase = 'new' | 'learning' | 'review' | 'relearning';

/** The FSRS memory state of one card, as the scheduler sees it. */
export interface CardState {
  phase: CardPhase;
  /** When the card is next due. */
  due: Date;
  /** FSRS stability in days (interval at which recall probability is 90 %). */
  stability: number;
  /** FSRS difficulty, 1..10. */
  difficulty: number;
  /** Days until due when last scheduled. */
  scheduledDays: number;
  /** Index into the (re)learning steps. */
  learningSteps: number;
  /** Times reviewed. */
  reps: number;
  /** Times forgotten after reaching review. */
  lapses: number;
  lastReview?: Date | undefined;
}

/** The state of a card that has never been reviewed, due at `now`. */
export function newCardState(now: Date): CardState {
  return { phase: 'new', due: now, stability: 0, difficulty: 0, scheduledDays: 0, learningSteps: 0, reps: 0, lapses: 0 };
}

/** A leech keeps being forgotten: `leechLapses` (default 8) lapses or more. */
export const isLeech = (state: CardState, leechLapses = 8): boolean => state.lapses >= leechLapses;
