/**
 * One running drill attempt, shared by plain mode and the TUI: its answers,
 * its clock, its draft (saved at most ~1 s behind the typing) and its
 * submission (graded, kept, related cards pulled into review).
 */
import type { Drill } from '../../core/deck/schema.js';
import type { DrillOutcome } from '../../tui/drill-contract.js';
import { remaining, type Countdown } from '../../core/drills/countdown.js';
import { gradeDrill, poorSectionTags } from '../../core/drills/grade-drill.js';
import type { SubnetProblem } from '../../core/drills/subnet-problems.js';
import { gradeSubnetRound, subnetRoundProblems } from '../../core/drills/subnet-round.js';
import { clearDraft, saveDraft, type Draft } from '../../store/drafts.js';
import { keepAttempt, pullRelatedCards } from './drill-finish.js';
import { nowMs } from '../clock.js';

/** Saves are at most this far behind the last change. */
export const SAVE_EVERY_MS = 1000;
/** Tags pulled into review when a subnet round is not all right. */
const SUBNET_TAGS = ['subnet'];

/** What a submitted attempt came to (the shape the drill TUI shows). */
export type AttemptOutcome = DrillOutcome;

export class DrillSession {
  readonly answers: Record<string, string>;
  /** The attempt's start (kept across resumes). */
  readonly startedAt: number;
  /** Time this run has: the full limit, or what the draft had left. */
  readonly limitMs: number;
  /** The round's problems (generated drills only). */
  readonly problems: SubnetProblem[];
  readonly seed: number;
  /** Key of the section being edited (from the draft on a resume). */
  section: string | undefined;
  /** The countdown's origin (a stopwatch: it runs even when DRILLBIT_NOW stands the wall clock still). */
  private readonly clockStart = Date.now();
  private lastSave = 0;
  private pending?: NodeJS.Timeout;

  constructor(readonly drill: Drill, readonly dir: string, options: { draft?: Draft | undefined; seed?: number | undefined } = {}) {
    const { draft } = options;
    this.answers = { ...(draft?.answers ?? {}) };
    const wall = nowMs();
    this.startedAt = draft?.startedAt ?? wall;
    this.limitMs = draft?.remainingMs ?? drill.minutes * 60_000;
    this.seed = draft?.seed ?? options.seed ?? (wall >>> 0);
    this.section = typeof draft?.section === 'string' ? draft.section : undefined;
    this.problems = drill.generator ? subnetRoundProblems(this.seed, drill.generator.problems ?? 5) : [];
  }

  clock(now = Date.now()): Countdown {
    return remaining(this.clockStart, now, this.limitMs);
  }

  /** Records the answer so far for `key` and schedules a draft save. */
  set(key: string, text: string): void {
    this.answers[key] = text;
    this.schedule();
  }

  /** Records which section the learner is on and drafts it like an answer. */
  focus(key: string): void {
    if (key === this.section) return;
    this.section = key;
    this.schedule();
  }

  /** Saves now, or within SAVE_EVERY_MS of the last save. */
  private schedule(): void {
    const wait = this.lastSave + SAVE_EVERY_MS - Date.now();
    if (wait <= 0) this.save();
    else this.pending ??= setTimeout(() => this.save(), wait);
  }

  /** Saves the draft now (on start, on a signal, when input ends). */
  save(): void {
    this.cancelPending();
    this.lastSave = Date.now();
    saveDraft(this.dir, {
      drillId: this.drill.id,
      startedAt: this.startedAt,
      savedAt: nowMs(),
      remainingMs: this.clock(this.lastSave).remainingMs,
      answers: this.answers,
      ...(this.drill.generator ? { seed: this.seed } : {}),
      ...(this.section === undefined ? {} : { section: this.section }),
    });
  }

  /** Grades the attempt as it stands, keeps it, clears the draft and pulls related cards into review. */
  async submit(timedOut: boolean): Promise<AttemptOutcome> {
    this.cancelPending();
    const base = { drillId: this.drill.id, startedAt: this.startedAt, timedOut, answers: this.answers };
    if (this.drill.sections) {
      const result = gradeDrill(this.drill, this.answers);
      const history = keepAttempt(this.dir, { ...base, score: result.score, verdict: result.verdict, result });
      clearDraft(this.dir, this.drill.id);
      const tags = poorSectionTags(result);
      return { kind: 'sections', result, history, timedOut, pulled: { tags, keys: await pullRelatedCards(this.dir, tags) } };
    }
    const result = gradeSubnetRound(this.drill.id, this.problems, this.answers);
    const history = keepAttempt(this.dir, { ...base, score: result.score, verdict: result.verdict, result: { ...result, seed: this.seed } });
    clearDraft(this.dir, this.drill.id);
    const tags = result.score < 1 ? SUBNET_TAGS : [];
    return { kind: 'round', result, history, timedOut, pulled: { tags, keys: await pullRelatedCards(this.dir, tags) } };
  }

  private cancelPending(): void {
    if (this.pending) clearTimeout(this.pending);
    this.pending = undefined;
  }
}
