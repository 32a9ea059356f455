import type { Card } from '../core/deck/schema.js';
import { nodeCrypto } from './lazy-crypto.js';

const hash = (value: unknown): string => nodeCrypto().createHash('sha256').update(JSON.stringify(value)).digest('base64url').slice(0, 16);

/**
 * A short hash of what the learner studies on a card: everything but its
 * `tags` and lint `examples`, which change no prompt, answer or grading. A
 * different hash means the card was edited since it was last reviewed.
 */
export function contentHash(card: Card): string {
  const { tags: _tags, examples: _examples, ...studied } = card as Card & { tags?: unknown; examples?: unknown };
  return hash(studied);
}

/** The hash reviews stored before tags were left out (the whole card), still accepted as unchanged. */
export function legacyContentHash(card: Card): string {
  return hash(card);
}
