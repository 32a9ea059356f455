/**
 * `drillbit subnet`: the subnet-bits solver as a calculator.
 */
import { solveSubnet, type SubnetInput } from '../../core/drills/subnet-solver.js';
import type { SubnetOptions } from '../commands/subnet.js';

export async function runSubnet(options: SubnetOptions): Promise<void> {
  const input: SubnetInput = {
    desired: options.desired,
    maxPercent: options.maxPercent,
    subnets: options.subnets,
    reserved: options.reserved,
    extra: options.extra,
  };
  const s = solveSubnet(input);
  if (options.json) {
    const { steps, ...numbers } = s;
    process.stdout.write(`${JSON.stringify({ input, ...numbers, cidr: `/${s.prefix}`, steps })}\n`);
    return;
  }
  const lines = s.steps.map((step, i) => `${i + 1}. ${step}`);
  const each = input.subnets === 1 ? 'the subnet' : `each of the ${input.subnets} subnets`;
  lines.push('', `Answer: /${s.prefix} for ${each} (${s.usableAddresses} usable addresses, ${s.spare} spare at the deploy peak)`);
  process.stdout.write(`${lines.join('\n')}\n`);
}
