/**
 * The end of an interview: every question graded as it stands (an unanswered
 * one scores 0), a follow-up reply graded together with the answer and kept
 * when it raises the score, and the cards worth studying collected.
 */
import type { MockGrader } from './grader.js';
import type { MockAttempt, MockPlan, MockProgress, QuestionResult } from './types.js';

const round3 = (n: number): number => Math.round(n * 1000) / 1000;

function gradeOne(plan: MockPlan, p: MockProgress, grader: MockGrader, index: number): QuestionResult {
  const q = plan.questions[index]!;
  const answer = p.answers[q.id] ?? '';
  let grade = grader.grade(q, answer);
  const asked = p.followUps[q.id];
  let followUp: QuestionResult['followUp'];
  if (asked) {
    const reply = asked.answer.trim();
    const together = reply ? grader.grade(q, `${answer}\n${reply}`) : undefined;
    const raised = !!together && together.score > grade.score;
    if (raised) grade = together!;
    followUp = { ...asked, raised };
  }
  return {
    id: q.id,
    kind: q.kind,
    ref: q.ref,
    tags: q.tags,
    prompt: q.prompt,
    answer,
    ...(followUp ? { followUp } : {}),
    unanswered: !answer.trim() && !asked?.answer.trim(),
    ...grade,
    score: round3(grade.score),
    timeMs: Math.round(p.timeMs[q.id] ?? 0),
    softMs: q.softMs,
  };
}

export function finishMock(plan: MockPlan, progress: MockProgress, grader: MockGrader, finishedAt: number, id: string): MockAttempt {
  const questions = plan.questions.map((_, i) => gradeOne(plan, progress, grader, i));
  const score = questions.length ? round3(questions.reduce((s, q) => s + q.score, 0) / questions.length) : 0;
  return {
    id,
    options: plan.options,
    startedAt: progress.startedAt,
    finishedAt,
    timedOut: progress.timedOut,
    score,
    questions,
    study: [...new Set(questions.flatMap((q) => q.study))],
  };
}
