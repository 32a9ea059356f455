/**
 * Calibration of the deployment-sketch rubrics (issue 6): a thorough sketch
 * scores ≥ 0.8, a vague one-word-per-section sketch about half, a wrong or
 * mostly empty one ≤ 0.25.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { parseDrill } from '../../../src/core/deck/index.js';
import { gradeDrill } from '../../../src/core/drills/grade-drill.js';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const drill = parseDrill(readFileSync(join(root, 'drills', 'deployment-sketch.yaml'), 'utf8'), 'deployment-sketch.yaml').value!;
const sketch = (name: string): Record<string, string> => parse(readFileSync(join(root, 'test', 'fixtures', `sketch-${name}.yaml`), 'utf8')) as Record<string, string>;

describe('the bundled sketch drill', () => {
  it('has the sixteen section ids in order, with tags', () => {
    expect(drill.sections!.map((s) => s.id)).toEqual(
      ['fargate', 'cloudrun'].flatMap((p) => ['image', 'resources', 'capacity', 'identity', 'tls', 'scaling', 'hides', 'exposes'].map((s) => `${p}.${s}`)),
    );
    for (const s of drill.sections!) expect(s.tags?.length).toBeGreaterThan(0);
    expect(drill.minutes).toBe(15);
  });
});

describe('deployment-sketch calibration', () => {
  it('a thorough sketch scores at least 0.8, every section at least partial', () => {
    const result = gradeDrill(drill, sketch('thorough'));
    expect(result.score).toBeGreaterThanOrEqual(0.8);
    expect(result.verdict).toBe('correct');
    for (const s of result.sections) expect(s.verdict, s.id).not.toBe('incorrect');
    expect(result.checks.every((c) => c.ok)).toBe(true);
  });

  it('a vague one-word-per-section sketch scores about half', () => {
    const result = gradeDrill(drill, sketch('vague'));
    expect(result.score).toBeGreaterThanOrEqual(0.35);
    expect(result.score).toBeLessThanOrEqual(0.65);
    expect(result.verdict).toBe('partial');
    expect(result.sections.some((s) => s.verdict === 'correct')).toBe(false);
  });

  it('a wrong, mostly empty sketch scores at most 0.25', () => {
    const result = gradeDrill(drill, sketch('wrong'));
    expect(result.score).toBeLessThanOrEqual(0.25);
    expect(result.verdict).toBe('incorrect');
  });

  it('the same wrong sketch without its structural failures still scores at most 0.25', () => {
    const result = gradeDrill({ ...drill, checks: [] }, sketch('wrong'));
    expect(result.score).toBeLessThanOrEqual(0.25);
  });

  it('a wrong sketch written in full sentences scores at most 0.25, without counting its checks', () => {
    expect(gradeDrill({ ...drill, checks: [] }, sketch('wrong-verbose')).score).toBeLessThanOrEqual(0.25);
  });

  it('the model answers themselves score at least 0.8 in every section', () => {
    const model = Object.fromEntries(drill.sections!.map((s) => [s.id, s.answer]));
    const result = gradeDrill(drill, model);
    for (const s of result.sections) expect(s.score, s.id).toBeGreaterThanOrEqual(0.8);
  });

  it('swapping the two ECS roles is not graded correct', () => {
    const answers = { ...sketch('thorough'), 'fargate.identity': 'The execution role gives the Flask code access to S3; the task role pulls the image from ECR and writes logs.' };
    const identity = gradeDrill(drill, answers).sections.find((s) => s.id === 'fargate.identity')!;
    expect(identity.verdict).not.toBe('correct');
    expect(identity.contradictions.map((c) => c.id)).toContain('roles-swapped');
  });
});
