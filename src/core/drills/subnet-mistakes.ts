/**
 * The classic subnet-sizing mistakes, each as the answer it produces. The
 * generator uses these to pick problems where mistakes are told apart; the
 * grader uses them to name the mistake a learner's answer matches.
 */
import { otherAddresses, prefixForInput, solveSubnet, type SubnetInput } from './subnet-solver.js';

export type SubnetMistakeId = 'no-surge' | 'no-reserved' | 'no-spread' | 'bit-short' | 'bit-over';

/** The wrong answer one mistake leads to. */
export interface SubnetMistake {
  id: SubnetMistakeId;
  /** What the learner did, in their words. */
  description: string;
  /** Addresses the mistaken working arrives at. */
  addressesNeeded: number;
  prefix: number;
}

export const MISTAKE_DESCRIPTIONS: Record<SubnetMistakeId, string> = {
  'no-surge': 'forgot the deploy-time surge: during a rolling deploy up to maximumPercent of the desired count run at once',
  'no-reserved': 'forgot the 5 addresses AWS reserves in every subnet (compared tasks with total addresses instead of usable ones)',
  'no-spread': 'forgot the spread: the tasks are split over the subnets, so each subnet needs only the busiest share',
  'bit-short': 'rounded down to the power of two below the addresses needed: one prefix too long, the subnet is too small',
  'bit-over': 'went one power of two too far: one prefix too short, twice the subnet that is needed',
};

/** Prefix for `needed` under the input's rules, or undefined when no /16–/28 block holds it. */
function safePrefix(input: SubnetInput, needed: number): number | undefined {
  try {
    return prefixForInput(input, needed);
  } catch {
    return undefined;
  }
}

/** How many of the classic mistakes can be made on `input`: no-surge needs a surge, no-spread more than one subnet. */
export function applicableMistakes(input: SubnetInput): number {
  return 2 + (input.reserved > 0 ? 1 : 0) + (input.maxPercent > 100 ? 1 : 0) + (input.subnets > 1 ? 1 : 0);
}

/**
 * Every mistake that applies to `input` (no-surge needs maximumPercent above
 * 100, no-spread more than one subnet) with the answer it gives. Mistakes
 * whose working leaves the /16–/28 range are left out.
 */
export function subnetMistakes(input: SubnetInput): SubnetMistake[] {
  const right = solveSubnet(input);
  const { reserved } = input;
  const extra = otherAddresses(input);
  const out: SubnetMistake[] = [];
  const add = (id: SubnetMistakeId, addressesNeeded: number, prefix: number | undefined): void => {
    if (prefix !== undefined && prefix >= 16 && prefix <= 28) out.push({ id, description: MISTAKE_DESCRIPTIONS[id], addressesNeeded, prefix });
  };
  if (input.maxPercent > 100) {
    const needed = Math.ceil(input.desired / input.subnets) + reserved + extra;
    add('no-surge', needed, safePrefix(input, needed));
  }
  if (reserved > 0) {
    const needed = right.perSubnetTasks + extra;
    add('no-reserved', needed, safePrefix(input, needed));
  }
  if (input.subnets > 1) {
    const needed = right.peakTasks + reserved + extra;
    add('no-spread', needed, safePrefix(input, needed));
  }
  add('bit-short', right.addressesNeeded, right.prefix + 1);
  add('bit-over', right.addressesNeeded, right.prefix - 1);
  return out;
}
