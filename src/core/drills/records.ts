/** The drill records the store keeps and the TUI shows: drafts and the attempt history. */

/** An unfinished attempt. */
export interface Draft {
  drillId: string;
  /** Epoch ms when the attempt (first) started. */
  startedAt: number;
  /** Epoch ms of this save. */
  savedAt: number;
  /** Time the attempt had left at this save; a resume continues from it. */
  remainingMs: number;
  /** Answers so far by section id (for generated drills: `problem-1` …). */
  answers: Record<string, string>;
  /** Seed of a generated drill's problems, so a resume shows the same ones. */
  seed?: number;
  /** Key of the section (or problem) being edited at this save, so a resume opens it; absent in older drafts. */
  section?: string;
}

/** Best, last and trend of one drill's attempts. */
export interface DrillHistory {
  count: number;
  best?: number;
  last?: number;
  /** Last score against the one before: up, down or flat; `first` with one attempt. */
  trend?: 'up' | 'down' | 'flat' | 'first';
  /** Every score, oldest first. */
  scores: number[];
}
