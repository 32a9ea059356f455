import { describe, expect, it } from 'vitest';
import { formatClock, remaining } from '../../../src/core/drills/countdown.js';

const start = 1_000_000;
const limit = 15 * 60_000;
const at = (ms: number, paused = 0) => remaining(start, start + ms, limit, paused);

describe('remaining (injected clock)', () => {
  it('is the full limit at the start', () => {
    expect(at(0)).toEqual({ remainingMs: limit, state: 'running', label: '15:00' });
  });
  it('counts down and rounds the label up to the second', () => {
    expect(at(1)).toEqual({ remainingMs: limit - 1, state: 'running', label: '15:00' });
    expect(at(61_500).label).toBe('13:59');
  });
  it('warns in the last minute', () => {
    expect(at(limit - 60_001).state).toBe('running');
    expect(at(limit - 60_000).state).toBe('warning');
    expect(at(limit - 1)).toEqual({ remainingMs: 1, state: 'warning', label: '0:01' });
  });
  it('expires at zero and never goes negative', () => {
    expect(at(limit)).toEqual({ remainingMs: 0, state: 'expired', label: '0:00' });
    expect(at(limit * 3).remainingMs).toBe(0);
  });
  it('does not count paused time', () => {
    expect(at(10 * 60_000, 4 * 60_000).remainingMs).toBe(9 * 60_000);
  });
  it('treats a clock before the start as no time elapsed', () => {
    expect(at(-5000).remainingMs).toBe(limit);
  });
  it('formats minutes and seconds', () => {
    expect(formatClock(0)).toBe('0:00');
    expect(formatClock(599_001)).toBe('10:00');
    expect(formatClock(9_000)).toBe('0:09');
  });
});
