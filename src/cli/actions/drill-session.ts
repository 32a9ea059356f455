/**
 * The state of a running plain-mode attempt: its answers, its clock and its
 * draft, saved at most ~1 s behind the learner's typing.
 */
import { remaining, type Countdown } from '../../core/drills/countdown.js';
import { clearDraft, saveDraft, type Draft } from '../../store/drafts.js';

/** Saves are at most this far behind the last line typed. */
export const SAVE_EVERY_MS = 1000;

export class DrillSession {
  readonly answers: Record<string, string>;
  private readonly clockStart = Date.now();
  private lastSave = 0;
  private pending?: NodeJS.Timeout;

  constructor(
    readonly dir: string,
    readonly drillId: string,
    /** When the attempt first started (kept across resumes). */
    readonly startedAt: number,
    /** Time this run of the attempt has (the full limit, or what a draft had left). */
    readonly limitMs: number,
    answers: Record<string, string> = {},
    readonly seed?: number,
  ) {
    this.answers = { ...answers };
  }

  clock(now = Date.now()): Countdown {
    return remaining(this.clockStart, now, this.limitMs);
  }

  /** Records the answer so far for `key` and schedules a draft save. */
  set(key: string, text: string): void {
    this.answers[key] = text;
    const wait = this.lastSave + SAVE_EVERY_MS - Date.now();
    if (wait <= 0) this.save();
    else this.pending ??= setTimeout(() => this.save(), wait);
  }

  save(): void {
    if (this.pending) clearTimeout(this.pending);
    this.pending = undefined;
    this.lastSave = Date.now();
    const draft: Draft = {
      drillId: this.drillId,
      startedAt: this.startedAt,
      savedAt: this.lastSave,
      remainingMs: this.clock(this.lastSave).remainingMs,
      answers: this.answers,
      ...(this.seed !== undefined ? { seed: this.seed } : {}),
    };
    saveDraft(this.dir, draft);
  }

  /** The attempt is graded and kept: the draft is no longer needed. */
  finish(): void {
    if (this.pending) clearTimeout(this.pending);
    this.pending = undefined;
    clearDraft(this.dir, this.drillId);
  }
}
