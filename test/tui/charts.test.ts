import { describe, expect, it } from 'vitest';
import { forecastAxis, forecastRows, heatmapMonthRow, heatmapRows, shade } from '../../src/tui/charts.js';
import { bar, clock, interval } from '../../src/tui/bars.js';

describe('shade', () => {
  const cases: [label: string, count: number, max: number, glyph: string][] = [
    ['no reviews', 0, 10, '·'],
    ['nothing reviewed at all', 0, 0, '·'],
    ['a quarter or less', 2, 10, '░'],
    ['just over a quarter', 3, 10, '▒'],
    ['three quarters', 7, 10, '▓'],
    ['the busiest day', 10, 10, '█'],
  ];
  for (const [label, count, max, glyph] of cases) it(label, () => expect(shade(count, max)).toBe(glyph));
});

describe('heatmapRows', () => {
  it('puts today in the last column on its weekday and leaves later days blank', () => {
    // Today is a Wednesday (2); 10 days of counts, today 4, the Monday before 2,
    // the Monday a week earlier 1; the first column is before the history began.
    expect(heatmapRows([1, 0, 0, 0, 0, 0, 0, 2, 0, 4], 2, 3)).toEqual([
      'Mo  ░▒',
      'Tu  ··',
      'We  ·█',
      'Th  ·',
      'Fr  ·',
      'Sa  ·',
      'Su  ·',
    ]);
  });
  it('drops days older than the weeks shown', () => {
    expect(heatmapRows([9, 9, 9, 9, 9, 9, 9, 9, 1], 6, 1)).toEqual(['Mo █', 'Tu █', 'We █', 'Th █', 'Fr █', 'Sa █', 'Su ░']);
  });
  it('an empty history is seven labelled blank rows', () => {
    expect(heatmapRows([], 0, 4)).toEqual(['Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa', 'Su']);
  });
});

describe('forecastRows', () => {
  it('draws bars scaled to the busiest day with the axis labelled', () => {
    expect(forecastRows([4, 0, 2, 8, 1], 4)).toEqual(['8 │   █', '  │   █', '  │█  █', '0 │█ ███']);
  });
  it('a day with any cards due gets a cell', () => {
    expect(forecastRows([100, 1], 2)).toEqual(['100 │█', '  0 │██']);
  });
  it('nothing due draws an empty chart', () => expect(forecastRows([0, 0], 2)).toEqual(['0 │', '0 │']));
});

describe('heatmapMonthRow', () => {
  it('names a month over the week holding its first day, lined up with the heatmap columns', () => {
    // Wednesday 4 March 2026, 10 weeks: the columns' Sundays are 4 Jan … 8 Mar; 1 Feb is the Sunday of column 4.
    expect(heatmapMonthRow('2026-03-04', 2, 10)).toBe('       Feb');
  });
  it('leaves out a label that would run past the last column', () => {
    // 1 March is the Sunday of column 8 of 10: "Mar" needs three columns.
    expect(heatmapMonthRow('2026-03-04', 2, 10)).not.toContain('Mar');
    expect(heatmapMonthRow('2026-03-04', 2, 11)).toBe('    Jan Feb');
  });
  it('crosses a year, and a spring daylight-saving change, on the right week', () => {
    // Sundays 7 Dec … 25 Jan: 1 Dec in column 1, 1 Jan in column 5.
    expect(heatmapMonthRow('2026-01-21', 2, 9)).toBe('    Dec Jan');
    // Sundays 15 Mar … 19 Apr: 1 Apr in column 3.
    expect(heatmapMonthRow('2026-04-15', 2, 6)).toBe('      Apr');
  });
});

describe('forecastAxis', () => {
  it('marks today and each week after it, under the bars', () => {
    expect(forecastAxis(30, 8)).toBe('   today  +7     +14    +21');
    expect(forecastAxis(30, 100)).toBe('     today  +7     +14    +21');
  });
  it('leaves out labels with no room', () => {
    expect(forecastAxis(5, 8)).toBe('   today');
    expect(forecastAxis(4, 8)).toBe('');
  });
});

describe('bars and times', () => {
  it('bar fills by fraction and clamps', () => {
    expect(bar(0.5, 10)).toBe('█████░░░░░');
    expect(bar(1.7, 4)).toBe('████');
    expect(bar(-1, 3)).toBe('░░░');
    expect(bar(Number.NaN, 2)).toBe('░░');
  });
  it('clock', () => {
    expect(clock(0)).toBe('0:00');
    expect(clock(65.9)).toBe('1:05');
    expect(clock(3725)).toBe('1:02:05');
  });
  it('interval reads like Anki', () => {
    expect(interval(0.0001)).toBe('<1m');
    expect(interval(10 / 1440)).toBe('10m');
    expect(interval(0.25)).toBe('6h');
    expect(interval(4)).toBe('4d');
    expect(interval(63)).toBe('2.1mo');
    expect(interval(60)).toBe('2mo');
    expect(interval(500)).toBe('1.4y');
  });
});
