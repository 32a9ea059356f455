/**
 * Generated review cards (`kind: generated`): a fresh problem each time the
 * card comes due. The review code calls `instantiateCard(card, seed)`, shows
 * the returned card's prompt and grades with the returned `grade`.
 */
import type { Card } from '../deck/schema.js';
import type { GradeResult } from '../grading/types.js';
import { generateSubnetProblem, type SubnetProblem } from './subnet-problems.js';
import { gradeSubnetAnswer } from './subnet-grade.js';

export { ANSWER_FORMAT } from './subnet-problems.js';

/** A generated card made concrete for one review. */
export interface InstantiatedCard {
  /** The deck card with this problem's prompt and model answer. */
  card: Card;
  grade(answer: string): GradeResult;
}

/** The subnet answer as a GradeResult: diagnosis in a criterion hint and in `notes`. */
export function subnetGradeResult(problem: SubnetProblem, answer: string): GradeResult {
  const graded = gradeSubnetAnswer(problem, answer);
  return {
    score: graded.correct ? 1 : 0,
    verdict: graded.correct ? 'correct' : 'incorrect',
    criteria: [
      {
        id: 'prefix',
        met: graded.correct,
        weight: 1,
        ...(graded.answer.prefix !== undefined ? { evidence: `/${graded.answer.prefix}` } : {}),
        ...(graded.correct ? {} : { hint: graded.diagnosis }),
      },
    ],
    contradictions: [],
    notes: [graded.diagnosis, ...graded.steps],
  };
}

export function instantiateCard(card: Card, seed: number): InstantiatedCard {
  if (card.kind !== 'generated' || card.generator !== 'subnet-bits') {
    return { card, grade: () => ({ score: 0, verdict: 'incorrect', criteria: [], contradictions: [], notes: [`card ${card.id} has no generator`] }) };
  }
  const problem = generateSubnetProblem(seed);
  const concrete: Card = {
    ...card,
    prompt: `${card.prompt}\n\n${problem.text}`,
    answer: [`${problem.solution.addressesNeeded} /${problem.solution.prefix}`, ...problem.solution.steps].join('\n'),
  };
  return { card: concrete, grade: (answer) => subnetGradeResult(problem, answer) };
}
