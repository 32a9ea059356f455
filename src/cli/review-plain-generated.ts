/**
 * Generated cards (kind: generated): `instantiateCard(card, seed)` from
 * core/drills/generated.ts makes a concrete problem, seeded from the card key
 * and its review count so a review shows the same problem if repeated.
 */
import type { Card } from '../core/deck/schema.js';
import type { GradeResult } from '../core/grading/types.js';

export interface Generated {
  /** A concrete problem for `card`, seeded from its key and review count (the same review shows the same problem). */
  instantiate(card: Card, key: string, reviews: number): { card: Card; grade(answer: string): GradeResult };
}

/** FNV-1a of `key#reviews`: a stable 32-bit seed. */
export function generatedSeed(key: string, reviews: number): number {
  let h = 0x811c9dc5;
  for (const ch of `${key}#${reviews}`) h = Math.imul(h ^ ch.charCodeAt(0), 0x01000193) >>> 0;
  return h;
}

/** Loads the generators lazily (only a review that meets a generated card pays for them). */
export async function loadGenerated(): Promise<Generated> {
  const { instantiateCard } = await import('../core/drills/generated.js');
  return { instantiate: (card, key, reviews) => instantiateCard(card, generatedSeed(key, reviews)) };
}
