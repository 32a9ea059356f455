import type { FittedParameters } from './fitted-parameters.js';

/** Scheduling settings. Every field has a default; a user's settings file overrides any of them. */
export interface SchedulerSettings {
  /** Desired retention FSRS aims for, 0 < r < 1 (default 0.9). */
  desiredRetention: number;
  /** New cards introduced per day (default 20). */
  newPerDay: number;
  /** Maximum reviews per day (default 200). */
  reviewsPerDay: number;
  /** Local hour at which a new day starts (default 4, as Anki). */
  dayStartHour: number;
  /** A card that has lapsed this many times is a leech (default 8). */
  leechLapses: number;
  /** A learning card due within this many ms counts as due now (default 20 min, as Anki). */
  learnAheadMs: number;
  /** Learning steps of a new card, e.g. `["1m", "10m"]` (units m, h, d; ts-fsrs's default). */
  learningSteps: readonly string[];
  /** Relearning steps after a lapse (default `["10m"]`). */
  relearningSteps: readonly string[];
  /** FSRS parameters fitted by `drillbit optimize` (absent: ts-fsrs's defaults). */
  fsrsParameters?: FittedParameters | undefined;
}

/** The steps ts-fsrs uses when none are set. */
export const DEFAULT_LEARNING_STEPS: readonly string[] = Object.freeze(['1m', '10m']);
export const DEFAULT_RELEARNING_STEPS: readonly string[] = Object.freeze(['10m']);

export const DEFAULT_SETTINGS: Readonly<SchedulerSettings> = Object.freeze({
  desiredRetention: 0.9,
  newPerDay: 20,
  reviewsPerDay: 200,
  dayStartHour: 4,
  leechLapses: 8,
  learnAheadMs: 20 * 60_000,
  learningSteps: DEFAULT_LEARNING_STEPS,
  relearningSteps: DEFAULT_RELEARNING_STEPS,
});

/** Fills in defaults for missing settings. */
export function withDefaults(partial: Partial<SchedulerSettings> = {}): SchedulerSettings {
  return { ...DEFAULT_SETTINGS, ...partial };
}

/** Settings as one line each, for `drillbit stats`. */
export function describeSettings(s: SchedulerSettings): string[] {
  return [
    `desired retention ${s.desiredRetention}`,
    `new cards per day ${s.newPerDay}`,
    `maximum reviews per day ${s.reviewsPerDay}`,
    `day starts at ${s.dayStartHour}:00`,
    `learning steps ${s.learningSteps.join(' ') || 'none'}`,
    `relearning steps ${s.relearningSteps.join(' ') || 'none'}`,
    `learn ahead ${Math.round(s.learnAheadMs / 60_000)} min`,
    `leech after ${s.leechLapses} lapses`,
  ];
}
