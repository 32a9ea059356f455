/**
 * Direction as part of a claim: "lower concurrency" and "raise concurrency"
 * share every content word but one, and that one reverses the advice. A
 * criterion whose wording only moves one way (down: lower, reduce …) is not
 * met by a clause that moves the other way or keeps the value, and "set … to
 * N" moves up or down relative to the value the question gives.
 */
import type { Phrase } from './phrase.js';
import type { Clause } from './tokenize.js';
import { stem } from './stem.js';

/** Which way a statement moves a setting. */
export type Direction = 'up' | 'down' | 'keep';

const WORDS: Record<Direction, string[]> = {
  up: ['raise', 'increase', 'bump', 'boost', 'double', 'grow', 'maximize', 'maximise'],
  down: ['lower', 'reduce', 'decrease', 'cut', 'shrink', 'drop', 'trim', 'minimize', 'minimise', 'limit', 'cap'],
  keep: ['keep', 'leave', 'retain'],
};
const BY_STEM = new Map<string, Direction>(
  (Object.entries(WORDS) as [Direction, string[]][]).flatMap(([d, ws]) => ws.flatMap((w) => [w, `${w}s`, `${w}d`, `${w}ing`].map((f): [string, Direction] => [stem(f), d]))),
);

// Words after which a direction word is a noun ("CPU boost", "the cut").
const NOUN_BEFORE = new Set(['a', 'an', 'the', 'cpu', 'startup', 'price', 'cost']);

// Verbs that move a setting with "up"/"down" after them.
const MOVERS = new Set(['bring', 'brings', 'bringing', 'turn', 'turns', 'turning', 'dial', 'dials', 'dialing', 'dialling', 'knock', 'ramp', 'tune', 'crank']);

const SETTERS = new Set(['set', 'sets', 'setting', 'change', 'changes', 'configure', 'adjust', 'make', 'put', 'tune', 'tunes', 'tuning']);

/**
 * The one direction a criterion's phrasings move in: every phrasing says a
 * move (a direction word, or a setter whose number the answer gives) and the
 * direction words all agree. A list that names a bound ("maximum, at most,
 * up to, limit") moves nothing, though "limit" alone can be a verb.
 */
export function phrasesDirection(phrases: readonly Phrase[]): Direction | undefined {
  const found = new Set<Direction>();
  for (const p of phrases) {
    const moves = p.stems.map((s) => BY_STEM.get(s)).filter((d): d is Direction => d !== undefined);
    if (!moves.length && !p.words.some((w) => SETTERS.has(w))) return undefined;
    moves.forEach((d) => found.add(d));
  }
  return found.size === 1 ? [...found][0] : undefined;
}

/**
 * The direction a clause states about the setting named at word `near`: the
 * affirmed direction word closest to it, else "set … to N" compared with the
 * question's own value of the setting.
 */
export function clauseDirection(clause: Clause, promptNumbers: readonly number[], near = 0): Direction | undefined {
  let best: { d: Direction; distance: number } | undefined;
  for (const t of clause.tokens) {
    // "startup CPU boost", "a cut": a direction word used as a noun moves nothing.
    const d = NOUN_BEFORE.has(clause.words[t.at - 1] ?? '') ? undefined : BY_STEM.get(t.stem);
    const distance = Math.abs(t.at - near);
    if (d && !t.negated && (!best || distance < best.distance)) best = { d, distance };
  }
  // "bring concurrency down", "turn it up": a particle after a verb of moving, within three words of it.
  clause.words.forEach((w, k) => {
    if ((w !== 'down' && w !== 'up') || clause.wordNegated[k]) return;
    if (!clause.words.slice(Math.max(0, k - 3), k).some((v) => MOVERS.has(v))) return;
    const distance = Math.abs(k - near);
    if (!best || distance < best.distance) best = { d: w, distance };
  });
  if (best) return best.d;
  if (!promptNumbers.length || !clause.words.some((w) => SETTERS.has(w))) return undefined;
  const i = clause.words.indexOf('to');
  const n = i >= 0 ? Number(/^\d+(?:\.\d+)?/.exec(clause.words[i + 1] ?? '')?.[0] ?? NaN) : NaN;
  if (Number.isNaN(n)) return undefined;
  if (promptNumbers.every((p) => n > p)) return 'up';
  if (promptNumbers.every((p) => n < p)) return 'down';
  return undefined;
}

/** A clause moving the other way than the criterion asks (keeping counts as the other way). */
export const opposes = (wanted: Direction, stated: Direction | undefined): boolean => stated !== undefined && stated !== wanted;
