/**
 * Generated cards (kind: generated) need the drills engineer's
 * `instantiateCard(card, seed)` from core/drills/generated.ts. Until that
 * module exists, review skips generated cards.
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

type Instantiate = (card: Card, seed: number) => { card: Card; grade(answer: string): GradeResult };

export async function loadGenerated(): Promise<Generated | undefined> {
  const specifier = '../core/drills/generated.js';
  let mod: { instantiateCard?: Instantiate };
  try {
    mod = (await import(specifier)) as { instantiateCard?: Instantiate };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_MODULE_NOT_FOUND') return undefined;
    throw error;
  }
  const instantiateCard = mod.instantiateCard;
  if (!instantiateCard) return undefined;
  return { instantiate: (card, key, reviews) => instantiateCard(card, generatedSeed(key, reviews)) };
}
