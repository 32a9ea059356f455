import { describe, expect, it } from 'vitest';
import { memoryStorage } from '../../src/store/memory-storage.js';
import { openCollection } from '../../src/store/open-collection.js';
import { deck, review, snapshot } from './fixtures.js';
import type { RatingName } from '../../src/core/scheduling/rating.js';

const T0 = new Date('2026-02-02T09:00:00Z');
const DAY = 86_400_000;
const RATINGS: RatingName[] = ['again', 'hard', 'good', 'easy'];

/** A simulated month: each day, review everything the queue serves, with a fixed rating pattern. */
function simulateMonth(storage = memoryStorage(), cards = 60) {
  const decks = [deck(cards)];
  let reviews = 0;
  for (let day = 0; day < 30; day++) {
    const now = new Date(T0.getTime() + day * DAY);
    const c = openCollection({ storage, decks, now, write: true });
    let t = now.getTime();
    for (let round = 0; round < 4; round++) {
      for (const e of c.queue(new Date(t))) {
        t += 30_000;
        c.record(review(e.key, new Date(t), RATINGS[(reviews * 7 + day) % 4]!));
        reviews++;
      }
      t += 15 * 60_000;
    }
    c.close();
  }
  return { storage, decks, reviews, keys: decks[0]!.cards.map((x) => `d/${x.id}`) };
}

