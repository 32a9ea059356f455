import { appendFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { appendMockAttempt, findMockAttempt, nextMockId, readMockAttempts } from '../../src/store/mock-attempts.js';
import { clearMockDraft, loadMockDraft, mockDraftFile, saveMockDraft, type MockDraft } from '../../src/store/mock-draft.js';
import { buildPlan, startProgress } from '../../src/core/mock/index.js';
import { DrillbitError } from '../../src/core/errors.js';
import { reviewScores } from '../../src/store/review-scores.js';
import { tempDir } from '../helpers/temp-dir.js';
import { fixtureAttempt, tinyDeck } from '../core/mock/fixtures.js';

describe('mock attempts file', () => {
  it('appends, numbers and finds attempts; a torn last line is skipped', () => {
    const dir = tempDir();
    expect(readMockAttempts(dir)).toEqual([]);
    expect(nextMockId(dir)).toBe('1');
    expect(() => findMockAttempt(dir)).toThrow(new DrillbitError('no mock interviews yet; run "drillbit mock" to take one'));
    appendMockAttempt(dir, { ...fixtureAttempt, id: '1' });
    appendMockAttempt(dir, { ...fixtureAttempt, id: '2', score: 0.9 });
    appendFileSync(join(dir, 'mock', 'attempts.jsonl'), '{"id":"3","sco');
    expect(readMockAttempts(dir).map((a) => a.id)).toEqual(['1', '2']);
    expect(nextMockId(dir)).toBe('3');
    expect(findMockAttempt(dir).score).toBe(0.9);
    expect(findMockAttempt(dir, '1')).toEqual({ ...fixtureAttempt, id: '1' });
    expect(() => findMockAttempt(dir, '9')).toThrow(new DrillbitError('no mock interview "9"; the ids are 1, 2 ("drillbit mock history" lists them)'));
  });
});

describe('mock draft', () => {
  it('round-trips, is cleared, and a damaged one is set aside, not deleted', () => {
    const dir = tempDir();
    const plan = buildPlan({ decks: [tinyDeck], options: { minutes: 10, mix: 'even', seed: 1 } });
    const draft: MockDraft = { v: 1, plan, progress: { ...startProgress(plan, 1000), answers: { q1: 'typed' } }, savedAt: 2000 };
    saveMockDraft(dir, draft);
    expect(loadMockDraft(dir)).toEqual(draft);
    clearMockDraft(dir);
    expect(loadMockDraft(dir)).toBeUndefined();
    mkdirSync(join(dir, 'mock'), { recursive: true });
    writeFileSync(mockDraftFile(dir), '{"v":1,"plan":');
    expect(loadMockDraft(dir)).toBeUndefined();
    expect(existsSync(mockDraftFile(dir))).toBe(false);
    expect(readFileSync(`${mockDraftFile(dir)}.damaged`, 'utf8')).toBe('{"v":1,"plan":');
  });
});

describe('review scores for --mix weak', () => {
  it('reads scores per card from the history, drops undone ones and torn lines, writes nothing', () => {
    const dir = tempDir();
    expect(reviewScores(dir)).toEqual(new Map());
    const lines = [
      { v: 1, type: 'review', id: 'r1', key: 'd/a', score: 0.2 },
      { v: 1, type: 'review', id: 'r2', key: 'd/a', score: 0.9 },
      { v: 1, type: 'review', id: 'r3', key: 'd/b', score: 0.5 },
      { v: 1, type: 'undo', of: 'r2', key: 'd/a' },
      { v: 1, type: 'pull', keys: ['d/a'] },
    ].map((r) => JSON.stringify(r));
    const text = `${lines.join('\n')}\n{"v":1,"type":"review","id":"r4","key":"d/b","sco`;
    writeFileSync(join(dir, 'history.jsonl'), text);
    expect(reviewScores(dir)).toEqual(new Map([['d/a', [0.2]], ['d/b', [0.5]]]));
    expect(readFileSync(join(dir, 'history.jsonl'), 'utf8')).toBe(text);
  });
});
