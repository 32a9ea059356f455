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
