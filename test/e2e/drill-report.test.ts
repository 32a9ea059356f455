import { describe, expect, it } from 'vitest';
import { formatDrillResult, formatHistory } from '../../src/cli/actions/drill-report.js';
import type { DrillResult } from '../../src/core/drills/grade-drill.js';

const result: DrillResult = {
  drillId: 'd',
  score: 0.45,
  verdict: 'partial',
  sections: [
    {
      id: 'fargate.identity',
      score: 0.5,
      verdict: 'partial',
      criteria: [
        { id: 'task-role', met: true, weight: 0.5 },
        { id: 'execution-role', met: false, weight: 0.5, hint: 'Name the execution role.' },
      ],
      contradictions: [{ id: 'roles-swapped', evidence: 'execution role … S3', message: 'The roles are swapped.' }],
      hints: ['Name the execution role.'],
      notes: ['short answer'],
      modelAnswer: 'Two roles.\nTask and execution.',
      tags: ['iam'],
    },
  ],
  checks: [
    { id: 'latest-tag', ok: false, message: 'fargate.image: a :latest image tag' },
    { id: 'plain-http', ok: true, message: 'no plain HTTP to the internet' },
  ],
  sectionAverage: 0.55,
};

describe('drill results in plain text', () => {
  it('shows score, met, missed, contradictions, notes, model answer and checks', () => {
    expect(formatDrillResult(result)).toBe(
      [
        'Score: 45% (partial)',
        'Sections average 55%, less 10% for the failed check: 45%',
        '',
        'fargate.identity: 50% partial',
        '    met: task-role',
        '    missed: Name the execution role.',
        '    wrong: The roles are swapped.',
        '    note: short answer',
        '    model answer:',
        '      Two roles.',
        '      Task and execution.',
        '',
        'Checks:',
        '  FAIL fargate.image: a :latest image tag',
        '  ok   no plain HTTP to the internet',
      ].join('\n'),
    );
  });

  it.each([
    [{ count: 0, scores: [] }, 'History: no attempts yet'],
    [{ count: 1, best: 0.5, last: 0.5, trend: 'first' as const, scores: [0.5] }, 'History: best 50%, last 50%, first attempt (1 attempt)'],
    [{ count: 3, best: 0.9, last: 0.7, trend: 'down' as const, scores: [0.2, 0.9, 0.7] }, 'History: best 90%, last 70%, trend down (3 attempts)'],
  ])('history %#', (history, text) => {
    expect(formatHistory(history)).toBe(text);
  });
});
