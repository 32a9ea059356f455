/**
 * node:crypto, loaded on first use. Loading it costs about 4 ms, a tenth of
 * node's own start-up, and most runs of most commands never hash anything
 * (stats reads a collection without hashing a card): a static import would
 * charge every one of them.
 */
import { createRequire } from 'node:module';

let loaded: typeof import('node:crypto') | undefined;

export function nodeCrypto(): typeof import('node:crypto') {
  return (loaded ??= createRequire(import.meta.url)('node:crypto') as typeof import('node:crypto'));
}
