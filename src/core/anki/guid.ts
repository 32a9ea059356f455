/**
 * How Anki notes and drillbit cards name each other, so that importing the
 * same notes again updates the same cards and exporting again updates the
 * same notes instead of duplicating them. Pure (FNV-1a, no crypto module).
 *
 * - A card imported from an Anki note with a short GUID gets the id
 *   `g-<hex of the GUID>` (`-<ord>` added for a note's second, third… card),
 *   so the GUID can be read back out of the id.
 * - Any other card is exported with a GUID derived from `deckId/cardId`.
 */

const BASE91 = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!#$%&()*+,-./:;<=>?@[]^_`{|}~';
const MASK64 = (1n << 64n) - 1n;

/** FNV-1a, 64 bits, over the UTF-8 bytes of `text`. */
export function fnv64(text: string): bigint {
  let h = 0xcbf29ce484222325n;
  for (const byte of new TextEncoder().encode(text)) {
    h ^= BigInt(byte);
    h = (h * 0x100000001b3n) & MASK64;
  }
  return h;
}

/** A 64-bit number in Anki's GUID alphabet (as Anki's own `guid64`). */
export function base91(n: bigint): string {
  let out = '';
  let rest = n;
  do {
    out = BASE91[Number(rest % 91n)]! + out;
    rest /= 91n;
  } while (rest > 0n);
  return out;
}

const toHex = (text: string): string => [...new TextEncoder().encode(text)].map((b) => b.toString(16).padStart(2, '0')).join('');

function fromHex(hex: string): string | undefined {
  if (hex.length % 2) return undefined;
  const bytes = new Uint8Array(hex.length / 2);
  for (let i = 0; i < bytes.length; i++) bytes[i] = parseInt(hex.slice(2 * i, 2 * i + 2), 16);
  return new TextDecoder().decode(bytes);
}

/** GUIDs up to this long are kept readable in the card id; longer ones (TSV first fields) are hashed. */
const MAX_HEX_GUID = 24;

/** The drillbit card id of card `ord` of the note with `guid`. */
export function cardIdFor(guid: string, ord: number): string {
  const base = guid.length <= MAX_HEX_GUID ? `g-${toHex(guid)}` : `h-${fnv64(guid).toString(16).padStart(16, '0')}`;
  return ord === 0 ? base : `${base}-${ord}`;
}

/** The GUID a card goes to Anki with: its original note's GUID when it came from one, else derived from its ids. */
export function exportGuid(deckId: string, cardId: string): string {
  const m = /^g-([0-9a-f]+)$/.exec(cardId);
  const original = m ? fromHex(m[1]!) : undefined;
  return original ?? base91(fnv64(`drillbit:${deckId}/${cardId}`));
}

/**
 * The `guid#ord` keys an existing card answers to on import: its export GUID
 * as a note's first card (what drillbit's own packages carry) and, for a
 * note's later card, the GUID and ord `cardIdFor` made its id from.
 */
export function importKeysOf(deckId: string, cardId: string): string[] {
  const keys = [`${exportGuid(deckId, cardId)}#0`];
  const m = /^g-([0-9a-f]+)-(\d+)$/.exec(cardId);
  const guid = m ? fromHex(m[1]!) : undefined;
  if (guid !== undefined) keys.push(`${guid}#${m![2]}`);
  return keys;
}
