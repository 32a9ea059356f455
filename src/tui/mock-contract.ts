/**
 * What the mock interview TUI needs from its caller, declared here so the TUI
 * imports no store code (cli → tui → core). The CLI's MockSession and
 * mockTuiOptions (src/cli/actions/mock-tui.ts) satisfy these shapes.
 */
import type { Countdown } from '../core/drills/countdown.js';
import type { MockAttempt, MockPlan, MockQuestion } from '../core/mock/types.js';

/** What is being asked now. */
export interface MockAsked {
  question: MockQuestion;
  number: number;
  followUp?: string | undefined;
  /** With a follow-up: the answer it follows. */
  answer?: string | undefined;
  returned: boolean;
}

/** One running interview (the CLI's MockSession). */
export interface MockRun {
  readonly plan: MockPlan;
  readonly done: boolean;
  asked(): MockAsked | undefined;
  text(): string;
  clock(): Countdown;
  questionClock(): { spentMs: number; softMs: number; over: boolean };
  type(text: string): void;
  submit(): void;
  skip(): void;
  expireIfDue(): boolean;
  save(): void;
  finish(): MockAttempt;
}

/** A saved interview, offered back. */
export interface MockDraftSummary {
  questions: number;
  toGo: number;
}

export interface MockTuiOptions {
  color?: boolean | undefined;
  /** How to run drillbit where the user is, for the resume hint (default "drillbit"). */
  command?: string | undefined;
  draft?: MockDraftSummary | undefined;
  /** Starts the interview: the saved one (`resume`) or the new one. */
  start(resume: boolean): MockRun;
  /** After the report is kept: lines to show (e.g. the cards pulled into review). */
  afterFinish?: ((attempt: MockAttempt) => string[]) | undefined;
}
