import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

describe('drillbit subnet', () => {
  it('prints the worked steps and the answer', () => {
    const r = runCli(['subnet', '--desired', '100', '--subnets', '3']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(
      [
        '1. Peak tasks during a deploy: floor(100 × 200 / 100) = 200',
        '2. Busiest of 3 subnets: ceil(200 / 3) = 67 tasks',
        '3. Addresses needed: 67 tasks + 5 reserved = 72',
        '4. Smallest prefix: /26 has 64 addresses (too few); /25 has 128 ≥ 72: /25',
        '5. /25: 128 total, 123 usable, 56 spare at the peak',
        '',
        'Answer: /25 for each of the 3 subnets (123 usable addresses, 56 spare at the deploy peak)',
        '',
      ].join('\n'),
    );
  });

  it('--json has the contract fields', () => {
    const r = runCli(['subnet', '--desired', '100', '--subnets', '3', '--json']);
    expect(r.status).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json).toMatchObject({ peakTasks: 200, perSubnetTasks: 67, addressesNeeded: 72, prefix: 25, usableAddresses: 123, totalAddresses: 128, spare: 56, cidr: '/25' });
    expect(json.input).toEqual({ desired: 100, maxPercent: 200, subnets: 3, reserved: 5, extra: 0, alb: false });
    expect(json.steps).toHaveLength(5);
  });

  it('one subnet with the default flags → /24, 205 needed', () => {
    const json = JSON.parse(runCli(['subnet', '--desired', '100', '--json']).stdout);
    expect(json).toMatchObject({ peakTasks: 200, perSubnetTasks: 200, addressesNeeded: 205, prefix: 24, usableAddresses: 251 });
  });

  it('honours --max-percent, --reserved and --extra', () => {
    const json = JSON.parse(runCli(['subnet', '--desired', '10', '--max-percent', '150', '--subnets', '2', '--reserved', '5', '--extra', '8', '--json']).stdout);
    expect(json).toMatchObject({ peakTasks: 15, perSubnetTasks: 8, addressesNeeded: 21, prefix: 27 });
  });

  it('--alb adds the ALB\'s 8 free addresses and its /27 minimum (desired 4, 150 %, 3 subnets would fit a /28)', () => {
    const r = runCli(['subnet', '--desired', '4', '--max-percent', '150', '--subnets', '3', '--alb']);
    expect(r.stdout).toBe(
      [
        '1. Peak tasks during a deploy: floor(4 × 150 / 100) = 6',
        '2. Busiest of 3 subnets: ceil(6 / 3) = 2 tasks',
        '3. Addresses needed: 2 tasks + 5 reserved + 8 free for the ALB = 15',
        '4. 15 would fit a /28, but a subnet an ALB uses must be at least a /27: /27',
        '5. /27: 32 total, 27 usable, 17 spare at the peak',
        '',
        'Answer: /27 for each of the 3 subnets (27 usable addresses, 17 spare at the deploy peak)',
        '',
      ].join('\n'),
    );
    expect(JSON.parse(runCli(['subnet', '--desired', '4', '--max-percent', '150', '--subnets', '3', '--alb', '--json']).stdout)).toMatchObject({ prefix: 27, addressesNeeded: 15, input: { alb: true } });
  });

  it('an ALB-sized --extra points at --alb', () => {
    const r = runCli(['subnet', '--desired', '1', '--extra', '8']);
    expect(r.stdout.split('\n').slice(-3)).toEqual([
      'Answer: /28 for the subnet (11 usable addresses, 1 spare at the deploy peak)',
      'Note: if an ALB shares these subnets, use --alb instead of counting its 8 addresses in --extra: its subnets must also be at least a /27.',
      '',
    ]);
    expect(runCli(['subnet', '--desired', '1']).stdout).not.toContain('Note:');
  });

  it('says so when the answer leaves no address spare at the peak (desired 88, 200 %, 3 subnets → /26, 0 spare)', () => {
    const lines = runCli(['subnet', '--desired', '88', '--subnets', '3']).stdout.split('\n');
    expect(lines[4]).toBe('5. /26: 64 total, 59 usable, 0 spare at the peak');
    expect(lines[5]).toBe('6. No address is spare at the peak: if the surge lands unevenly and one more task starts in this subnet, it does not fit; /25 leaves room');
  });

  it('more than a /16 is a one-line error, exit 1', () => {
    const r = runCli(['subnet', '--desired', '40000']);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('drillbit: 80005 addresses are needed in one subnet, more than a /16 (65536) holds; spread the tasks over more subnets or lower --max-percent\n');
  });

  it('--max-percent below 100 is a one-line error, exit 2: steady state already runs the desired count', () => {
    const r = runCli(['subnet', '--desired', '100', '--max-percent', '50']);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('drillbit: --max-percent 50 is below 100: the service runs its desired count in steady state, so the deploy peak is at least that; use 100 or more (the ECS default is 200)\n');
    expect(JSON.parse(runCli(['subnet', '--desired', '100', '--max-percent', '100', '--json']).stdout)).toMatchObject({ peakTasks: 100, prefix: 25 });
  });

  it.each([
    [['subnet', '--desired', 'abc'], "drillbit: option '--desired <n>' argument 'abc' is invalid. must be a whole number of 1 or more; run \"drillbit --help\" for usage\n"],
    [['subnet', '--desired', '0'], "drillbit: option '--desired <n>' argument '0' is invalid. must be a whole number of 1 or more; run \"drillbit --help\" for usage\n"],
    [['subnet', '--desired', '10', '--subnets', '-1'], "drillbit: option '--subnets <k>' argument '-1' is invalid. must be a whole number of 1 or more; run \"drillbit --help\" for usage\n"],
    [['subnet'], "drillbit: required option '--desired <n>' not specified; run \"drillbit --help\" for usage\n"],
  ])('bad numbers are usage errors, exit 2: %j', (args, stderr) => {
    const r = runCli(args);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(stderr);
  });

  it('a number too large to count exactly is an error', () => {
    const r = runCli(['subnet', '--desired', '99999999999999999999']);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('drillbit: desired 100000000000000000000 is too large\n');
  });
});
