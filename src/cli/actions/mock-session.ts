/**
 * One running mock interview, shared by plain mode and the TUI: the pure
 * progress (src/core/mock/progress.ts) driven by the one clock, drafted as
 * the learner types (at most SAVE_EVERY_MS behind), and kept in the mock
 * attempts file when it ends. Nothing here opens the review collection.
 */
import type { Countdown } from '../../core/drills/countdown.js';
import { finishMock } from '../../core/mock/finish.js';
import type { MockContent, MockGrader } from '../../core/mock/grader.js';
import { mockGrader } from '../../core/mock/grader.js';
import * as step from '../../core/mock/progress.js';
import type { MockAttempt, MockPlan, MockProgress, MockQuestion } from '../../core/mock/types.js';
import { appendMockAttempt, nextMockId } from '../../store/mock-attempts.js';
import { clearMockDraft, saveMockDraft, type MockDraft } from '../../store/mock-draft.js';
import { nowMs } from '../clock.js';

/** Saves are at most this far behind the last keystroke or line. */
export const SAVE_EVERY_MS = 1000;

/** What is being asked now. */
export interface Asked {
  question: MockQuestion;
  /** 1-based position in the plan. */
  number: number;
  /** The follow-up being asked about this question, if any. */
  followUp?: string | undefined;
  /** With a follow-up: the answer it follows. */
  answer?: string | undefined;
  /** The question came back after a skip. */
  returned: boolean;
}

export class MockSession {
  private state: MockProgress;
  private readonly grader: MockGrader;
  private lastSave = -Infinity;
  private pending?: NodeJS.Timeout;

  constructor(
    readonly plan: MockPlan,
    readonly dir: string,
    content: MockContent,
    /** The interview clock (epoch ms); DRILLBIT_NOW freezes it. */
    readonly now: () => number = nowMs,
    resume?: MockDraft,
  ) {
    this.grader = mockGrader(content);
    const t = now();
    this.state = resume ? step.resumeProgress(resume.progress, resume.savedAt, t) : step.startProgress(plan, t);
  }

  get progress(): MockProgress {
    return this.state;
  }

  clock(): Countdown {
    return step.interviewClock(this.state, this.now());
  }

  /** Time on the current question and its soft time. */
  questionClock(): { spentMs: number; softMs: number; over: boolean } {
    return step.questionClock(this.state, this.plan, this.now());
  }

  asked(): Asked | undefined {
    const question = step.currentQuestion(this.state, this.plan);
    if (!question) return undefined;
    const followUp = this.state.stage === 'follow-up' ? this.state.followUps[question.id]?.prompt : undefined;
    const answer = followUp ? this.state.answers[question.id] : undefined;
    return { question, number: this.plan.questions.indexOf(question) + 1, followUp, answer, returned: this.state.skipped.includes(question.id) };
  }

  /** The text being typed (the answer or the follow-up reply). */
  text(): string {
    return step.currentText(this.state);
  }

  /** Records the whole current text and drafts it soon. */
  type(text: string): void {
    this.state = step.typed(this.state, text);
    const wait = this.lastSave + SAVE_EVERY_MS - performance.now();
    if (wait <= 0) this.save();
    else this.pending ??= setTimeout(() => this.save(), wait);
  }

  /** Done with the current text: a follow-up, or the next question. */
  submit(): void {
    this.state = step.submit(this.state, this.plan, this.grader, this.now());
    this.save();
  }

  skip(): void {
    this.state = step.skip(this.state, this.now());
    this.save();
  }

  /** Ends the interview when the countdown is at zero; true when it did. */
  expireIfDue(): boolean {
    if (this.state.done || this.clock().remainingMs > 0) return this.state.done;
    this.state = step.expire(this.state, this.now());
    this.save();
    return true;
  }

  get done(): boolean {
    return this.state.done;
  }

  /** Saves the draft now (on a signal, on leaving, after each step). */
  save(): void {
    if (this.pending) clearTimeout(this.pending);
    this.pending = undefined;
    this.lastSave = performance.now();
    saveMockDraft(this.dir, { v: 1, plan: this.plan, progress: this.state, savedAt: this.now() });
  }

  /** Grades everything as it stands (ending the interview early if it is not over), keeps the attempt and drops the draft. */
  finish(): MockAttempt {
    if (this.pending) clearTimeout(this.pending);
    this.pending = undefined;
    if (!this.state.done) this.state = step.endEarly(this.state, this.now());
    const attempt = finishMock(this.plan, this.state, this.grader, this.now(), nextMockId(this.dir));
    appendMockAttempt(this.dir, attempt);
    clearMockDraft(this.dir);
    return attempt;
  }
}
