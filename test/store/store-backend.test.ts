import { mkdtempSync, existsSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { storeBackend } from '../../src/cli/store-backend.js';
import { openCollection } from '../../src/store/open-collection.js';
import { deck } from './fixtures.js';

const T0 = new Date('2026-02-02T09:00:00Z');
const fresh = (): string => join(mkdtempSync(join(tmpdir(), 'drillbit-backend-')), 'data');

describe('storeBackend (the TUI on the store)', () => {
  it('walks a session, records durably, undoes, and reports stats', () => {
    const dir = fresh();
    const decks = [deck(3)];
    let clock = T0.getTime();
    const b = storeBackend({ decks, dir, now: () => new Date(clock) });
    expect(b.home()).toMatchObject({ firstRun: true, decks: [{ id: 'd', title: 'Deck d', due: 0, fresh: 3, total: 3 }] });
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
    const g2 = s.grade('', 2000);
    s.record(1, '', 2000, g2);
    expect(s.total()).toBe(5); // c0 and c1 come back within the 20-minute learn-ahead window
    expect(s.undo()).toBe(true);
    expect([s.done(), s.total(), s.current()!.card.id]).toEqual([1, 4, "c1"]);
    expect(b.stats()).toMatchObject({ reviewsTotal: 1, streak: 1, leeches: [] });
    expect(b.stats().perDay.at(-1)).toBe(1);
    expect(b.stats().forecast).toHaveLength(30);
    expect(s.nextDue()).toEqual(new Date(T0.getTime() + 10 * 60_000));
    expect(() => storeBackend({ decks, dir })).toThrow(/another drillbit session/);
    b.close();
    const after = openCollection({ dir, decks, now: T0, write: false });
    expect(after.stats(T0).totalReviews).toBe(1);
    expect(after.entry('d/c0')!.state!.reps).toBe(1);
  });

  it('serves cards a drill left in pull-forward.json first, then forgets the file', () => {
    const dir = fresh();
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'pull-forward.json'), JSON.stringify(['d/c2']));
    const c = openCollection({ dir, decks: [deck(3)], now: T0, write: true });
    expect(c.queue(T0).map((e) => e.key)).toEqual(['d/c2', 'd/c0', 'd/c1']);
    expect(existsSync(join(dir, 'pull-forward.json'))).toBe(false);
    c.close();
    expect(openCollection({ dir, decks: [deck(3)], now: T0, write: false }).pulled()).toEqual(['d/c2']);
  });
});
