/**
 * A failed structural check lowers the section it concerns (QA: an invalid
 * Fargate size scored 100 % in fargate.resources while the check FAILed):
 * that section is capped at partial, its feedback carries the check's
 * message, and the total still loses the per-check deduction.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { parseDrill } from '../../../src/core/deck/index.js';
import { CHECK_DEDUCTION, explainTotal, FAILED_CHECK_CAP, gradeDrill, type DrillResult } from '../../../src/core/drills/grade-drill.js';
import { runChecks } from '../../../src/core/drills/checks.js';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const drill = parseDrill(readFileSync(join(root, 'drills', 'deployment-sketch.yaml'), 'utf8'), 'deployment-sketch.yaml').value!;
const thorough = parse(readFileSync(join(root, 'test', 'fixtures', 'sketch-thorough.yaml'), 'utf8')) as Record<string, string>;
const section = (r: DrillResult, id: string) => r.sections.find((s) => s.id === id)!;
const failed = (r: DrillResult) => r.checks.filter((c) => !c.ok);
const mean = (r: DrillResult) => r.sections.reduce((sum, s) => sum + s.score, 0) / r.sections.length;

function expectCapped(r: DrillResult, id: string, check: string): void {
  const s = section(r, id);
  const c = r.checks.find((x) => x.id === check)!;
  expect(c.ok).toBe(false);
  expect(c.sections).toContain(id);
  expect(s.score, id).toBeLessThanOrEqual(FAILED_CHECK_CAP);
  expect(s.verdict, id).not.toBe('correct');
  expect(s.hints[0], id).toBe(c.message);
  expect(s.notes, id).toContain(`score capped at ${Math.round(FAILED_CHECK_CAP * 100)}% by the failed ${check} check`);
}

describe('failed checks lower the section they concern', () => {
  it('fargate-task-size: "0.25 vCPU with 4 GB" caps fargate.resources, shows the message there, and keeps the total deduction', () => {
    const r = gradeDrill(drill, { ...thorough, 'fargate.resources': '0.25 vCPU with 4 GB; measured with a load test' });
    expectCapped(r, 'fargate.resources', 'fargate-task-size');
    expect(section(r, 'fargate.resources').hints[0]).toBe('fargate.resources: 0.25 vCPU / 4 GiB is not a valid Fargate pair; 0.25 vCPU allows 512 MiB, 1 GiB, 2 GiB');
    expect(failed(r).map((c) => c.id)).toEqual(['fargate-task-size']);
    expect(r.score).toBe(Math.round((mean(r) - CHECK_DEDUCTION) * 1000) / 1000);
    // Only that section is capped.
    const clean = gradeDrill(drill, thorough);
    for (const s of clean.sections) if (s.id !== 'fargate.resources') expect(section(r, s.id).score, s.id).toBe(s.score);
  });

  it('cloudrun-limits: "16 vCPU and 64 GiB memory" fails (max 8 vCPU, 32 GiB) and caps cloudrun.resources only', () => {
    const r = gradeDrill(drill, { ...thorough, 'cloudrun.resources': '16 vCPU and 64 GiB memory' });
    const check = r.checks.find((c) => c.id === 'cloudrun-limits')!;
    expect(check.message).toBe("cloudrun: 16 vCPU is above Cloud Run's maximum of 8 vCPU; 64 GiB is above Cloud Run's maximum of 32 GiB");
    expect(check.sections).toEqual(['cloudrun.resources']);
    expectCapped(r, 'cloudrun.resources', 'cloudrun-limits');
    expect(section(r, 'cloudrun.capacity').score).toBe(section(gradeDrill(drill, thorough), 'cloudrun.capacity').score);
  });

  it('cloudrun-limits: a concurrency too high for the stated CPU caps both sections it spans', () => {
    const r = gradeDrill(drill, { ...thorough, 'cloudrun.resources': '0.5 vCPU and 512 MiB', 'cloudrun.capacity': 'concurrency 80, max instances 40' });
    expect(r.checks.find((c) => c.id === 'cloudrun-limits')!.sections).toEqual(['cloudrun.resources', 'cloudrun.capacity']);
    expectCapped(r, 'cloudrun.resources', 'cloudrun-limits');
    expectCapped(r, 'cloudrun.capacity', 'cloudrun-limits');
  });

  it('cloudrun-limits: concurrency 5000 in capacity caps cloudrun.capacity only', () => {
    const r = gradeDrill(drill, { ...thorough, 'cloudrun.capacity': 'Concurrency 5000, min instances 0, max instances 40' });
    expect(r.checks.find((c) => c.id === 'cloudrun-limits')!.sections).toEqual(['cloudrun.capacity']);
    expectCapped(r, 'cloudrun.capacity', 'cloudrun-limits');
  });

  it('latest-tag caps the image section that uses :latest', () => {
    const r = gradeDrill(drill, { ...thorough, 'fargate.image': `${thorough['fargate.image']!} In dev we push flask-api:latest.` });
    expectCapped(r, 'fargate.image', 'latest-tag');
  });

  it('static-credentials caps the identity section that uses keys', () => {
    const r = gradeDrill(drill, { ...thorough, 'cloudrun.identity': 'A service account key file mounted in the container, with least privilege.' });
    expectCapped(r, 'cloudrun.identity', 'static-credentials');
  });

  it('plain-http caps the tls section that serves plain HTTP to the internet', () => {
    const r = gradeDrill(drill, { ...thorough, 'fargate.tls': 'The ALB listener serves plain HTTP on port 80 to the internet; clients connect over http.' });
    expectCapped(r, 'fargate.tls', 'plain-http');
  });

  it('passing checks name no sections and cap nothing', () => {
    const checks = runChecks(drill.checks!, thorough);
    expect(checks.every((c) => c.ok && c.sections === undefined)).toBe(true);
  });
});

describe('explainTotal', () => {
  const checks = (failed: number) => Array.from({ length: 4 }, (_, i) => ({ id: `c${i}`, ok: i >= failed, message: '' }));
  it.each([
    [{ score: 0.73, sectionAverage: 0.73, checks: checks(0) }, "The total is the sections' average: 73%"],
    [{ score: 0.4, sectionAverage: 0.5, checks: checks(1) }, 'Sections average 50%, less 10% for the failed check: 40%'],
    [{ score: 0.2, sectionAverage: 0.5, checks: checks(3) }, 'Sections average 50%, less 10% for each of 3 failed checks: 20%'],
    [{ score: 0, sectionAverage: 0.25, checks: checks(3) }, 'Sections average 25%, less 10% for each of 3 failed checks: 0% (never below 0%)'],
  ])('%#', (result, text) => {
    expect(explainTotal(result)).toBe(text);
  });
});
