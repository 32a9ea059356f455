import { createHash } from 'node:crypto';
import type { Card } from '../core/deck/schema.js';

/** A short hash of everything in a card: a different hash means the card was edited. */
export function contentHash(card: Card): string {
  return createHash('sha256').update(JSON.stringify(card)).digest('base64url').slice(0, 16);
}
