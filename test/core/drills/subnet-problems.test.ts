import { describe, expect, it } from 'vitest';
import { ANSWER_FORMAT, generateSubnetProblem, generateSubnetRound, mistakesSeparate } from '../../../src/core/drills/subnet-problems.js';
import { solveSubnet } from '../../../src/core/drills/subnet-solver.js';
import { subnetMistakes } from '../../../src/core/drills/subnet-mistakes.js';

describe('generateSubnetProblem', () => {
  it('is deterministic for a seed', () => {
    expect(generateSubnetProblem(42)).toEqual(generateSubnetProblem(42));
    expect(generateSubnetProblem(42).input).not.toEqual(generateSubnetProblem(43).input);
  });

  it('separates every mistake that can be made on the problem, for 500 seeds', () => {
    for (let seed = 0; seed < 500; seed++) {
      const p = generateSubnetProblem(seed);
      expect(p.solution).toEqual(solveSubnet(p.input));
      const expected = ['bit-over', 'bit-short', 'no-reserved', ...(p.input.subnets > 1 ? ['no-spread'] : []), ...(p.input.maxPercent > 100 ? ['no-surge'] : [])];
      expect(p.mistakes.map((m) => m.id).sort()).toEqual(expected.sort());
      for (const m of p.mistakes) expect(m.prefix, `seed ${seed} ${m.id}`).not.toBe(p.solution.prefix);
      const signatures = new Set(p.mistakes.map((m) => `${m.addressesNeeded}/${m.prefix}`));
      expect(signatures.size, `seed ${seed}`).toBe(expected.length);
      if (p.input.alb) expect(p.solution.prefix, `seed ${seed}`).toBeLessThanOrEqual(27);
    }
  });

  it('asks every problem for the addresses needed and the prefix', () => {
    expect(ANSWER_FORMAT).toBe('Answer with the addresses needed in the busiest subnet and the prefix, e.g. "72 /25".');
    for (let seed = 0; seed < 200; seed++) {
      const p = generateSubnetProblem(seed);
      expect(p.text.endsWith(`\n${ANSWER_FORMAT}`), `seed ${seed}`).toBe(true);
      expect(p.text.split(ANSWER_FORMAT)).toHaveLength(2);
    }
  });

  it('draws from the problem space in the brief', () => {
    const inputs = Array.from({ length: 200 }, (_, seed) => generateSubnetProblem(seed).input);
    expect(new Set(inputs.map((i) => i.maxPercent))).toEqual(new Set([100, 150, 200]));
    expect(new Set(inputs.map((i) => i.subnets))).toEqual(new Set([1, 2, 3]));
    expect(new Set(inputs.map((i) => i.alb))).toEqual(new Set([false, true]));
    expect(new Set(inputs.map((i) => generateSubnetProblem(inputs.indexOf(i)).solution.prefix)).size).toBeGreaterThan(3);
  });

  it('rejects a problem where a mistake gives the right answer (facts.md example: forgetting reserved still gives /25)', () => {
    const input = { desired: 100, maxPercent: 200, subnets: 3, reserved: 5, extra: 0 };
    const noReserved = subnetMistakes(input).find((m) => m.id === 'no-reserved')!;
    expect(noReserved).toMatchObject({ addressesNeeded: 67, prefix: 25 });
    expect(mistakesSeparate(input, solveSubnet(input), subnetMistakes(input))).toBe(false);
  });

  it('makes rounds of distinct problems', () => {
    const round = generateSubnetRound(7, 5);
    expect(round).toHaveLength(5);
    expect(new Set(round.map((p) => JSON.stringify(p.input))).size).toBe(5);
    expect(generateSubnetRound(7, 5)).toEqual(round);
  });
});
