import { describe, expect, it } from 'vitest';
import { gradeSubnetAnswer, parseSubnetAnswer } from '../../../src/core/drills/subnet-grade.js';
import { generateSubnetProblem, subnetProblemFor } from '../../../src/core/drills/subnet-problems.js';
import { instantiateCard } from '../../../src/core/drills/generated.js';
import type { Card } from '../../../src/core/deck/schema.js';

// 120 tasks, 150 %, 3 subnets → 180 peak, 60 per subnet, 65 needed, /25.
const problem = subnetProblemFor({ desired: 120, maxPercent: 150, subnets: 3, reserved: 5, extra: 0 }, 1);

describe('parseSubnetAnswer', () => {
  it.each([
    ['/25', { prefix: 25 }],
    ['25', { prefix: 25 }],
    ['10.0.0.0/25', { prefix: 25, addresses: undefined }],
    [' /25 ', { prefix: 25, addresses: undefined }],
    ['65 /25', { prefix: 25, addresses: 65 }],
    ['65 addresses, 10.1.0.0/25', { prefix: 25, addresses: 65 }],
    ['65 25', { prefix: 25, addresses: 65 }],
    ['no idea', {}],
    ['', {}],
  ])('%j', (text, expected) => {
    expect(parseSubnetAnswer(text)).toEqual(expected);
  });
});

describe('gradeSubnetAnswer', () => {
  it('the problem is the one the comments describe', () => {
    expect(problem.solution).toMatchObject({ addressesNeeded: 65, prefix: 25 });
  });

  it('accepts the count and the prefix', () => {
    const g = gradeSubnetAnswer(problem, '65 /25');
    expect(g.correct).toBe(true);
    expect(g.diagnosis).toBe('Right: 65 addresses, /25.');
  });

  it.each(['/25', '25', '10.0.0.0/25'])('accepts a bare prefix %s and asks for the count next time', (answer) => {
    const g = gradeSubnetAnswer(problem, answer);
    expect(g.correct).toBe(true);
    expect(g.diagnosis).toBe('Right: /25. Next time give the addresses needed with the prefix ("65 /25").');
  });

  it('notes a wrong count beside a right prefix', () => {
    expect(gradeSubnetAnswer(problem, '70 /25').diagnosis).toBe('Right: /25. Your count of 70 addresses differs from the 65 needed.');
  });

  it.each([
    ['45 /26', 'no-surge', 'forgot the deploy-time surge'],
    ['60 /26', 'no-reserved', 'forgot the 5 addresses AWS reserves'],
    ['185 /24', 'no-spread', 'forgot the spread'],
    ['65 /26', 'bit-short', 'rounded down to the power of two below'],
    ['65 /24', 'bit-over', 'one power of two too far'],
  ])('names the mistake for %s', (answer, id, words) => {
    const g = gradeSubnetAnswer(problem, answer);
    expect(g.correct).toBe(false);
    expect(g.matched.map((m) => m.id)).toEqual([id]);
    expect(g.diagnosis).toContain(`is wrong; the answer is /25 (65 addresses needed). You ${problem.mistakes.find((m) => m.id === id)!.description}.`);
    expect(g.diagnosis).toContain(words);
    expect(g.steps).toEqual(problem.solution.steps);
  });

  it('lists every mistake a bare prefix could come from and asks for the count next time', () => {
    const g = gradeSubnetAnswer(problem, '/26');
    expect(g.correct).toBe(false);
    expect(g.matched.map((m) => m.id)).toEqual(['no-surge', 'no-reserved', 'bit-short']);
    const d = problem.mistakes;
    const describe = (id: string) => d.find((m) => m.id === id)!.description;
    expect(g.diagnosis).toBe(
      `/26 is wrong; the answer is /25 (65 addresses needed). A bare /26 could come from any of these mistakes: you ${describe('no-surge')}; or ${describe('no-reserved')}; or ${describe('bit-short')}. ` +
        'Next time give the addresses needed with the prefix (like "72 /25") so the mistake can be named.',
    );
  });

  it('a bare /24 is the spread or the one-bit-over mistake, and asks for the count', () => {
    const g = gradeSubnetAnswer(problem, '24');
    expect(g.matched.map((m) => m.id)).toEqual(['no-spread', 'bit-over']);
    expect(g.diagnosis).toContain('A bare /24 could come from any of these mistakes: you forgot the spread');
    expect(g.diagnosis).toContain('Next time give the addresses needed with the prefix');
  });

  it('a count that matches a mistake is named even when the prefix does not follow from it', () => {
    const g = gradeSubnetAnswer(problem, '45 /24');
    expect(g.matched.map((m) => m.id)).toEqual(['no-surge']);
    expect(g.diagnosis).toBe(
      `/24 is wrong; the answer is /25 (65 addresses needed). Your count of 45 comes from this mistake: you ${problem.mistakes.find((m) => m.id === 'no-surge')!.description}. And /24 is not the smallest block for 45 addresses either (that is /26).`,
    );
  });

  it('a right count with a prefix off by more than one bit: the count is right, the rounding is not', () => {
    const g = gradeSubnetAnswer(problem, '65 /22');
    expect(g.matched).toEqual([]);
    expect(g.diagnosis).toBe('/22 is wrong; the answer is /25 (65 addresses needed). Your count of 65 is right; the smallest block that holds 65 addresses is /25 (128).');
  });

  it('says when an answer matches no classic mistake', () => {
    const g = gradeSubnetAnswer(problem, '/20');
    expect(g.matched).toEqual([]);
    expect(g.diagnosis).toBe(
      '/20 is wrong; the answer is /25 (65 addresses needed). It matches none of the classic mistakes; compare your working with the steps. Next time give the addresses needed with the prefix (like "72 /25") so the mistake can be named.',
    );
  });

  it('asks for a prefix when none is given', () => {
    expect(gradeSubnetAnswer(problem, 'big enough').diagnosis).toBe('No prefix found in "big enough"; answer with the addresses needed in the busiest subnet and the prefix, e.g. "72 /25". The answer is /25 (65 addresses needed).');
  });

  it('each mistake gives its own (count, prefix) answer, named exactly, on 1000 generated problems', () => {
    for (let seed = 0; seed < 1000; seed++) {
      const p = generateSubnetProblem(seed);
      const right = `${p.solution.addressesNeeded} /${p.solution.prefix}`;
      expect(gradeSubnetAnswer(p, right).correct, `seed ${seed}`).toBe(true);
      const answers = new Set([right]);
      expect(p.mistakes.length, `seed ${seed}`).toBeGreaterThanOrEqual(3);
      for (const m of p.mistakes) {
        const answer = `${m.addressesNeeded} /${m.prefix}`;
        answers.add(answer);
        const g = gradeSubnetAnswer(p, answer);
        expect(g.correct, `seed ${seed} ${m.id}`).toBe(false);
        expect(g.matched.map((x) => x.id), `seed ${seed} ${m.id}`).toEqual([m.id]);
        expect(g.diagnosis).toContain(`You ${m.description}.`);
        expect(g.diagnosis).not.toContain('Next time');
      }
      expect(answers.size, `seed ${seed}`).toBe(p.mistakes.length + 1);
    }
  });
});

