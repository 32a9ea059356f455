/**
 * What the drill TUI needs from its caller, declared here so the TUI imports
 * no store code (DESIGN.md: cli → tui → core). The CLI's DrillSession and
 * DrillTuiOptions (src/cli/actions/drill.ts) satisfy these shapes.
 */
import type { Countdown } from '../core/drills/countdown.js';
import type { DrillResult } from '../core/drills/grade-drill.js';
import type { SubnetRoundResult } from '../core/drills/subnet-round.js';
import type { Draft as DrillDraft, DrillHistory } from '../core/drills/records.js';

export type { DrillDraft, DrillHistory };


/** A submitted attempt: graded, kept, related cards pulled into review. */
export type DrillOutcome = {
  history: DrillHistory;
  pulled: { tags: string[]; keys: string[] };
  timedOut: boolean;
} & ({ kind: 'sections'; result: DrillResult } | { kind: 'round'; result: SubnetRoundResult });

/** One running attempt (the CLI's DrillSession). */
export interface DrillAttempt {
  readonly answers: Record<string, string>;
  readonly seed: number;
  /** Key of the section being edited when the draft was saved (undefined: a fresh start or an older draft). */
  readonly section?: string | undefined;
  /** Records the section being edited, so a resume opens it (drafted like an answer). */
  focus?(key: string): void;
  /** The countdown at `now` (default: the clock). */
  clock(now?: number): Countdown;
  /** Records the answer so far and drafts it (at most ~1 s behind). */
  set(key: string, text: string): void;
  /** Saves the draft now. */
  save(): void;
  /** Grades, keeps the attempt, clears the draft, pulls related cards. */
  submit(timedOut: boolean): Promise<DrillOutcome>;
}

/** What runDrillTui takes (built by the CLI's drillTuiOptions). */
export interface DrillTuiOptions {
  color?: boolean;
  /** How to run drillbit where the user is, for the resume hint (default "drillbit"). */
  command?: string;
  dataDir?: string;
  seed?: number;
  /** The saved draft, offered back with its time left. */
  draft?: DrillDraft;
  /** Drops the saved draft (fresh start chosen). */
  discardDraft(): void;
  /** Starts an attempt, resuming `draft` when given. */
  startSession(draft?: DrillDraft): DrillAttempt;
}
