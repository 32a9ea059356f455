import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, describeSettings, withDefaults } from '../../../src/core/scheduling/settings.js';
import { isLeech, newCardState } from '../../../src/core/scheduling/card-state.js';

describe('scheduler settings', () => {
  it('fills in the defaults for what is not set', () => {
    expect(withDefaults()).toEqual(DEFAULT_SETTINGS);
    expect(withDefaults({ newPerDay: 5 })).toEqual({ ...DEFAULT_SETTINGS, newPerDay: 5 });
  });

  it('describes the defaults as stats shows them', () => {
    expect(describeSettings(withDefaults())).toEqual([
      'desired retention 0.9',
      'new cards per day 20',
      'maximum reviews per day 200',
      'day starts at 4:00',
      'learning steps 1m 10m',
      'relearning steps 10m',
      'learn ahead 20 min',
      'leech after 8 lapses',
    ]);
  });

  it('says "none" for no steps and rounds the learn-ahead window to minutes', () => {
    const lines = describeSettings(withDefaults({ learningSteps: [], relearningSteps: [], learnAheadMs: 90_000, dayStartHour: 0 }));
    expect(lines).toContain('learning steps none');
    expect(lines).toContain('relearning steps none');
    expect(lines).toContain('learn ahead 2 min');
    expect(lines).toContain('day starts at 0:00');
  });
});

describe('isLeech', () => {
  it('is a leech from the leech lapse count on (8 by default)', () => {
    const lapses = (n: number) => ({ ...newCardState(new Date(0)), lapses: n });
    expect([7, 8, 9].map((n) => isLeech(lapses(n)))).toEqual([false, true, true]);
    expect([2, 3].map((n) => isLeech(lapses(n), 3))).toEqual([false, true]);
  });
});
