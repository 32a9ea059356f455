#!/usr/bin/env node
/**
 * Review load per day over a simulated learner's month, with and without
 * fuzz (`npm run build` first). 100 new cards, 20 new a day, one sitting a
 * day at 09:00 that serves everything due now (core/scheduling/due.ts) and
 * brings failed cards back until they leave learning; answers are Good, with
 * a deterministic 10 % Again and 5 % Hard. Prints reviews per day.
 *
 *   node scripts/review-load.mjs [days=30] [cards=100] [mixed|good]   (good: every answer Good)
 */
import { applyRating, fuzzSeed } from '../dist/core/scheduling/fsrs.js';
import { planQueue } from '../dist/core/scheduling/queue.js';
import { DEFAULT_SETTINGS } from '../dist/core/scheduling/settings.js';

const days = Number(process.argv[2] ?? 30);
const n = Number(process.argv[3] ?? 100);
const allGood = process.argv[4] === 'good';

/** FNV-1a of a string, 0..1. */
function unit(text) {
  let h = 0x811c9dc5;
  for (const ch of text) h = Math.imul(h ^ ch.charCodeAt(0), 0x01000193) >>> 0;
  return h / 2 ** 32;
}
const ratingFor = (key, reps) => {
  if (allGood) return 'good';
  const u = unit(`${key}@${reps}`);
  return u < 0.1 ? 'again' : u < 0.15 ? 'hard' : 'good';
};

function simulate(fuzz) {
  const states = new Map();
  const keys = Array.from({ length: n }, (_, i) => `d/c${i}`);
  const load = [];
  for (let d = 0; d < days; d++) {
    const now = new Date(2026, 2, 1 + d, 9, 0);
    const plan = planQueue({ cards: keys.map((key) => ({ key, state: states.get(key) })), now, settings: DEFAULT_SETTINGS, newToday: 0, reviewsToday: 0 });
    const queue = [...plan.keys];
    let reviews = 0;
    let due = 0;
    for (let t = now.getTime(); queue.length; t += 20_000) {
      const key = queue.shift();
      const before = states.get(key);
      if (before && before.phase === 'review') due++;
      const at = new Date(t);
      const state = applyRating(before ?? { phase: 'new', due: at, stability: 0, difficulty: 0, scheduledDays: 0, learningSteps: 0, reps: 0, lapses: 0 }, ratingFor(key, before?.reps ?? 0), at, fuzz ? { seed: fuzzSeed(key, before?.reps ?? 0) } : {});
      states.set(key, state);
      reviews++;
      if (state.due.getTime() - t <= DEFAULT_SETTINGS.learnAheadMs) queue.push(key);
    }
    load.push({ reviews, due });
  }
  return load;
}

const off = simulate(false);
const on = simulate(true);
const stats = (xs) => {
  const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
  const sd = Math.sqrt(xs.reduce((a, b) => a + (b - mean) ** 2, 0) / xs.length);
  return `mean ${mean.toFixed(1)}, sd ${sd.toFixed(1)}, max ${Math.max(...xs)}, min ${Math.min(...xs)}`;
};
console.log('day  reviews(no fuzz)  reviews(fuzz)   review-phase cards due: no fuzz / fuzz');
for (let d = 0; d < days; d++) console.log(`${String(d + 1).padStart(3)}  ${String(off[d].reviews).padStart(15)}  ${String(on[d].reviews).padStart(13)}   ${String(off[d].due).padStart(4)} / ${on[d].due}`);
const after = (xs) => xs.slice(7).map((x) => x.due);
console.log(`review-phase cards due per day, days 8-${days}: no fuzz ${stats(after(off))}; fuzz ${stats(after(on))}`);
