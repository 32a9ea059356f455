import { describe, expect, it } from 'vitest';
import { memoryStorage } from '../../src/store/memory-storage.js';
import { openCollection } from '../../src/store/open-collection.js';
import { deck, review, snapshot } from './fixtures.js';

// Local time, so the day start (4 am local) falls where the test says in any time zone.
const at = (d: number, h: number, m = 0): Date => new Date(2026, 2, d, h, m);

describe('what a review record carries for scheduling', () => {
  it('keeps no time of a pasted answer, so pasting never makes a card "clearly fast"', () => {
    const storage = memoryStorage();
    const c = openCollection({ storage, decks: [deck(1)], now: at(1, 9), write: true });
    c.record({ ...review('d/c0', at(1, 9)), elapsedMs: 6000 });
    expect(c.entry('d/c0')!.fastMs).toBeUndefined(); // in learning: never "fast"
    c.record({ ...review('d/c0', at(1, 9, 10)), elapsedMs: 9000 });
    c.record({ ...review('d/c0', c.entry('d/c0')!.state!.due), elapsedMs: 12_000 });
    expect(c.entry('d/c0')!.state!.phase).toBe('review');
    expect(c.entry('d/c0')!.fastMs).toBe(3000); // a third of the median of 6, 9 and 12 s
    c.record({ ...review('d/c0', c.entry('d/c0')!.state!.due), elapsedMs: 300, pasted: true });
    expect(c.entry('d/c0')!.fastMs).toBe(3000); // the pasted 0.3 s is not among the times
    const lines = storage.files.history.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.map((l) => [l['pasted'], l['fuzz']])).toEqual([[undefined, true], [undefined, true], [undefined, true], [true, true]]);
    c.close();
    storage.files.state = null;
    const replayed = openCollection({ storage, decks: [deck(1)], now: at(1, 10), write: false });
    expect(replayed.entry('d/c0')!.fastMs).toBe(3000);
  });

  it('does not call a card changed when only its tags were edited', () => {
    const storage = memoryStorage();
    const d = deck(2);
    const c = openCollection({ storage, decks: [d], now: at(1, 9), write: true });
    c.record(review('d/c0', at(1, 9)));
    c.record(review('d/c1', at(1, 9)));
    c.close();
    const edited = { ...d, cards: [{ ...d.cards[0]!, tags: ['new-tag'] }, { ...d.cards[1]!, prompt: 'Reworded?' }] };
    const again = openCollection({ storage, decks: [edited], now: at(1, 10), write: false });
    expect([again.entry('d/c0')!.changed, again.entry('d/c1')!.changed]).toEqual([false, true]);
  });

  it('counts a sitting that runs past the day start as one streak day; its later reviews still count for the new day\'s limits', () => {
    const storage = memoryStorage();
    const c = openCollection({ storage, decks: [deck(4)], now: at(2, 3, 58), write: true });
    const start = at(2, 3, 58);
    c.record({ ...review('d/c0', at(2, 3, 59)), sittingStart: start });
    c.record({ ...review('d/c1', at(2, 4, 1)), sittingStart: start });
    c.record({ ...review('d/c2', at(2, 4, 2)), sittingStart: start });
    const lines = storage.files.history.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.map((l) => [l['day'], l['sitting']])).toEqual([['2026-03-01', undefined], ['2026-03-02', '2026-03-01'], ['2026-03-02', '2026-03-01']]);
    const s = c.stats(at(2, 12));
    expect([s.streakDays, s.reviewsToday]).toEqual([1, 2]);
    // The new day's new-card limit already counts the two cards.
    expect(c.queue(at(2, 12)).filter((e) => !e.state)).toHaveLength(1);
    expect(c.undoLast(at(2, 4, 3))).toEqual({ key: 'd/c2' });
    c.close();
    storage.files.state = null;
    const replayed = openCollection({ storage, decks: [deck(4)], now: at(2, 12), write: false });
    expect(replayed.stats(at(2, 12)).streakDays).toBe(1);
    expect(snapshot(replayed, ['d/c0', 'd/c1', 'd/c2'])).toEqual(snapshot(c, ['d/c0', 'd/c1', 'd/c2']));
  });

  it('records non-default steps with each review, so a replay schedules as the session did', () => {
    const storage = memoryStorage();
    storage.settings = { learningSteps: ['5m', '2h'], relearningSteps: ['30m'] };
    const c = openCollection({ storage, decks: [deck(1)], now: at(1, 9), write: true });
    const r = c.record(review('d/c0', at(1, 9), 'again'));
    expect(r.due).toEqual(at(1, 9, 5));
    expect(JSON.parse(storage.files.history)).toMatchObject({ steps: { learning: ['5m', '2h'], relearning: ['30m'] } });
    c.close();
    storage.files.state = null;
    storage.settings = null;
    const replayed = openCollection({ storage, decks: [deck(1)], now: at(1, 9), write: false });
    expect(replayed.entry('d/c0')!.state!.due).toEqual(at(1, 9, 5));
  });
});