describe('openCollection (in memory)', () => {
  it('simulates a month of daily reviews; replaying the history reproduces every state exactly', () => {
    const { storage, decks, reviews, keys } = simulateMonth();
    expect(reviews).toBeGreaterThan(300);
    const now = new Date(T0.getTime() + 31 * DAY);
    const fromCheckpoint = openCollection({ storage, decks, now, write: false });
    const before = snapshot(fromCheckpoint, keys);
    const stats = fromCheckpoint.stats(now);
    expect(stats.totalReviews).toBe(reviews);
    storage.files.state = null; // lose the checkpoint: rebuild from history alone
    const replayed = openCollection({ storage, decks, now, write: false });
    expect(snapshot(replayed, keys)).toEqual(before);
    expect(replayed.stats(now)).toEqual(stats);
    expect(replayed.notices).toEqual([]);
  });

  it('records a review durably before returning and serves new cards up to the daily limit', () => {
    const storage = memoryStorage();
    const c = openCollection({ storage, decks: [deck(30)], now: T0, write: true });
    const q = c.queue(T0);
    expect(q).toHaveLength(20);
    const r = c.record(review(q[0]!.key, T0, 'good'));
    expect(storage.files.history.trim().split('\n')).toHaveLength(1);
    expect(JSON.parse(storage.files.history)).toMatchObject({ v: 1, type: 'review', key: q[0]!.key, rating: 'good', suggested: 'good', overridden: false, elapsedMs: 4200, answer: 'answer to d/c0' });
    expect(r.due.getTime() - T0.getTime()).toBe(10 * 60_000);
    expect(c.queue(T0).filter((e) => !e.state)).toHaveLength(19);
    c.close();
  });

  it('marks an edited card changed, keeps its progress, and keeps history of removed cards', () => {
    const storage = memoryStorage();
    const c = openCollection({ storage, decks: [deck(3)], now: T0, write: true });
    c.record(review('d/c1', T0));
    c.close();
    const edited = deck(3);
    edited.cards[1] = { ...edited.cards[1]!, answer: 'A better answer' };
    const again = openCollection({ storage, decks: [edited], now: T0, write: true });
    expect([again.entry('d/c1')!.changed, again.entry('d/c1')!.state!.reps, again.entry('d/c0')!.changed]).toEqual([true, 1, false]);
    again.record(review('d/c1', new Date(T0.getTime() + 600_000)));
    expect(again.entry('d/c1')!.changed).toBe(false);
    again.close();
    const removed = openCollection({ storage, decks: [deck(1)], now: T0, write: false });
    expect(removed.entry('d/c1')).toBeUndefined();
    const back = openCollection({ storage, decks: [deck(3)], now: T0, write: false });
    expect(back.entry('d/c1')!.state!.reps).toBe(2);
  });

  it('undoes the last reviews, in the live state and after replay', () => {
    const storage = memoryStorage();
    const decks = [deck(3)];
    const keys = ['d/c0', 'd/c1', 'd/c2'];
    const c = openCollection({ storage, decks, now: T0, write: true });
    c.record(review('d/c0', T0));
    const afterFirst = snapshot(c, keys);
    c.record(review('d/c1', new Date(T0.getTime() + 1000)));
    c.record(review('d/c1', new Date(T0.getTime() + 2000), 'again'));
    expect(c.undoLast(new Date(T0.getTime() + 3000))).toEqual({ key: 'd/c1' });
    expect(c.undoLast(new Date(T0.getTime() + 4000))).toEqual({ key: 'd/c1' });
    // The undo record takes its time from the clock it is given, not the wall clock.
    expect(storage.files.history.trim().split('\n').slice(-2).map((l) => JSON.parse(l).at)).toEqual(['2026-02-02T09:00:03.000Z', '2026-02-02T09:00:04.000Z']);
    expect(snapshot(c, keys)).toEqual(afterFirst);
    expect(c.stats(T0).totalReviews).toBe(1);
    c.close();
    storage.files.state = null;
    const replayed = openCollection({ storage, decks, now: T0, write: false });
    expect(snapshot(replayed, keys)).toEqual(afterFirst);
    expect(replayed.stats(T0)).toMatchObject({ totalReviews: 1, reviewsToday: 1 });
  });

  it('serves pulled-forward cards first, persists them, and clears each once reviewed', () => {
    const storage = memoryStorage();
    const decks = [deck(30)];
    const c = openCollection({ storage, decks, now: T0, write: true });
    c.pullForward(['d/c25', 'd/c27'], T0);
    expect(c.queue(T0).slice(0, 3).map((e) => e.key)).toEqual(['d/c25', 'd/c27', 'd/c0']);
    c.close();
    const next = openCollection({ storage, decks, now: T0, write: true });
    expect(next.pulled()).toEqual(['d/c25', 'd/c27']);
    next.record(review('d/c25', T0));
    expect(next.pulled()).toEqual(['d/c27']);
    next.close();
  });

  it('flags a leech at 8 lapses', () => {
    const storage = memoryStorage();
    const c = openCollection({ storage, decks: [deck(1)], now: T0, write: true });
    let t = T0.getTime();
    const step = (rating: RatingName): void => {
      t = Math.max(t + 1000, c.entry('d/c0')!.state?.due.getTime() ?? t);
      c.record(review('d/c0', new Date(t), rating));
    };
    for (let lapse = 1; lapse <= 8; lapse++) {
      while (c.entry('d/c0')!.state?.phase !== 'review') step('good');
      step('again');
      expect(c.entry('d/c0')!.leech).toBe(lapse >= 8);
    }
    expect(c.stats(new Date(t)).cards.leech).toBe(1);
  });

  it('refuses writes on a read-only collection and a second writer on the same storage', () => {
    const storage = memoryStorage();
    const ro = openCollection({ storage, decks: [deck(1)], now: T0, write: false });
    expect(() => ro.record(review('d/c0', T0))).toThrow('read-only');
    const w = openCollection({ storage, decks: [deck(1)], now: T0, write: true });
    expect(() => openCollection({ storage, decks: [deck(1)], now: T0, write: true })).toThrow(/another drillbit session \(pid \d+\)/);
    w.close();
    openCollection({ storage, decks: [deck(1)], now: T0, write: true }).close();
  });

  it('rejects an unknown card; a bad settings file is a notice and the defaults', () => {
    const storage = memoryStorage();
    const c = openCollection({ storage, decks: [deck(1)], now: T0, write: true });
    expect(() => c.record(review('d/nope', T0))).toThrow('no card "d/nope" in the loaded decks');
    c.close();
    storage.settings = { newPerDay: -1 };
    const bad = openCollection({ storage, decks: [deck(1)], now: T0, write: false });
    expect([bad.notices, bad.settings.newPerDay]).toEqual([['memory:/settings.json: newPerDay must be a whole number, 0 or more (it is -1); drillbit uses the default settings until you fix or delete the file'], 20]);
    storage.settings = { newPerDay: 2, desiredRetention: 0.85 };
    const s = openCollection({ storage, decks: [deck(5)], now: T0, write: false });
    expect([s.queue(T0).length, s.settings.desiredRetention, s.settings.reviewsPerDay]).toEqual([2, 0.85, 200]);
  });
});

describe('a full disk', () => {
  it('fails the review with one clear line and keeps everything recorded before', () => {
    const storage = memoryStorage();
    const decks = [deck(3)];
    const c = openCollection({ storage, decks, now: T0, write: true });
    c.record(review('d/c0', T0));
    const append = storage.history.append;
    storage.history.append = () => {
      throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
    };
    expect(() => c.record(review('d/c1', T0))).toThrow('cannot save the review to memory:history.jsonl: the disk is full; free some space (reviews already saved are kept)');
    expect(c.entry('d/c1')!.state).toBeUndefined();
    expect(c.stats(T0).totalReviews).toBe(1);
    storage.history.append = append;
    c.record(review('d/c2', T0));
    c.close();
    storage.files.state = null;
    expect(openCollection({ storage, decks, now: T0, write: false }).stats(T0).totalReviews).toBe(2);
  });
});
