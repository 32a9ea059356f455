/**
 * Anki notes and cards → drillbit decks: one deck per Anki deck (or one deck
 * for everything with `--deck`), card ids from GUIDs (see guid.ts), plain
 * text, tags as slugs, no rubric (graded against the answer). Cards already
 * in a deck are updated in place and keep anything the learner added; cards
 * the package no longer has are kept, so nothing is lost. Pure.
 */
import type { Card, Deck } from '../deck/schema.js';
import type { AnkiCollection } from './anki-note.js';
import { cardText } from './card-text.js';
import { cardIdFor, fnv64, importKeysOf } from './guid.js';

/** A slug for a deck id or tag: lower case, `::` → `.`, anything else unsafe → `-`. */
export function toSlug(text: string): string {
  return text
    .toLowerCase()
    .replace(/::/g, '.')
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/^[^a-z0-9]+/, '')
    .replace(/[-.]+$/, '')
    .slice(0, 80);
}

export interface BuildOptions {
  /** Put every card in this deck (`--deck ID`). */
  deckId?: string | undefined;
  /** Decks already there (the learner's own and the bundled ones), to match cards by GUID. */
  existing: readonly Deck[];
  /** Ids of decks that may be rewritten (the learner's own, in the data directory). */
  writable: ReadonlySet<string>;
}

export interface BuildResult {
  /** Decks to write (new or updated). */
  decks: Deck[];
  /** Anki card id → `deckId/cardId`, for the review log. */
  keyOf: Map<number, string>;
  added: number;
  updated: number;
  /** Cards without a front or back, or of a template drillbit cannot read. */
  skipped: number;
}

function deckIdFor(name: string): string {
  return toSlug(name) || `anki-${fnv64(name).toString(16).slice(0, 8)}`;
}

export function buildDecks(collection: AnkiCollection, options: BuildOptions): BuildResult {
  const notes = new Map(collection.notes.map((n) => [n.guid, n]));
  const located = new Map<string, { deck: Deck; card: Card }>();
  for (const deck of options.existing) for (const card of deck.cards) for (const k of importKeysOf(deck.id, card.id)) located.set(k, { deck, card });
  const out = new Map<string, Deck>();
  const result: BuildResult = { decks: [], keyOf: new Map(), added: 0, updated: 0, skipped: 0 };
  const target = (name: string): Deck => {
    const id = options.deckId ?? deckIdFor(name);
    let deck = out.get(id);
    if (!deck) {
      const before = options.existing.find((d) => d.id === id);
      deck = before ? { ...before, cards: [...before.cards] } : { id, title: options.deckId ?? name, cards: [] };
      out.set(id, deck);
    }
    return deck;
  };
  for (const c of collection.cards) {
    const note = notes.get(c.noteGuid);
    const text = note && cardText(note, c.ord);
    if (!note || !text) {
      result.skipped++;
      continue;
    }
    const tags = [...new Set(note.tags.map(toSlug).filter(Boolean))];
    const fields = { prompt: text.prompt, answer: text.answer, ...(tags.length ? { tags } : {}) };
    const found = located.get(`${note.guid}#${c.ord}`);
    if (found && !options.writable.has(found.deck.id)) {
      // A card of a bundled deck: its text is not ours to change, its history is.
      result.keyOf.set(c.id, `${found.deck.id}/${found.card.id}`);
      result.updated++;
      continue;
    }
    let into: Deck;
    if (found) {
      into = out.get(found.deck.id) ?? { ...found.deck, cards: [...found.deck.cards] };
      out.set(into.id, into);
    } else {
      into = target(c.deckName);
    }
    const id = found?.card.id ?? cardIdFor(note.guid, c.ord);
    const at = into.cards.findIndex((x) => x.id === id);
    if (at >= 0) {
      const { tags: _old, ...kept } = into.cards[at]!;
      into.cards[at] = { ...kept, ...fields };
      result.updated++;
    } else {
      into.cards.push({ id, kind: 'text', ...fields });
      result.added++;
    }
    result.keyOf.set(c.id, `${into.id}/${id}`);
  }
  result.decks = [...out.values()].filter((d) => d.cards.length > 0);
  return result;
}
