/**
 * Valid Fargate task CPU/memory pairs (facts.md §5, Linux).
 */
import { readCpu, readMemory, showMemory, showVcpu } from './quantities.js';

/** One check's outcome. `ok` is false only for a stated value that breaks a rule. */
export interface CheckResult {
  id: string;
  ok: boolean;
  message: string;
  /** When failed: the drill sections the failure concerns (their score is capped). */
  sections?: string[];
}

const GB = 1024;
const range = (from: number, to: number, step: number): number[] => {
  const out: number[] = [];
  for (let v = from; v <= to; v += step) out.push(v * GB);
  return out;
};

/** Allowed memory (MiB) per CPU units, facts.md §5. */
export const FARGATE_SIZES: ReadonlyMap<number, readonly number[]> = new Map([
  [256, [512, 1 * GB, 2 * GB]],
  [512, range(1, 4, 1)],
  [1024, range(2, 8, 1)],
  [2048, range(4, 16, 1)],
  [4096, range(8, 30, 1)],
  [8192, range(16, 60, 4)],
  [16384, range(32, 120, 8)],
]);

/** 32 vCPU is newer and not on the official pages stored here (facts.md §5 [check-live]). */
const NEWER_32_VCPU = [60 * GB, 120 * GB, 244 * GB];

function allowedText(units: number): string {
  const mems = FARGATE_SIZES.get(units) ?? [];
  if (mems.length <= 3) return mems.map(showMemory).join(', ');
  return `${showMemory(mems[0]!)}–${showMemory(mems[mems.length - 1]!)} in ${showMemory(mems[1]! - mems[0]!)} steps`;
}

export function checkFargateTaskSize(text: string): CheckResult {
  const id = 'fargate-task-size';
  const cpu = readCpu(text);
  const memory = readMemory(text);
  if (!cpu || !memory) {
    return { id, ok: true, message: 'fargate.resources: no CPU and memory pair stated, so the Fargate task size was not checked' };
  }
  const units = Math.round(cpu.vcpu * 1024);
  const pair = `${showVcpu(cpu.vcpu)} / ${showMemory(memory.mib)}`;
  if (units === 32768 && NEWER_32_VCPU.includes(memory.mib)) {
    return { id, ok: true, message: `fargate.resources: ${pair} is a newer 32 vCPU size; confirm it is available before relying on it` };
  }
  const allowed = FARGATE_SIZES.get(units);
  if (!allowed) {
    return { id, ok: false, message: `fargate.resources: ${showVcpu(cpu.vcpu)} is not a Fargate task CPU size; use 0.25, 0.5, 1, 2, 4, 8 or 16 vCPU` };
  }
  if (!allowed.includes(memory.mib)) {
    return { id, ok: false, message: `fargate.resources: ${pair} is not a valid Fargate pair; ${showVcpu(cpu.vcpu)} allows ${allowedText(units)}` };
  }
  return { id, ok: true, message: `fargate.resources: ${pair} is a valid Fargate task size` };
}
