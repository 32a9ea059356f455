import { describe, expect, it } from 'vitest';
import { statedNumbers, wrongNumbers } from '../../../src/core/grading/number-facts.js';
import { tokenize } from '../../../src/core/grading/tokenize.js';

const MODEL = "AWS reserves 5 addresses per subnet, and a /24 has 251 usable. Lambda stops at its 15-minute limit; billing has a one-minute minimum.";
const facts = statedNumbers(tokenize(MODEL));
const wrong = (answer: string): [string, string][] => wrongNumbers(tokenize(answer), facts).map((w) => [w.said.text, w.fact.text]);

describe('numbers as facts of the model answer', () => {
  it('reads each number with its unit in base units, the words it is said of and its dimension', () => {
    expect(facts.map((f) => [f.text, f.value, f.dimension, [...f.roles].sort()])).toEqual([
      ['5 addresses', 5, 'ips', ['reserv', 'unit:ips']],
      ['251', 251, 'count', ['/24', 'usabl']],
      ['15-minute', 900, 'time', ['limit', 'stop', 'unit:time']],
      ['one minute', 60, 'time', ['bill', 'minimum', 'unit:time']],
    ]);
  });

  it('flags another value for the same fact: two of its descriptors shared, the unit counting as one', () => {
    expect(wrong('AWS reserves 3 addresses in each subnet.')).toEqual([['3 addresses', '5 addresses']]);
    expect(wrong('Jobs over the 5-minute limit.')).toEqual([['5-minute', '15-minute']]);
    expect(wrong('Billing has a 5-minute minimum.')).toEqual([['5-minute', 'one minute']]);
  });

  it('takes the same value in other units, worked examples and other facts as no restatement', () => {
    expect(wrong('AWS reserves 5 addresses; Lambda stops at its 900 s limit; a 60 s minimum.')).toEqual([]);
    expect(wrong('A /24 gives you 256 addresses.')).toEqual([]);
    expect(wrong('With 10 tasks you need 20 addresses.')).toEqual([]);
  });

  it('reads no claim in a denial, a condition or another item of a list', () => {
    expect(wrong('AWS does not reserve 3 addresses.')).toEqual([]);
    expect(wrong('If AWS reserves 3 addresses, plan for it.')).toEqual([]);
    expect(wrong('The limit is 15 minutes and up to 10 GB.')).toEqual([]);
  });
});

describe('a value the model answer states elsewhere', () => {
  it('is taken as that fact, not as a wrong value for a nearer one', () => {
    const model = statedNumbers(tokenize('One task per AZ; a rolling deploy runs up to 6 tasks.'));
    expect(wrongNumbers(tokenize('Each AZ runs one task.'), model)).toEqual([]);
    expect(wrongNumbers(tokenize('A deploy runs up to 9 tasks.'), model).map((w) => [w.said.text, w.fact.text])).toEqual([['9', '6']]);
  });
});

describe('a unitless number of the model answer', () => {
  it('may be the one the answer gives with its unit', () => {
    const model = statedNumbers(tokenize('The timeout is at most 60 minutes (default 5).'));
    expect(wrongNumbers(tokenize('Timeout max 60 min, 5 min default.'), model)).toEqual([]);
    expect(wrongNumbers(tokenize('The timeout is at most 90 minutes.'), model).map((w) => w.said.text)).toEqual(['90 minutes']);
  });
});
