/**
 * The subnet-sizing solver (DESIGN.md "Drills", facts.md worked example):
 * the smallest prefix for each subnet of a Fargate service at its deploy peak.
 */
import { DrillbitError } from '../errors.js';

/** What the problem gives. */
export interface SubnetInput {
  /** desiredCount of the service. */
  desired: number;
  /** Deployment maximumPercent (ECS default 200). */
  maxPercent: number;
  /** Subnets (one per AZ) the tasks spread over evenly. */
  subnets: number;
  /** Addresses AWS reserves in every subnet (5). */
  reserved: number;
  /** Other addresses in the busiest subnet (endpoint ENIs, NAT gateways …), besides an ALB's. */
  extra: number;
  /** An ALB shares each subnet: 8 more free addresses and at least a /27 (facts.md §4). */
  alb?: boolean;
}

/** An ALB needs 8 free addresses and at least a /27 in each of its subnets (facts.md §4). */
export const ALB_FREE = 8;
export const ALB_MIN_PREFIX = 27;

/** Addresses in the busiest subnet besides the tasks and the reserved ones. */
export const otherAddresses = (input: SubnetInput): number => input.extra + (input.alb ? ALB_FREE : 0);

/** The smallest prefix for `needed` addresses under `input`'s rules (an ALB's /27 floor included). */
export function prefixForInput(input: SubnetInput, needed: number): number {
  const prefix = prefixFor(needed);
  return input.alb ? Math.min(prefix, ALB_MIN_PREFIX) : prefix;
}

/** The solution, with the arithmetic spelled out in `steps`. */
export interface SubnetSolution {
  peakTasks: number;
  perSubnetTasks: number;
  addressesNeeded: number;
  prefix: number;
  totalAddresses: number;
  usableAddresses: number;
  /** Addresses left free in the busiest subnet at the deploy peak. */
  spare: number;
  steps: string[];
}

export const SMALLEST_PREFIX = 28;
export const LARGEST_PREFIX = 16;
export const DEFAULT_SUBNET_INPUT: Omit<SubnetInput, 'desired'> = { maxPercent: 200, subnets: 1, reserved: 5, extra: 0 };

/** A subnet larger than a /16 would be needed: AWS allows /16 at most. */
export class SubnetTooLargeError extends DrillbitError {
  override name = 'SubnetTooLargeError';
  constructor(readonly addressesNeeded: number) {
    super(`${addressesNeeded} addresses are needed in one subnet, more than a /16 (65536) holds; spread the tasks over more subnets or lower --max-percent`);
  }
}

/** The lowest maximumPercent the solver takes: steady state already runs the desired count. */
export const MIN_MAX_PERCENT = 100;

/**
 * maximumPercent below 100: the service runs its desired count in steady
 * state (facts.md §3), so a "peak" under it would size the subnet too small.
 */
export class MaxPercentBelowSteadyStateError extends DrillbitError {
  override name = 'MaxPercentBelowSteadyStateError';
  constructor(readonly maxPercent: number, label = 'maximumPercent') {
    super(
      `${label} ${maxPercent} is below ${MIN_MAX_PERCENT}: the service runs its desired count in steady state, so the deploy peak is at least that; use ${MIN_MAX_PERCENT} or more (the ECS default is 200)`,
      2,
    );
  }
}

/** Rejects values that are not whole numbers in range (exit 2). */
export function validateSubnetInput(input: SubnetInput): void {
  const rules: [Exclude<keyof SubnetInput, 'alb'>, number][] = [['desired', 1], ['maxPercent', 1], ['subnets', 1], ['reserved', 0], ['extra', 0]];
  for (const [key, min] of rules) {
    const value = input[key];
    if (Number.isInteger(value) && value > Number.MAX_SAFE_INTEGER) throw new DrillbitError(`${key} ${String(value)} is too large`, 2);
    if (!Number.isSafeInteger(value) || value < min) {
      throw new DrillbitError(`${key} must be a whole number of ${min} or more, not ${String(value)}`, 2);
    }
  }
  if (input.maxPercent < MIN_MAX_PERCENT) throw new MaxPercentBelowSteadyStateError(input.maxPercent);
}

