import { describe, expect, it } from 'vitest';
import { parseCidrs } from '../../../src/core/grading/units.js';
import { expandContractions } from '../../../src/core/grading/contractions.js';

describe('parseCidrs', () => {
  it('reads prefixes up to /32, none above', () => {
    expect(parseCidrs('10.0.0.1/32 and /33 and /0')).toEqual([
      { prefix: 32, address: '10.0.0.1', raw: '10.0.0.1/32' },
      { prefix: 0, raw: '/0' },
    ]);
  });
});

describe('expandContractions: "\'ll"', () => {
  it('keeps the whole word before it', () => {
    expect(expandContractions("they'll scale")).toBe('they will scale');
    expect(expandContractions("it'll")).toBe('it will');
  });
});

describe('expandContractions: a negative typed without its apostrophe', () => {
  it('still denies', () => {
    expect(expandContractions('it doesnt forward it')).toBe('it does not forward it');
    expect(expandContractions('you dont need it, it isnt one, they arent')).toBe('you do not need it, it is not one, they are not');
    expect(expandContractions('fargate cant use it and it wont scale')).toBe('fargate cannot use it and it will not scale');
    expect(expandContractions('shouldnt, couldnt, hasnt, havent, neednt')).toBe('should not, could not, has not, have not, need not');
  });
  it('leaves words that merely end in "nt" alone', () => {
    expect(expandContractions('the agent can print an event, percent, different, want, isnt2')).toBe('the agent can print an event, percent, different, want, isnt2');
  });
});
