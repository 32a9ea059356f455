import { describe, expect, it } from 'vitest';
import { prefixFor, solveSubnet, SubnetTooLargeError, MaxPercentBelowSteadyStateError, type SubnetInput } from '../../../src/core/drills/subnet-solver.js';

const base: SubnetInput = { desired: 100, maxPercent: 200, subnets: 3, reserved: 5, extra: 0 };

describe('solveSubnet: hand-worked cases', () => {
  it('facts.md worked example: 100 tasks, 200 %, 3 subnets → /25, 67 per subnet, 72 needed', () => {
    const s = solveSubnet(base);
    expect(s).toMatchObject({ peakTasks: 200, perSubnetTasks: 67, addressesNeeded: 72, prefix: 25, totalAddresses: 128, usableAddresses: 123, spare: 56 });
    expect(s.steps).toEqual([
      'Peak tasks during a deploy: floor(100 × 200 / 100) = 200',
      'Busiest of 3 subnets: ceil(200 / 3) = 67 tasks',
      'Addresses needed: 67 tasks + 5 reserved = 72',
      'Smallest prefix: /26 has 64 addresses (too few); /25 has 128 ≥ 72: /25',
      '/25: 128 total, 123 usable, 56 spare at the peak',
    ]);
  });

  it('one subnet → /24 with 205 needed and 51 spare', () => {
    expect(solveSubnet({ ...base, subnets: 1 })).toMatchObject({ peakTasks: 200, perSubnetTasks: 200, addressesNeeded: 205, prefix: 24, usableAddresses: 251, spare: 51 });
  });

  it('an ALB in the subnet adds its 8 addresses', () => {
    expect(solveSubnet({ ...base, extra: 8 })).toMatchObject({ addressesNeeded: 80, prefix: 25 });
  });

  it('maximumPercent rounds the peak down', () => {
    expect(solveSubnet({ ...base, desired: 3, maxPercent: 150, subnets: 1 }).peakTasks).toBe(4);
  });

  it('/28 is the minimum even when fewer than 16 are needed', () => {
    const s = solveSubnet({ ...base, desired: 1, subnets: 1 });
    expect(s).toMatchObject({ addressesNeeded: 7, prefix: 28, totalAddresses: 16, usableAddresses: 11, spare: 9 });
    expect(s.steps[3]).toBe('Fewer than 16 needed, but /28 (16 addresses) is the smallest subnet AWS allows: /28');
  });

  it('at exactly 8 needed (a /29 would do) the /28 step says /28 is the floor; at 9 a /29 is simply too small', () => {
    // desired 3 at 100 % in one subnet: 3 + 5 reserved = 8.
    const eight = solveSubnet({ ...base, desired: 3, maxPercent: 100, subnets: 1 });
    expect(eight.addressesNeeded).toBe(8);
    expect(eight.steps[3]).toBe('Fewer than 16 needed, but /28 (16 addresses) is the smallest subnet AWS allows: /28');
    const nine = solveSubnet({ ...base, desired: 4, maxPercent: 100, subnets: 1 });
    expect(nine.addressesNeeded).toBe(9);
    expect(nine.steps[3]).toBe('Smallest prefix: /28 has 16 ≥ 9: /28');
  });

  it('exactly a power of two fits that block', () => {
    expect(prefixFor(128)).toBe(25);
    expect(prefixFor(129)).toBe(24);
    expect(prefixFor(65536)).toBe(16);
  });

  it('more than a /16 is a typed error that names the count', () => {
    expect(() => solveSubnet({ ...base, desired: 40000, subnets: 1 })).toThrow(SubnetTooLargeError);
    expect(() => prefixFor(65537)).toThrow('65537 addresses are needed in one subnet, more than a /16 (65536) holds');
  });

  it('maximumPercent below 100 is a typed error: steady state already runs the desired count', () => {
    expect(() => solveSubnet({ ...base, desired: 100, maxPercent: 50 })).toThrow(MaxPercentBelowSteadyStateError);
    expect(() => solveSubnet({ ...base, desired: 100, maxPercent: 99 })).toThrow(
      'maximumPercent 99 is below 100: the service runs its desired count in steady state, so the deploy peak is at least that; use 100 or more (the ECS default is 200)',
    );
    expect(solveSubnet({ ...base, desired: 100, maxPercent: 100, subnets: 1 }).peakTasks).toBe(100);
  });

  it.each([
    [{ desired: 0 }, 'desired must be a whole number of 1 or more, not 0'],
    [{ desired: 2.5 }, 'desired must be a whole number of 1 or more, not 2.5'],
    [{ subnets: 0 }, 'subnets must be a whole number of 1 or more, not 0'],
    [{ reserved: -1 }, 'reserved must be a whole number of 0 or more, not -1'],
    [{ extra: Number.NaN }, 'extra must be a whole number of 0 or more, not NaN'],
  ])('rejects bad numbers %o', (bad, message) => {
    expect(() => solveSubnet({ ...base, ...bad })).toThrow(message);
  });
});

describe('solveSubnet: properties', () => {
  const inputs: SubnetInput[] = [];
  for (const maxPercent of [100, 150, 200]) for (const subnets of [1, 2, 3]) for (const extra of [0, 8]) for (let desired = 1; desired <= 3000; desired += 37) inputs.push({ desired, maxPercent, subnets, reserved: 5, extra });

  it('more tasks never gives a longer prefix', () => {
    for (const input of inputs) {
      const a = solveSubnet(input);
      const b = solveSubnet({ ...input, desired: input.desired + 1 });
      expect(b.prefix).toBeLessThanOrEqual(a.prefix);
    }
  });

  it('the result always fits, and one prefix longer never fits (unless /28)', () => {
    for (const input of inputs) {
      const s = solveSubnet(input);
      expect(s.totalAddresses).toBeGreaterThanOrEqual(s.addressesNeeded);
      expect(s.usableAddresses).toBeGreaterThanOrEqual(s.perSubnetTasks + input.extra);
      if (s.prefix < 28) expect(2 ** (32 - s.prefix - 1)).toBeLessThan(s.addressesNeeded);
    }
  });
});
