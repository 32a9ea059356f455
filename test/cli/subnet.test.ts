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
    expect(json.input).toEqual({ desired: 100, maxPercent: 200, subnets: 3, reserved: 5, extra: 0 });
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

  it('notes the ALB /27 minimum when an ALB-sized extra fits a /28', () => {
    const r = runCli(['subnet', '--desired', '1', '--extra', '8']);
    expect(r.stdout.split('\n').slice(-3)).toEqual([
      'Answer: /28 for the subnet (11 usable addresses, 1 spare at the deploy peak)',
      "Note: if the 8 other addresses are an ALB's, its subnets must be at least a /27.",
      '',
    ]);
    expect(runCli(['subnet', '--desired', '1']).stdout).not.toContain('Note:');
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
