/** The grading contract (DESIGN.md "Grading contract"). */

export type Verdict = 'correct' | 'partial' | 'incorrect';

export interface CriterionResult {
  id: string;
  met: boolean;
  /** The criterion's share of the score (weights normalised to sum 1). */
  weight: number;
  /** The span of the answer that satisfied it. */
  evidence?: string;
  /** What was missing, in a learner's words (when not met). */
  hint?: string;
}

export interface ContradictionResult {
  id: string;
  /** The span of the answer that affirmed it. */
  evidence: string;
  /** Why it is wrong. */
  message: string;
}

export interface GradeResult {
  /** 0..1. */
  score: number;
  verdict: Verdict;
  criteria: CriterionResult[];
  contradictions: ContradictionResult[];
  /** Whole-answer observations: empty, keyword list, off topic, truncated. */
  notes: string[];
}