describe('instantiateCard', () => {
  const card: Card = { id: 'subnet-bits', kind: 'generated', generator: 'subnet-bits', prompt: 'Size the subnets.', answer: 'Worked each time.', tags: ['subnet'] };

  it('makes a fresh problem per seed, graded into a GradeResult', () => {
    const one = instantiateCard(card, 1);
    const seeded = generateSubnetProblem(1);
    const { addressesNeeded, prefix, steps } = seeded.solution;
    expect(one.card.prompt).toBe(`Size the subnets.\n\n${seeded.text}`);
    expect(one.card.prompt.endsWith('\nAnswer with the addresses needed in the busiest subnet and the prefix, e.g. "72 /25".')).toBe(true);
    expect(one.card.answer.split('\n')[0]).toBe(`${addressesNeeded} /${prefix}`);
    expect(instantiateCard(card, 2).card.prompt).not.toBe(one.card.prompt);
    expect(one.grade(`/${prefix}`)).toMatchObject({ score: 1, verdict: 'correct', criteria: [{ id: 'prefix', met: true, weight: 1, evidence: `/${prefix}` }] });
    const mistake = seeded.mistakes[0]!;
    const wrong = one.grade(`${mistake.addressesNeeded} /${mistake.prefix}`);
    expect(wrong).toMatchObject({ score: 0, verdict: 'incorrect', criteria: [{ id: 'prefix', met: false }] });
    expect(wrong.criteria[0]!.hint).toContain(mistake.description);
    expect(wrong.notes[0]).toContain(mistake.description);
    expect(wrong.notes.slice(1)).toEqual(steps);
  });
});
