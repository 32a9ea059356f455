/**
 * Picks a session's questions from the decks, seeded: the same decks, filters
 * and seed give the same questions in the same order (the seed is logged, so
 * a session can be replayed or resumed). Text, numeric, cidr, choice and
 * cloze cards are asked as they are; a generated card becomes a concrete
 * subnet problem seeded from the session seed.
 */
import type { Card, Deck } from '../deck/schema.js';
import { gradeCard } from '../grading/index.js';
import type { GradeResult } from '../grading/types.js';
import { instantiateCard } from '../drills/generated.js';
import { mulberry32 } from '../drills/prng.js';

/** One question of a session. */
export interface TeamQuestion {
  /** `deckId/cardId`. */
  key: string;
  /** The card as asked (a generated card made concrete). */
  card: Card;
  /** What players see: the prompt, with a cloze's blanks shown as ____. */
  prompt: string;
  choices?: string[];
  grade(answer: string): GradeResult;
}

export interface PickOptions {
  deckId?: string | undefined;
  tag?: string | undefined;
  count: number;
  seed: number;
}

const ASKABLE = new Set(['text', 'numeric', 'cidr', 'choice', 'cloze', 'generated']);

/** FNV-1a: a stable 32-bit seed for one card of one session. */
export function questionSeed(seed: number, key: string): number {
  let h = 0x811c9dc5;
  for (const ch of `${key}#team#${seed}`) h = Math.imul(h ^ ch.charCodeAt(0), 0x01000193) >>> 0;
  return h;
}

function promptOf(card: Card): string {
  if (card.kind !== 'cloze' || !card.cloze) return card.prompt;
  return `${card.prompt}\n\n${card.cloze.replace(/\{\{[^{}]+\}\}/g, '____')}`;
}

/** Turns a deck card into a question (generated cards get their problem here). */
export function toQuestion(deck: Deck, card: Card, seed: number): TeamQuestion {
  const key = `${deck.id}/${card.id}`;
  if (card.kind === 'generated') {
    const inst = instantiateCard(card, questionSeed(seed, key));
    return { key, card: inst.card, prompt: inst.card.prompt, grade: inst.grade };
  }
  return { key, card, prompt: promptOf(card), ...(card.choices ? { choices: [...card.choices] } : {}), grade: (answer) => gradeCard(card, answer, deck) };
}

/** The cards a session can ask, before shuffling. */
export function candidates(decks: readonly Deck[], options: Pick<PickOptions, 'deckId' | 'tag'>): { deck: Deck; card: Card }[] {
  return decks
    .filter((d) => options.deckId === undefined || d.id === options.deckId)
    .flatMap((deck) => deck.cards.map((card) => ({ deck, card })))
    .filter(({ card }) => ASKABLE.has(card.kind) && (card.kind !== 'generated' || card.generator === 'subnet-bits'))
    .filter(({ card }) => options.tag === undefined || (card.tags ?? []).includes(options.tag));
}

/** `count` questions (fewer when the filters leave fewer cards), shuffled by `seed`. */
export function pickQuestions(decks: readonly Deck[], options: PickOptions): TeamQuestion[] {
  const pool = candidates(decks, options);
  const random = mulberry32(options.seed);
  // Fisher–Yates, driven by the seeded generator.
  for (let i = pool.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [pool[i], pool[j]] = [pool[j]!, pool[i]!];
  }
  return pool.slice(0, options.count).map(({ deck, card }) => toQuestion(deck, card, options.seed));
}
