import type { Command } from 'commander';
import { parseNonNegativeInt, parsePositiveInt } from '../options.js';
import type { SubnetInput } from '../../core/drills/subnet-solver.js';

/** The solver's input as commander parses it, plus the output format. */
export interface SubnetOptions extends SubnetInput {
  json?: boolean;
}

export function registerSubnet(program: Command): void {
  program
    .command('subnet')
    .description('smallest subnet prefix for a Fargate service at its deploy-time peak')
    .requiredOption('--desired <n>', 'desired task count', parsePositiveInt)
    .option('--max-percent <p>', 'deployment maximumPercent', parsePositiveInt, 200)
    .option('--subnets <k>', 'subnets (one per AZ) the tasks spread over', parsePositiveInt, 1)
    .option('--reserved <r>', 'addresses the VPC reserves per subnet', parseNonNegativeInt, 5)
    .option('--extra <e>', 'other addresses used in each subnet (endpoint ENIs, NAT gateways)', parseNonNegativeInt, 0)
    .option('--alb', 'an ALB shares the subnets: 8 more free addresses and at least a /27 each')
    .option('--json', 'print JSON')
    .action(async (options: SubnetOptions) => {
      const { runSubnet } = await import('../actions/subnet.js');
      await runSubnet(options);
    });
}
