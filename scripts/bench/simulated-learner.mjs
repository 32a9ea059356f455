// A simulated learner for the optimizer: each card's true memory follows
// FSRS-6 with parameters unlike the defaults (shorter first stabilities,
// slower growth after a success, a steeper curve), while the app schedules
// with the defaults at 90 % retention. The history it writes is what drillbit records, one review per line.
// Seeded: the same arguments give the same history.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { fsrs, forgetting_curve, createEmptyCard, Rating, default_w } = require('ts-fsrs');

const DAY = 86_400_000;
const RATING_NAMES = ['again', 'hard', 'good', 'easy'];

/** The learner's true parameters: half the first stabilities, 70 % of the growth on success, decay 0.5. */
export const TRUE_W = default_w.map((w, i) => (i < 4 ? w * 0.5 : i === 20 ? 0.5 : i === 8 ? w * 0.7 : w));

function prng(seed) {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 4294967296;
  };
}

/**
 * `reviews` reviews over `cards` cards, starting at `start` (epoch ms), new
 * cards at `newPerDay`. `dayOf(date)` gives the record's day key. Returns JSON lines.
 */
export function simulateHistory({ cards = 500, reviews = 10_000, start = Date.UTC(2025, 0, 6, 9), newPerDay = 20, seed = 7, dayOf, deckId = 'sim', source } = {}) {
  const rand = prng(seed);
  const app = fsrs({ request_retention: 0.9, enable_fuzz: false });
  const truth = fsrs({ w: TRUE_W });
  const state = [];
  const lines = [];
  let introduced = 0;
  for (let day = 0; lines.length < reviews && day < 3650; day++) {
    const dayStart = start + day * DAY;
    const dayEnd = dayStart + 14 * 3_600_000;
    for (let n = 0; n < newPerDay && introduced < cards; n++) state.push({ id: introduced++, card: createEmptyCard(new Date(dayStart)), mem: null, last: 0 });
    let clock = dayStart;
    for (;;) {
      const due = state.filter((c) => c.card.due.getTime() <= dayEnd).sort((a, b) => a.card.due - b.card.due)[0];
      if (!due || lines.length >= reviews) break;
      clock = Math.max(clock + 20_000, due.card.due.getTime());
      const t = due.mem ? Math.max(0, (clock - due.last) / DAY) : 0;
      const recall = due.mem ? forgetting_curve(TRUE_W, t, due.mem.stability) : 0.6;
      const roll = rand();
      const g = roll >= recall ? Rating.Again : roll < recall * 0.1 ? Rating.Easy : roll < recall * 0.25 ? Rating.Hard : Rating.Good;
      due.mem = truth.next_state(due.mem, Math.floor(t), g);
      due.last = clock;
      due.card = app.next(due.card, new Date(clock), g).card;
      const at = new Date(clock);
      const rating = RATING_NAMES[g - 1];
      lines.push(JSON.stringify({ v: 1, type: 'review', id: `sim${lines.length}`, key: `${deckId}/c${due.id}`, at: at.toISOString(), day: dayOf(at), answer: '', score: g === 1 ? 0 : 1, verdict: g === 1 ? 'incorrect' : 'correct', suggested: rating, rating, overridden: false, elapsedMs: 4000, hash: 'sim', retention: 0.9, ...(source ? { source } : {}) }));
    }
  }
  return lines;
}
