/**
 * `drillbit subnet`: the subnet-bits solver as a calculator.
 */
import { ALB_FREE, MaxPercentBelowSteadyStateError, solveSubnet, type SubnetInput, type SubnetSolution } from '../../core/drills/subnet-solver.js';
import type { SubnetOptions } from '../commands/subnet.js';

export async function runSubnet(options: SubnetOptions): Promise<void> {
  const input: SubnetInput = {
    desired: options.desired,
    maxPercent: options.maxPercent,
    subnets: options.subnets,
    reserved: options.reserved,
    extra: options.extra,
    alb: options.alb === true,
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
  // --extra 8 is what an ALB needs; the ALB's /27 minimum applies only when drillbit knows it is one.
  if (!input.alb && input.extra >= ALB_FREE) lines.push(`Note: if an ALB shares these subnets, use --alb instead of counting its ${ALB_FREE} addresses in --extra: its subnets must also be at least a /27.`);
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
