import { describe, expect, it } from 'vitest';
import type { ImportedReview } from '../../src/core/anki/revlog.js';
import { applyRating } from '../../src/core/scheduling/fsrs.js';
import { newCardState, type CardState } from '../../src/core/scheduling/card-state.js';
import { memoryStorage } from '../../src/store/memory-storage.js';
import { openCollection } from '../../src/store/open-collection.js';
import { historyReviews } from '../../src/store/history-reviews.js';
import { deck, review, snapshot } from './fixtures.js';
import type { RatingName } from '../../src/core/scheduling/rating.js';

const T0 = Date.parse('2026-01-05T10:00:00Z');
const DAY = 86_400_000;
const imported = (key: string, dayOffset: number, rating: RatingName, id = T0 + dayOffset * DAY): ImportedReview => ({ key, at: new Date(id), rating, elapsedMs: 3000, sourceId: id });

const history = (): ImportedReview[] => [
  imported('d/c0', 0, 'good'),
  imported('d/c0', 1, 'again'),
  imported('d/c1', 0.5, 'hard'),
  imported('d/c0', 3, 'good'),
  imported('d/c1', 4, 'easy'),
];

describe('Collection.importReviews', () => {
  it('replays imported reviews through FSRS exactly as ts-fsrs would, and a rebuild from history reproduces them', () => {
    const storage = memoryStorage();
    const decks = [deck(3)];
    const now = new Date(T0 + 10 * DAY);
    const c = openCollection({ storage, decks, now, write: true });
    expect(c.importReviews(history())).toEqual({ added: 5, skipped: 0 });
    const keys = ['d/c0', 'd/c1', 'd/c2'];
    const after = snapshot(c, keys);
    let s: CardState = newCardState(new Date(T0));
    for (const [d, r] of [[0, 'good'], [1, 'again'], [3, 'good']] as const) s = applyRating(s, r, new Date(T0 + d * DAY));
    expect(c.entry('d/c0')!.state).toEqual(s);
    expect(c.stats(now).totalReviews).toBe(5);
    c.close();
    storage.files.state = null;
    const rebuilt = openCollection({ storage, decks, now, write: false });
    expect(snapshot(rebuilt, keys)).toEqual(after);
    expect(historyReviews(storage).map((r) => [r.record.id, r.record.source, r.record.rating])).toEqual([
      [`anki-${T0}`, 'anki', 'good'],
      [`anki-${T0 + DAY}`, 'anki', 'again'],
      [`anki-${T0 + 0.5 * DAY}`, 'anki', 'hard'],
      [`anki-${T0 + 3 * DAY}`, 'anki', 'good'],
      [`anki-${T0 + 4 * DAY}`, 'anki', 'easy'],
    ].sort((a, b) => Number(String(a[0]).slice(5)) - Number(String(b[0]).slice(5))));
  });

  it('importing again adds nothing; reviews older than drillbit\'s own are skipped so progress is never lost', () => {
    const storage = memoryStorage();
    const decks = [deck(3)];
    const c = openCollection({ storage, decks, now: new Date(T0 + 10 * DAY), write: true });
    c.importReviews(history());
    c.record(review('d/c1', new Date(T0 + 9 * DAY), 'good'));
    const before = snapshot(c, ['d/c0', 'd/c1']);
    const bytes = storage.files.history.length;
    expect(c.importReviews([...history(), imported('d/c1', 8, 'again'), imported('d/nope', 2, 'good')])).toEqual({ added: 0, skipped: 7 });
    expect(storage.files.history.length).toBe(bytes);
    expect(snapshot(c, ['d/c0', 'd/c1'])).toEqual(before);
    expect(c.importReviews([imported('d/c0', 9.5, 'good')])).toEqual({ added: 1, skipped: 0 });
    c.close();
  });

  it('fitted parameters in the settings schedule the next review and are recorded, so a replay uses them too', () => {
    const storage = memoryStorage();
    const decks = [deck(2)];
    const w = [0.3, 1.2, 2.5, 9, 6.8, 0.5, 2.9, 0.01, 1.7, 0.2, 0.9, 1.8, 0.09, 0.3, 2.2, 0.3, 2.9, 0.6, 0.2, 0.15, 0.2];
    const fitted = { w, reviews: 1000, fittedAt: '2026-01-01T00:00:00.000Z', logLoss: 0.3, rmse: 0.04, previousLogLoss: 0.35, previousRmse: 0.06 };
    const plain = openCollection({ storage: memoryStorage(), decks, now: new Date(T0), write: true });
    plain.record(review('d/c0', new Date(T0), 'good'));
    plain.record(review('d/c0', new Date(T0 + DAY), 'good'));
    const c = openCollection({ storage, decks, now: new Date(T0), write: true, settings: { fsrsParameters: fitted } });
    c.record(review('d/c0', new Date(T0), 'good'));
    const r = c.record(review('d/c0', new Date(T0 + DAY), 'good'));
    expect(r.state.stability).not.toBe(plain.entry('d/c0')!.state!.stability);
    expect(storage.files.history.split('\n').filter((l) => l.includes('"params"'))).toHaveLength(1);
    c.close();
    storage.files.state = null;
    const replayed = openCollection({ storage, decks, now: new Date(T0 + 2 * DAY), write: false });
    expect(replayed.entry('d/c0')!.state).toEqual(r.state);
  });
});
