import { readdirSync, readFileSync, writeFileSync, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { clearDraft, draftFile, loadDraft, saveDraft, type Draft } from '../../src/store/drafts.js';
import { writeFileAtomic } from '../../src/store/atomic-file.js';
import { tempDir } from '../helpers/temp-dir.js';

let dir: string;
beforeEach(() => {
  dir = tempDir('drillbit-drafts-');
});

const draft: Draft = { drillId: 'deployment-sketch', startedAt: 1000, savedAt: 5000, remainingMs: 896_000, answers: { 'fargate.image': 'ECR\nsha tag' } };

describe('drafts', () => {
  it('round-trips a draft', () => {
    saveDraft(dir, draft);
    expect(loadDraft(dir, 'deployment-sketch')).toEqual(draft);
    expect(draftFile(dir, 'deployment-sketch')).toBe(join(dir, 'drafts', 'deployment-sketch.json'));
  });

  it('keeps a generated drill seed', () => {
    saveDraft(dir, { ...draft, drillId: 'subnet-bits', seed: 42 });
    expect(loadDraft(dir, 'subnet-bits')?.seed).toBe(42);
  });

  it('a later save replaces the earlier one and leaves no temp files', () => {
    saveDraft(dir, draft);
    saveDraft(dir, { ...draft, answers: { 'fargate.image': 'changed' } });
    expect(loadDraft(dir, 'deployment-sketch')?.answers).toEqual({ 'fargate.image': 'changed' });
    expect(readdirSync(join(dir, 'drafts'))).toEqual(['deployment-sketch.json']);
  });

  it('no draft is undefined', () => {
    expect(loadDraft(dir, 'deployment-sketch')).toBeUndefined();
  });

  it.each(['{"drillId": "deployment-sketch"', '{"drillId":"other","startedAt":1,"savedAt":1,"remainingMs":1,"answers":{}}', '{"drillId":"deployment-sketch","startedAt":1,"savedAt":1,"remainingMs":1,"answers":{"a":3}}',
    '{"drillId":"deployment-sketch","startedAt":1,"savedAt":1,"remainingMs":1,"answers":[]}',
    '{"drillId":"deployment-sketch","startedAt":1,"savedAt":1,"remainingMs":1,"answers":{},"seed":"42"}',
    '{"drillId":"deployment-sketch","startedAt":1,"savedAt":1,"remainingMs":1,"answers":{},"seed":1.5}',
    '{"drillId":"deployment-sketch","startedAt":1,"savedAt":1,"remainingMs":1,"answers":{},"section":3}',
    '{"drillId":"deployment-sketch","startedAt":1,"savedAt":1,"remainingMs":null,"answers":{}}'])(
    'a damaged draft is moved aside, not lost: %s',
    (text) => {
      mkdirSync(join(dir, 'drafts'), { recursive: true });
      writeFileSync(draftFile(dir, 'deployment-sketch'), text);
      expect(loadDraft(dir, 'deployment-sketch')).toBeUndefined();
      expect(readFileSync(`${draftFile(dir, 'deployment-sketch')}.damaged`, 'utf8')).toBe(text);
      expect(existsSync(draftFile(dir, 'deployment-sketch'))).toBe(false);
    },
  );

  it('clearDraft removes it, and clearing nothing is fine', () => {
    saveDraft(dir, draft);
    clearDraft(dir, 'deployment-sketch');
    expect(loadDraft(dir, 'deployment-sketch')).toBeUndefined();
    expect(() => clearDraft(dir, 'deployment-sketch')).not.toThrow();
  });

  it('writeFileAtomic creates folders', () => {
    writeFileAtomic(join(dir, 'a', 'b', 'c.txt'), 'hi');
    expect(readFileSync(join(dir, 'a', 'b', 'c.txt'), 'utf8')).toBe('hi');
  });
});
