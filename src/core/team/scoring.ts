/**
 * Points for one answer: the grader's score, plus a speed bonus that only a
 * good answer earns (the bonus is scaled by the score, so a fast wrong answer
 * gets nothing):
 *
 *   points = round(1000 × score + 500 × score × timeLeft / timeLimit)
 */
export const BASE_POINTS = 1000;
export const SPEED_BONUS = 500;

/** The formula as the help shows it. */
export const POINTS_FORMULA = `points = round(${BASE_POINTS} × score + ${SPEED_BONUS} × score × time left / time limit)`;

export function answerPoints(score: number, remainingMs: number, limitMs: number): number {
  const s = Math.max(0, Math.min(1, score));
  const left = limitMs > 0 ? Math.max(0, Math.min(1, remainingMs / limitMs)) : 0;
  return Math.round(BASE_POINTS * s + SPEED_BONUS * s * left);
}
