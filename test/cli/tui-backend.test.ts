import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openCollection } from '../../src/store/open-collection.js';
import { storeBackend } from '../../src/cli/tui-backend.js';
import { deck } from '../store/fixtures.js';
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
});
