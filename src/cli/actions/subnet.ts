/**
 * `drillbit subnet`: the subnet-bits solver as a calculator.
 */
import { MaxPercentBelowSteadyStateError, solveSubnet, type SubnetInput, type SubnetSolution } from '../../core/drills/subnet-solver.js';
import type { SubnetOptions } from '../commands/subnet.js';

/** An ALB needs 8 free addresses and at least a /27 in each of its subnets (facts.md §4). */
const ALB_FREE = 8;
const ALB_MIN_PREFIX = 27;

export async function runSubnet(options: SubnetOptions): Promise<void> {
  const input: SubnetInput = {
    desired: options.desired,
    maxPercent: options.maxPercent,
    subnets: options.subnets,
    reserved: options.reserved,
    extra: options.extra,
  };
  const s = solve(input);
  if (options.json) {
    const { steps, ...numbers } = s;
    process.stdout.write(`${JSON.stringify({ input, ...numbers, cidr: `/${s.prefix}`, steps })}\n`);
    return;
  }
  const lines = s.steps.map((step, i) => `${i + 1}. ${step}`);
  const each = input.subnets === 1 ? 'the subnet' : `each of the ${input.subnets} subnets`;
  lines.push('', `Answer: /${s.prefix} for ${each} (${s.usableAddresses} usable addresses, ${s.spare} spare at the deploy peak)`);
  // An ALB needs at least a /27 in each of its subnets (facts.md §4), whatever the count says.
  if (input.extra >= ALB_FREE && s.prefix > ALB_MIN_PREFIX) lines.push(`Note: if the ${input.extra} other addresses are an ALB's, its subnets must be at least a /${ALB_MIN_PREFIX}.`);
  process.stdout.write(`${lines.join('\n')}\n`);
}

/** The solver, with its maximumPercent error worded for the flag. */
function solve(input: SubnetInput): SubnetSolution {
  try {
    return solveSubnet(input);
  } catch (error) {
    if (error instanceof MaxPercentBelowSteadyStateError) throw new MaxPercentBelowSteadyStateError(error.maxPercent, '--max-percent');
    throw error;
  }
}
