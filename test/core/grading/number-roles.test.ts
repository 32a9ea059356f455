import { describe, expect, it } from 'vitest';
import { misboundNumbers, numberPositions, numberRoles, swappedNumbers, valuesIn } from '../../../src/core/grading/number-roles.js';
import { tokenize } from '../../../src/core/grading/tokenize.js';

const words = (text: string): string[] => text.split(' ');
const rolesOf = (model: string, values: number[]) => numberRoles(tokenize(model), new Set(values));
const plain = (roles: ReturnType<typeof rolesOf>) => [...roles].map(([value, stems]) => [value, [...stems]]);

describe('numbers in words', () => {
  it.each([
    ['80 per vcpu', [80], [0]],
    ['two azs', [2], [0]],
    ['eighty', [80], [0]],
    ['hundred', [100], [0]],
    ['1000 and 0.25 and v2', [1000, 0.25], [0, 2]],
    ['x1 2x', [2], [1]],
    ['3.5.1', [3.5], [0]],
  ] as const)('%s: values %j at %j', (text, values, at) => {
    expect(valuesIn(words(text))).toEqual(values);
    expect(numberPositions(words(text))).toEqual(at);
  });
});

describe('number roles', () => {
  const MODEL = 'The default is 80 concurrent requests per instance; the maximum is 1000.';
  const roles = rolesOf(MODEL, [80, 1000]);

  it('a number is bound to what follows it and to what a link word ties it to', () => {
    expect(plain(roles)).toEqual([[80, ['concurr', 'request', 'default']], [1000, ['maximum']]]);
    expect(plain(rolesOf('ALB subnets need 8 free IP addresses in 2 availability zones', [8, 2]))).toEqual([[8, ['free', 'ip']], [2, ['avail', 'zone']]]);
  });

  it('a number stated in the role of another is misbound; two of them crossed are a swap', () => {
    const crossed = misboundNumbers(tokenize('The default is 1000, the maximum is 80.'), roles);
    expect(crossed).toEqual([{ clause: 0, at: 3, value: 1000, belongsTo: 80 }, { clause: 1, at: 3, value: 80, belongsTo: 1000 }]);
    expect(swappedNumbers(crossed)).toEqual(crossed);
    const inverted = misboundNumbers(tokenize('1000 is the default and 80 is the maximum'), roles);
    expect(inverted).toEqual([{ clause: 0, at: 0, value: 1000, belongsTo: 80 }, { clause: 0, at: 5, value: 80, belongsTo: 1000 }]);
  });

  it('a time unit counts nothing of its own: "15 minutes" is not bound to minutes as another number\'s role', () => {
    const limits = rolesOf('Workers that run for 10 minutes or more, and jobs past the Lambda limit of 15.', [10, 15]);
    expect(plain(limits)).toEqual([[10, []], [15, ['limit', 'lambda']]]);
    expect(misboundNumbers(tokenize('jobs that run longer than 15 minutes'), limits)).toEqual([]);
  });

  it('a factor or a rate counts nothing of its own: "80 x vCPU" is not a count of vCPUs', () => {
    const perVcpu = rolesOf('The default is 80 per instance; under 1 vCPU concurrency must be 1.', [80, 1]);
    expect(misboundNumbers(tokenize('80 x vCPU from gcloud'), perVcpu)).toEqual([]);
    expect(misboundNumbers(tokenize('80 times the vCPU count'), perVcpu)).toEqual([]);
    expect(misboundNumbers(tokenize('80 vCPU'), perVcpu)).toEqual([{ clause: 0, at: 0, value: 80, belongsTo: 1 }]);
  });

  it('binds a number within its comma-delimited part: labels before it and a left-out verb after it', () => {
    expect(misboundNumbers(tokenize('80 is the default, 1000 the maximum.'), roles)).toEqual([]);
    expect(misboundNumbers(tokenize('Default 80, maximum 1000.'), roles)).toEqual([]);
    const crossed = misboundNumbers(tokenize('Default 1000, maximum 80.'), roles);
    expect(crossed).toEqual([{ clause: 0, at: 1, value: 1000, belongsTo: 80 }, { clause: 0, at: 3, value: 80, belongsTo: 1000 }]);
    expect(misboundNumbers(tokenize('1000 the default, 80 the maximum.'), roles)).toHaveLength(2);
    // Without parts ("default 1000 max 80" in one run) "1000" would count "max" as what it counts.
    expect(tokenize('Default 1000, max 80.')[0]!.part).toEqual([0, 0, 1, 1]);
  });

  it('one misbound number is no swap', () => {
    for (const answer of ['The default is 1000.', 'It allows 1000 concurrent requests.']) {
      const one = misboundNumbers(tokenize(answer), roles);
      expect(one, answer).toHaveLength(1);
      expect(one[0]).toMatchObject({ value: 1000, belongsTo: 80 });
      expect(swappedNumbers(one)).toBeUndefined();
    }
  });

  it('numbers in their own roles, unknown numbers, and a single role are never misbound', () => {
    for (const answer of ['The default is 80 and the maximum is 1000.', 'The maximum is 80 requests.', 'The default is 5.']) {
      expect(misboundNumbers(tokenize(answer), roles), answer).toEqual([]);
    }
    expect(misboundNumbers(tokenize('The default is 1000.'), rolesOf(MODEL, [80]))).toEqual([]);
  });
});

describe('number words', () => {
  it('every number word is read as its value', () => {
    const spelled = 'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand';
    expect(valuesIn(spelled.split(' '))).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 30, 40, 50, 60, 70, 80, 90, 100, 1000]);
    expect(valuesIn(['once', 'tenth', 'x2', 'v10'])).toEqual([]);
  });
});
