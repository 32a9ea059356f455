import type { FittedParameters } from './fitted-parameters.js';

/** Scheduling settings. Every field has a default; a user's settings file overrides any of them. */
export interface SchedulerSettings {
  /** Desired retention FSRS aims for, 0 < r < 1 (default 0.9). */
  desiredRetention: number;
  /** New cards introduced per day (default 20). */
  newPerDay: number;
  /** Reviews per day (default 200). */
  reviewsPerDay: number;
  /** Local hour at which a new day starts (default 4, as Anki). */
  dayStartHour: number;
  /** A card that has lapsed this many times is a leech (default 8). */
  leechLapses: number;
  /** A learning card due within this many ms is shown again in the same session (default 20 min, as Anki). */
  learnAheadMs: number;
  /** FSRS parameters fitted by `drillbit optimize` (absent: ts-fsrs's defaults). */
  fsrsParameters?: FittedParameters | undefined;
}

export const DEFAULT_SETTINGS: Readonly<SchedulerSettings> = Object.freeze({
  desiredRetention: 0.9,
  newPerDay: 20,
  reviewsPerDay: 200,
  dayStartHour: 4,
  leechLapses: 8,
  learnAheadMs: 20 * 60_000,
});

/** Fills in defaults for missing settings. */
export function withDefaults(partial: Partial<SchedulerSettings> = {}): SchedulerSettings {
  return { ...DEFAULT_SETTINGS, ...partial };
}
