import type { Card } from '../../../src/core/deck/schema.js';
import type { TeamQuestion } from '../../../src/core/team/pick.js';
import { gradeCard } from '../../../src/core/grading/index.js';

/** Numeric questions whose answer is `n`: a correct answer is exactly `String(n)`. */
export function numericQuestions(count: number): TeamQuestion[] {
  return Array.from({ length: count }, (_, i) => {
    const card = { id: `q${i + 1}`, kind: 'numeric', prompt: `What is ${i + 1} + 1?`, answer: String(i + 2), number: { value: i + 2 } } as unknown as Card;
    return { key: `test/q${i + 1}`, card, prompt: card.prompt, grade: (a: string) => gradeCard(card, a) };
  });
}
