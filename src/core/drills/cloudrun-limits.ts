/**
 * Cloud Run CPU, memory and concurrency limits (facts.md §8).
 */
import type { CheckResult } from './fargate-size.js';
import { readConcurrency, readCpu, readMemory, showMemory, showVcpu } from './quantities.js';

const GIB = 1024;
const WHOLE_VCPUS = [1, 2, 4, 6, 8];

/** Memory range (MiB) allowed at a vCPU setting: facts.md §8 table. */
export function cloudRunMemoryRange(vcpu: number): { min: number; max: number } {
  if (vcpu < 0.5) return { min: 128, max: 512 };
  if (vcpu < 1) return { min: 128, max: 1 * GIB };
  if (vcpu === 1) return { min: 128, max: 4 * GIB };
  if (vcpu === 2) return { min: 128, max: 8 * GIB };
  if (vcpu === 4) return { min: 2 * GIB, max: 16 * GIB };
  if (vcpu === 6) return { min: 4 * GIB, max: 24 * GIB };
  return { min: 4 * GIB, max: 32 * GIB };
}

function cpuProblem(vcpu: number): string | undefined {
  if (vcpu > 8) return `${showVcpu(vcpu)} is above Cloud Run's maximum of 8 vCPU`;
  if (vcpu < 0.08) return `${showVcpu(vcpu)} is below Cloud Run's minimum of 0.08 vCPU`;
  if (vcpu > 1 && !WHOLE_VCPUS.includes(vcpu)) return `${showVcpu(vcpu)} is not allowed; above 1, Cloud Run takes 2, 4, 6 or 8 vCPU`;
  return undefined;
}

/** Every limit the stated values break, as one message each. */
export function cloudRunProblems(text: string): { problems: string[]; stated: string[] } {
  const cpu = readCpu(text);
  const memory = readMemory(text);
  const concurrency = readConcurrency(text);
  const problems: string[] = [];
  const stated: string[] = [];
  if (cpu) {
    stated.push(showVcpu(cpu.vcpu));
    const problem = cpuProblem(cpu.vcpu);
    if (problem) problems.push(problem);
  }
  if (memory) {
    stated.push(showMemory(memory.mib));
    if (memory.mib > 32 * GIB) problems.push(`${showMemory(memory.mib)} is above Cloud Run's maximum of 32 GiB`);
    else if (cpu && !cpuProblem(cpu.vcpu)) {
      const { min, max } = cloudRunMemoryRange(cpu.vcpu);
      if (memory.mib > max || memory.mib < min) {
        problems.push(`${showMemory(memory.mib)} does not fit ${showVcpu(cpu.vcpu)}, which allows ${showMemory(min)}–${showMemory(max)}`);
      }
    }
  }
  if (concurrency) {
    stated.push(`concurrency ${concurrency.value}`);
    if (concurrency.value > 1000) problems.push(`concurrency ${concurrency.value} is above Cloud Run's maximum of 1000`);
    if (concurrency.value < 1) problems.push('concurrency must be at least 1');
    if (cpu && cpu.vcpu < 1 && concurrency.value > 1) problems.push(`below 1 vCPU concurrency must be 1, not ${concurrency.value}`);
  }
  return { problems, stated };
}

export function checkCloudRunLimits(text: string): CheckResult {
  const id = 'cloudrun-limits';
  const { problems, stated } = cloudRunProblems(text);
  if (problems.length) return { id, ok: false, message: `cloudrun: ${problems.join('; ')}` };
  if (!stated.length) return { id, ok: true, message: 'cloudrun: no CPU, memory or concurrency stated, so the Cloud Run limits were not checked' };
  return { id, ok: true, message: `cloudrun: ${stated.join(', ')} within Cloud Run's limits` };
}
