import { describe, expect, it } from 'vitest';
import { change, formatMockHistory, formatMockMarkdown, formatMockReport, mockFigures, mockHistory, sparkline, type MockAttempt } from '../../../src/core/mock/index.js';
import { fixtureAttempt } from './fixtures.js';

describe('report figures on a fixture', () => {
  it('scores per tag, weakest tags, most-missed points, time', () => {
    const f = mockFigures(fixtureAttempt);
    expect(f.score).toBe(0.475);
    expect(f.counts).toEqual({ correct: 1, partial: 2, incorrect: 1, unanswered: 1 });
    // alpha: q1 1 and q2 0.5; beta: q1 1 and q3 0.4; gamma: q4 0.
    expect(f.tags).toEqual([
      { tag: 'alpha', score: 0.75, questions: 2 },
      { tag: 'beta', score: 0.7, questions: 2 },
      { tag: 'gamma', score: 0, questions: 1 },
    ]);
    expect(f.weakest.map((t) => t.tag)).toEqual(['gamma', 'beta', 'alpha']);
    expect(f.missed).toEqual([
      { id: 'reserved', count: 3, hint: 'Say how many are reserved.', questions: ['q2', 'q3', 'q4'] },
      { id: 'surge', count: 1, hint: 'Say the deploy doubles the tasks.', questions: ['q4'] },
    ]);
    expect(f.totalTimeMs).toBe(540_000);
  });

  it('prints them as text', () => {
    const text = formatMockReport(fixtureAttempt);
    const head = text.split('\n\nQuestions\n')[0];
    expect(head).toBe(
      [
        'Mock interview 4 · 2026-03-01 09:00 UTC · 10 min · 4 questions · mix even · seed 99',
        'Overall: 48% █████░░░░░  1 correct · 2 partial · 1 incorrect (1 unanswered)',
        '',
        'Score per tag',
        '  alpha  ████████░░  75%  (2 questions)',
        '  beta   ███████░░░  70%  (2 questions)',
        '  gamma  ░░░░░░░░░░   0%  (1 question)',
        '',
        'Weakest tags: gamma 0% · beta 70% · alpha 75%',
        '',
        'Rubric points missed most often',
        '  3× reserved (q2, q3, q4) — Say how many are reserved.',
        '  1× surge (q4) — Say the deploy doubles the tasks.',
        '',
        'Time per question (soft time)',
        '  q1    1:30 (2:00)',
        '  q2    2:30 (2:00) over',
        '  q3    1:00 (2:00)',
        '  q4    4:00 (2:00) over',
        '  total 9:00 of 10:00',
      ].join('\n'),
    );
    expect(text).toContain(
      ['q2 · partial 50% · tiny/q2 · alpha', '  Prompt q2', '  Your answer:', '    answer q2', '  Follow-up: And what about the reserved addresses?', '  Your reply:', '    five', '  (the reply raised the score)', '  ✓ role', '  ✗ reserved — Say how many are reserved.', '  Model answer:', '    Model q2'].join('\n'),
    );
    expect(text).toContain('q4 · incorrect 0% · tiny/q4 · gamma\n  Prompt q4\n  Your answer: (none)\n');
    expect(text.endsWith('Cards to study (3); "drillbit mock report 4 --pull" brings them into your next review:\n  tiny/q2\n  tiny/q3\n  tiny/q4\nRetake this interview: drillbit mock --minutes 10 --seed 99')).toBe(true);
  });

  it('and as Markdown', () => {
    const md = formatMockMarkdown(fixtureAttempt);
    expect(md.startsWith('# Mock interview 4\n\n2026-03-01 09:00 UTC · 10 min · 4 questions · mix even · seed 99\n\n**Overall: 48%** — 1 correct, 2 partial, 1 incorrect (1 unanswered)\n')).toBe(true);
    expect(md).toContain('| alpha | 75% | `████████░░` | 2 |\n');
    expect(md).toContain('- 3× `reserved` (q2, q3, q4) — Say how many are reserved.\n');
    expect(md).toContain('| q4 tiny/q4 | 4:00 | 2:00 |\n');
    expect(md).toContain('- ✗ `reserved` — Say how many are reserved.\n');
    expect(md.endsWith('Retake: `drillbit mock --minutes 10 --seed 99`\n')).toBe(true);
  });
});

describe('history', () => {
  const later = (id: string, score: number, alpha: number, startedAt: number): MockAttempt => ({
    ...fixtureAttempt,
    id,
    startedAt,
    score,
    questions: [{ ...fixtureAttempt.questions[1]!, score: alpha, tags: ['alpha'] }],
  });

  it('sparklines on an absolute scale, · where a tag was not asked', () => {
    expect(sparkline([0, 0.3, 0.5, 1, undefined, 0.99])).toBe('▁▃▅█·█');
    expect(change([0.5, undefined, 0.8, 0.6])).toEqual({ score: 0.6, vsPrevious: -0.2, vsBest: -0.2 });
    expect(change([0.4])).toEqual({ score: 0.4 });
    expect(change([undefined])).toBeUndefined();
  });

  it('lists every attempt with its change against the previous and the best before it, and per-tag trends', () => {
    const attempts = [fixtureAttempt, later('5', 0.9, 0.9, Date.parse('2026-03-02T09:00:00Z')), later('6', 0.6, 0.6, Date.parse('2026-03-03T09:00:00Z'))];
    const h = mockHistory(attempts);
    expect(h.attempts.map((a) => [a.id, a.score, a.vsPrevious, a.vsBest])).toEqual([
      ['4', 0.475, undefined, undefined],
      ['5', 0.9, 0.425, 0.425],
      ['6', 0.6, -0.3, -0.3],
    ]);
    expect(h.tags.find((t) => t.tag === 'alpha')).toEqual({ tag: 'alpha', series: [0.75, 0.9, 0.6], sparkline: '▇█▅', score: 0.6, vsPrevious: -0.3, vsBest: -0.3 });
    expect(h.tags.find((t) => t.tag === 'gamma')).toEqual({ tag: 'gamma', series: [0, undefined, undefined], sparkline: '▁··', score: 0 });
    expect(formatMockHistory(h)).toBe(
      [
        'Mock interviews',
        '  id  started                score  vs prev  vs best  questions  minutes',
        '   4  2026-03-01 09:00 UTC    48%        —        —          4       10',
        '   5  2026-03-02 09:00 UTC    90%      +43      +43          1       10',
        '   6  2026-03-03 09:00 UTC    60%      −30      −30          1       10',
        '',
        'Per tag, oldest to newest (· not asked), last score, change vs previous and vs best',
        '  alpha  ▇█▅   60%   −30 vs prev   −30 vs best',
        '  beta   ▆··   70%     — vs prev     — vs best',
        '  gamma  ▁··    0%     — vs prev     — vs best',
      ].join('\n'),
    );
    const beta = mockHistory(attempts, 'beta');
    expect(beta.attempts.map((a) => a.id)).toEqual(['4']);
    expect(beta.tags.map((t) => t.tag)).toEqual(['beta']);
    expect(formatMockHistory(mockHistory([], 'beta'), 'beta')).toBe('No mock interview has asked about "beta" yet.');
  });
});
