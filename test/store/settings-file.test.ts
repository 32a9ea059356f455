import { describe, expect, it } from 'vitest';
import { parseSettings } from '../../src/store/settings-file.js';

const where = '/data/settings.json';
const error = (raw: unknown): string => {
  try {
    parseSettings(raw, where);
  } catch (e) {
    return (e as Error).message;
  }
  return 'no error';
};

describe('settings.json', () => {
  it('takes any subset of the settings, steps included', () => {
    expect(parseSettings({ learningSteps: ['1m', '1h'], relearningSteps: [], newPerDay: 5, reviewsPerDay: 50, dayStartHour: 0, desiredRetention: 0.85 }, where)).toEqual({
      learningSteps: ['1m', '1h'],
      relearningSteps: [],
      newPerDay: 5,
      reviewsPerDay: 50,
      dayStartHour: 0,
      desiredRetention: 0.85,
    });
    expect(parseSettings(null, where)).toEqual({});
  });

  it.each([
    [{ learningSteps: ['1m', '10 min'] }, 'learningSteps[1] must be a step like "10m" (a number and a unit m, h or d) (it is "10 min")'],
    [{ relearningSteps: '10m' }, 'relearningSteps must be a list of steps like ["1m", "10m"] (it is "10m")'],
    [{ desiredRetention: 1.2 }, 'desiredRetention must be a number between 0.7 and 0.99 (it is 1.2)'],
    [{ newPerDay: 'x' }, 'newPerDay must be a whole number, 0 or more (it is "x")'],
    [{ reviewsPerDay: 2.5 }, 'reviewsPerDay must be a whole number, 0 or more (it is 2.5)'],
    [{ dayStartHour: 24 }, 'dayStartHour must be a whole hour from 0 to 23 (it is 24)'],
    [{ newPerDy: 3 }, 'unknown setting "newPerDy" (the settings are desiredRetention, newPerDay, reviewsPerDay, dayStartHour, leechLapses, learnAheadMs, learningSteps, relearningSteps, fsrsParameters)'],
    [[1], 'must be a JSON object of settings'],
  ])('%j: one line naming the setting, what it must be and what it is', (raw, message) => {
    // The collection shows it as a notice and goes on with the defaults (settingsNotice).
    expect(error(raw)).toBe(`${where}: ${message}`);
  });
});
