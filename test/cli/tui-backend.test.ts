import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openCollection } from '../../src/store/open-collection.js';
import { storeBackend } from '../../src/cli/tui-backend.js';
import { deck } from '../store/fixtures.js';
import { memoryStorage } from '../../src/store/memory-storage.js';
import { tempDir } from '../helpers/temp-dir.js';

const T0 = new Date('2026-02-02T09:00:00Z');
const fresh = (): string => join(tempDir('drillbit-tui-backend-'), 'data');

describe('storeBackend (the TUI on the store)', () => {
  it('walks a session, records durably, undoes, reports stats, holds the lock', () => {
    const dir = fresh();
    const decks = [deck(3)];
    let clock = T0.getTime();
    const b = storeBackend({ decks, dir, now: () => new Date(clock) });
    expect(b.home()).toMatchObject({ firstRun: true, decks: [{ id: 'd', title: 'Deck d', due: 0, fresh: 3, total: 3 }], notices: [] });
    const s = b.startReview({});
    expect([s.total(), s.done(), s.current()!.card.id, s.persistent]).toEqual([3, 0, 'c0', true]);
    const g = s.grade('Answer 0', 60_000);
    expect(g.result.verdict).toBe('correct');
    expect(g.suggested).toBe(3);
    expect(g.previews.map((p) => p.rating)).toEqual([1, 2, 3, 4]);
    expect(g.previews[0]!.days! * 1440).toBeCloseTo(1);
    s.record(3, 'Answer 0', 60_000, g);
    expect([s.done(), s.current()!.card.id]).toEqual([1, 'c1']);
    clock += 1000;
    s.record(1, '', 2000, s.grade('', 2000));
    // c0 and c1 come back within the 20-minute learn-ahead window.
    expect(s.total()).toBe(5);
    // Undo from the next card's feedback: that card was graded, not recorded.
    s.grade('half', 1000);
    expect(s.undo()).toBe(true);
    expect([s.done(), s.total(), s.current()!.card.id]).toEqual([1, 4, 'c1']);
    expect(b.stats()).toMatchObject({ reviewsTotal: 1, streak: 1, leeches: [] });
    expect(b.stats().perDay.at(-1)).toBe(1);
    expect(b.stats().forecast).toHaveLength(30);
    expect(s.nextDue()).toEqual(new Date(T0.getTime() + 10 * 60_000));
    expect(() => storeBackend({ decks, dir, now: () => T0 })).toThrow(/another drillbit/);
    b.close();
    const after = openCollection({ dir, decks, now: T0, write: false });
    expect(after.stats(T0).totalReviews).toBe(1);
    expect(after.entry('d/c0')!.state!.reps).toBe(1);
  });

  it('rebuilds the queue when the learner\'s day changes mid-session: each day\'s new-card limit holds, and the sitting is one streak day', () => {
    const storage = memoryStorage();
    storage.settings = { newPerDay: 5 };
    const decks = [deck(30)];
    let clock = new Date(2026, 2, 2, 3, 59, 57).getTime(); // 3 s before the 4 am day start (local)
    const b = storeBackend({ decks, storage, now: () => new Date(clock) });
    const s = b.startReview({});
    expect(s.total()).toBe(5);
    const seen: string[] = [];
    while (s.current()) {
      const item = s.current()!;
      seen.push(`${item.deck.id}/${item.card.id}`);
      s.record(3, 'x', 1000, s.grade(`Answer ${item.card.id.slice(1)}`, 1000));
      clock += 2000;
    }
    const history = storage.files.history.trim().split('\n').map((l) => JSON.parse(l) as { key: string; day: string; sitting?: string });
    const firstSeen = (day: string): number => new Set(history.filter((r) => r.day === day).map((r) => r.key).filter((k) => history.find((h) => h.key === k)!.day === day)).size;
    // Two new cards on the old day (before 4 am), then the new day's five.
    expect([firstSeen('2026-03-01'), firstSeen('2026-03-02')]).toEqual([2, 5]);
    expect(history.filter((r) => r.day === '2026-03-02').every((r) => r.sitting === '2026-03-01')).toBe(true);
    expect(b.stats()).toMatchObject({ streak: 1 });
    expect(seen.filter((k, i) => i > 0 && k === seen[i - 1])).toEqual([]);
    b.close();
  });

  it('home counts what a review serves: a step due within the learn-ahead window is due, and opening the deck serves it', () => {
    const storage = memoryStorage();
    const decks = [deck(2)];
    storage.settings = { newPerDay: 1, learningSteps: ['30m'] };
    const b1 = storeBackend({ decks, storage, now: () => T0 });
    const s1 = b1.startReview({});
    s1.record(1, '', 1000, s1.grade('', 1000)); // Again: the 30-minute step, due at 09:30
    b1.close();
    // No more new cards today: what is left is the failed card's step.
    storage.settings = { newPerDay: 0, learningSteps: ['30m'] };
    const at = (minutes: number) => {
      const b = storeBackend({ decks, storage, now: () => new Date(T0.getTime() + minutes * 60_000) });
      const home = b.home().decks[0]!.due;
      const total = b.startReview({ deck: 'd' }).total();
      b.close();
      return [home, total];
    };
    // 09:05: 25 minutes away, not due; 09:10: within 20 minutes, due and served.
    expect([at(5), at(10)]).toEqual([[0, 0], [1, 1]]);
  });
});
