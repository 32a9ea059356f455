/**
 * A round of the subnet-bits drill: N generated problems, one answer line
 * each, graded together.
 */
import type { Verdict } from '../grading/types.js';
import { verdictFor } from './grade-drill.js';
import { gradeSubnetAnswer, type SubnetGrade } from './subnet-grade.js';
import { generateSubnetRound, type SubnetProblem } from './subnet-problems.js';

/** The answer key of problem `i` (0-based) in a round's answers. */
export const problemKey = (i: number): string => `problem-${i + 1}`;

/** One problem of a graded round. */
export interface RoundProblemResult extends SubnetGrade {
  id: string;
  text: string;
  expected: string;
}

export interface SubnetRoundResult {
  drillId: string;
  score: number;
  verdict: Verdict;
  problems: RoundProblemResult[];
}

export function subnetRoundProblems(seed: number, count: number): SubnetProblem[] {
  return generateSubnetRound(seed, count);
}

/** Grades the answers (`problem-1` …; missing ones count as unanswered). Pure. */
export function gradeSubnetRound(drillId: string, problems: readonly SubnetProblem[], answers: Readonly<Record<string, string>>): SubnetRoundResult {
  const graded = problems.map((problem, i) => ({
    id: problemKey(i),
    text: problem.text,
    expected: `/${problem.solution.prefix}`,
    ...gradeSubnetAnswer(problem, answers[problemKey(i)] ?? ''),
  }));
  const right = graded.filter((g) => g.correct).length;
  const score = problems.length ? Math.round((right / problems.length) * 1000) / 1000 : 0;
  return { drillId, score, verdict: verdictFor(score), problems: graded };
}