/** Smallest prefix in /16–/28 whose block holds `needed` addresses. */
export function prefixFor(needed: number): number {
  if (needed > 2 ** (32 - LARGEST_PREFIX)) throw new SubnetTooLargeError(needed);
  let prefix = SMALLEST_PREFIX;
  while (2 ** (32 - prefix) < needed) prefix--;
  return prefix;
}

export function solveSubnet(input: SubnetInput): SubnetSolution {
  validateSubnetInput(input);
  const { desired, maxPercent, subnets, reserved } = input;
  const peakTasks = Math.floor((desired * maxPercent) / 100);
  const perSubnetTasks = Math.ceil(peakTasks / subnets);
  const addressesNeeded = perSubnetTasks + reserved + otherAddresses(input);
  const prefix = prefixForInput(input, addressesNeeded);
  const totalAddresses = 2 ** (32 - prefix);
  const usableAddresses = totalAddresses - reserved;
  const spare = totalAddresses - addressesNeeded;
  const solution = { peakTasks, perSubnetTasks, addressesNeeded, prefix, totalAddresses, usableAddresses, spare };
  return { ...solution, steps: workedSteps(input, solution) };
}

function workedSteps(input: SubnetInput, s: Omit<SubnetSolution, 'steps'>): string[] {
  const { desired, maxPercent, subnets, reserved, extra, alb } = input;
  const steps = [
    `Peak tasks during a deploy: floor(${desired} × ${maxPercent} / 100) = ${s.peakTasks}`,
    subnets === 1
      ? `One subnet holds all ${s.peakTasks} tasks`
      : `Busiest of ${subnets} subnets: ceil(${s.peakTasks} / ${subnets}) = ${s.perSubnetTasks} tasks`,
    `Addresses needed: ${s.perSubnetTasks} tasks + ${reserved} reserved` + (alb ? ` + ${ALB_FREE} free for the ALB` : '') + (extra ? ` + ${extra} other` : '') + ` = ${s.addressesNeeded}`,
  ];
  if (alb && prefixFor(s.addressesNeeded) > ALB_MIN_PREFIX) {
    steps.push(`${s.addressesNeeded} would fit a /${prefixFor(s.addressesNeeded)}, but a subnet an ALB uses must be at least a /${ALB_MIN_PREFIX}: /${ALB_MIN_PREFIX}`);
  } else if (s.prefix === SMALLEST_PREFIX && s.addressesNeeded <= 2 ** (32 - SMALLEST_PREFIX - 1)) {
    steps.push(`Fewer than 16 needed, but /28 (16 addresses) is the smallest subnet AWS allows: /28`);
  } else if (s.prefix < SMALLEST_PREFIX) {
    const smaller = 2 ** (32 - s.prefix - 1);
    steps.push(`Smallest prefix: /${s.prefix + 1} has ${smaller} addresses (too few); /${s.prefix} has ${s.totalAddresses} ≥ ${s.addressesNeeded}: /${s.prefix}`);
  } else {
    steps.push(`Smallest prefix: /${s.prefix} has ${s.totalAddresses} ≥ ${s.addressesNeeded}: /${s.prefix}`);
  }
  steps.push(`/${s.prefix}: ${s.totalAddresses} total, ${s.usableAddresses} usable, ${s.spare} spare at the peak`);
  if (s.spare === 0) {
    const why = subnets > 1 ? 'if the surge lands unevenly and one more task starts in this subnet' : 'if desiredCount rises during the deploy';
    steps.push(`No address is spare at the peak: ${why}, it does not fit; /${s.prefix - 1} leaves room`);
  }
  return steps;
}
