import { appendFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { appendAttempt, attemptsFile, drillHistory, readAttempts, readPullForward, writePullForward, type AttemptRecord } from '../../src/store/attempts.js';
import { tempDir } from '../helpers/temp-dir.js';

let dir: string;
beforeEach(() => {
  dir = tempDir('drillbit-attempts-');
});

const attempt = (drillId: string, score: number): AttemptRecord => ({
  drillId,
  startedAt: 1,
  finishedAt: 2,
  timedOut: false,
  answers: { 'fargate.image': 'ECR' },
  score,
  verdict: score >= 0.8 ? 'correct' : 'partial',
  result: { score },
});

describe('attempts', () => {
  it('keeps every attempt with its answers and result, oldest first', () => {
    appendAttempt(dir, attempt('a', 0.5));
    appendAttempt(dir, attempt('b', 0.9));
    appendAttempt(dir, attempt('a', 0.7));
    expect(readAttempts(dir, 'a').map((x) => x.score)).toEqual([0.5, 0.7]);
    expect(readAttempts(dir)).toHaveLength(3);
    expect(readAttempts(dir, 'a')[0]).toEqual(attempt('a', 0.5));
  });

  it('no file means no attempts', () => {
    expect(readAttempts(dir)).toEqual([]);
  });

  it('skips a line torn by a crash and keeps the rest', () => {
    appendAttempt(dir, attempt('a', 0.5));
    appendFileSync(attemptsFile(dir), '{"drillId":"a","sco');
    appendFileSync(attemptsFile(dir), '\n');
    appendAttempt(dir, attempt('a', 0.6));
    expect(readAttempts(dir, 'a').map((x) => x.score)).toEqual([0.5, 0.6]);
  });

  it.each([
    [[], { count: 0, scores: [] }],
    [[0.4], { count: 1, best: 0.4, last: 0.4, trend: 'first', scores: [0.4] }],
    [[0.4, 0.9, 0.6], { count: 3, best: 0.9, last: 0.6, trend: 'down', scores: [0.4, 0.9, 0.6] }],
    [[0.4, 0.6], { count: 2, best: 0.6, last: 0.6, trend: 'up', scores: [0.4, 0.6] }],
    [[0.6, 0.61], { count: 2, best: 0.61, last: 0.61, trend: 'flat', scores: [0.6, 0.61] }],
  ])('history of %j', (scores, expected) => {
    expect(drillHistory(scores.map((s) => attempt('a', s)))).toEqual(expected);
  });

  it('pull-forward merges keys without repeats', () => {
    expect(readPullForward(dir)).toEqual([]);
    writePullForward(dir, ['deck/a', 'deck/b']);
    expect(writePullForward(dir, ['deck/b', 'deck/c'])).toEqual(['deck/a', 'deck/b', 'deck/c']);
    expect(readPullForward(dir)).toEqual(['deck/a', 'deck/b', 'deck/c']);
  });
});
