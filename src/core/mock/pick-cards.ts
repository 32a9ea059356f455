/**
 * Which deck cards an interview asks: turn by turn over the tags, one card
 * per tag per turn, so every tag gets its share. `even` takes the tags in a
 * seeded order and a seeded card; `weak` takes the weakest tags first and
 * the weakest card of each.
 */
import type { Card, Deck } from '../deck/schema.js';
import type { Random } from '../drills/prng.js';
import type { MockMix } from './types.js';

/** A card that can be asked, with its key. */
export interface Candidate {
  key: string;
  deck: Deck;
  card: Card;
}

/** Cards of `decks` carrying any of `tags` that a mock can ask (generated cards come as the calculation). */
export function candidates(decks: readonly Deck[], tags: readonly string[]): Candidate[] {
  const wanted = new Set(tags);
  return decks.flatMap((deck) =>
    deck.cards.filter((card) => card.kind !== 'generated' && card.tags?.some((t) => wanted.has(t))).map((card) => ({ key: `${deck.id}/${card.id}`, deck, card })),
  );
}

/** Fisher–Yates with the seeded generator. */
export function shuffle<T>(random: Random, items: readonly T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

const mean = (xs: readonly number[]): number => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);

export interface PickInput {
  pool: readonly Candidate[];
  tags: readonly string[];
  count: number;
  mix: MockMix;
  random: Random;
  /** Card key → 0 (strong) … 1 (weak); used by `weak`. */
  weakness: (key: string) => number;
}

/** Up to `count` distinct cards, in the order they will be asked. Pure given `random`. */
export function pickCards({ pool, tags, count, mix, random, weakness }: PickInput): Candidate[] {
  // Shuffled once, so ties (equal weakness, or `even`) fall in a seeded order.
  const order = shuffle(random, pool);
  const tagOrder = shuffle(random, tags);
  if (mix === 'weak') {
    const tagWeakness = new Map(tagOrder.map((t) => [t, mean(order.filter((c) => c.card.tags?.includes(t)).map((c) => weakness(c.key)))]));
    tagOrder.sort((a, b) => tagWeakness.get(b)! - tagWeakness.get(a)!);
  }
  const chosen: Candidate[] = [];
  const taken = new Set<string>();
  while (chosen.length < count) {
    let progress = false;
    for (const tag of tagOrder) {
      if (chosen.length >= count) break;
      const open = order.filter((c) => !taken.has(c.key) && c.card.tags?.includes(tag));
      if (!open.length) continue;
      const pick = mix === 'weak' ? open.reduce((best, c) => (weakness(c.key) > weakness(best.key) ? c : best)) : open[Math.floor(random() * open.length)]!;
      chosen.push(pick);
      taken.add(pick.key);
      progress = true;
    }
    if (!progress) break;
  }
  return chosen;
}
