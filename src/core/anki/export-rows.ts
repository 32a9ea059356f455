/**
 * drillbit decks, card states and review history → the rows of an Anki
 * collection in the older `collection.anki2` layout (schema 11): one Basic
 * note (Front/Back) per card, GUIDs from guid.ts, the history as `revlog`.
 * Ids are derived from deck and card ids so exporting twice gives the same
 * notes. Pure: `now` is an argument.
 */
import type { Deck } from '../deck/schema.js';
import type { CardState } from '../scheduling/card-state.js';
import type { RatingName } from '../scheduling/rating.js';
import { exportGuid, fnv64 } from './guid.js';
import { textToHtml } from './html-to-text.js';
import { ratingToEase } from './revlog.js';

/** One review to write as a revlog row. */
export interface ExportReview {
  key: string;
  at: Date;
  rating: RatingName;
  elapsedMs: number;
  before?: CardState | undefined;
  after: CardState;
}

export interface NoteRow { id: number; guid: string; mid: number; mod: number; tags: string; flds: string; sfld: string; }
export interface CardRow { id: number; nid: number; did: number; type: number; queue: number; due: number; ivl: number; factor: number; reps: number; lapses: number; data: string; }
export interface RevlogRow { id: number; cid: number; ease: number; ivl: number; lastIvl: number; factor: number; time: number; type: number; }

export interface ExportRows {
  /** Collection creation time (epoch seconds, a day start): review due days count from it. */
  crt: number;
  modelId: number;
  decks: { id: number; name: string }[];
  notes: NoteRow[];
  cards: CardRow[];
  revlog: RevlogRow[];
}

const DAY = 86_400_000;
/** A 48-bit id from a name, so ids are stable and fit a JS number and SQLite integer. */
const idFor = (name: string): number => Number(fnv64(name) >> 16n) + 1;

const displayText = (card: Deck['cards'][number]): string => (card.kind === 'cloze' && card.cloze ? `${card.prompt}\n${card.cloze.replace(/\{\{[^{}]*\}\}/g, '[…]')}` : card.prompt);

/** Anki's interval: days for a review card, negative seconds for a learning step. */
function interval(s: CardState | undefined, at: Date): number {
  if (!s || s.phase === 'new') return 0;
  if (s.phase === 'review') return Math.max(1, Math.round(s.scheduledDays));
  return -Math.max(1, Math.round((s.due.getTime() - at.getTime()) / 1000));
}

function cardFields(s: CardState | undefined, position: number, crt: number): Omit<CardRow, 'id' | 'nid' | 'did'> {
  if (!s || s.phase === 'new') return { type: 0, queue: 0, due: position, ivl: 0, factor: 0, reps: 0, lapses: 0, data: '' };
  const data = JSON.stringify({ s: Number(s.stability.toFixed(4)), d: Number(s.difficulty.toFixed(4)) });
  const common = { reps: s.reps, lapses: s.lapses, factor: 2500, data };
  if (s.phase === 'review') return { ...common, type: 2, queue: 2, due: Math.floor((s.due.getTime() / 1000 - crt) / 86_400), ivl: Math.max(1, Math.round(s.scheduledDays)) };
  return { ...common, type: s.phase === 'learning' ? 1 : 3, queue: 1, due: Math.floor(s.due.getTime() / 1000), ivl: 0 };
}

export function exportRows(decks: readonly Deck[], states: ReadonlyMap<string, CardState>, reviews: readonly ExportReview[], now: Date): ExportRows {
  const first = Math.min(now.getTime(), ...reviews.map((r) => r.at.getTime()));
  const crt = Math.floor(Math.floor(first / DAY) * DAY / 1000);
  const mod = Math.floor(now.getTime() / 1000);
  const modelId = idFor('drillbit:model:basic');
  const rows: ExportRows = { crt, modelId, decks: [], notes: [], cards: [], revlog: [] };
  const cardIdOf = new Map<string, number>();
  for (const deck of decks) {
    const did = idFor(`drillbit:deck:${deck.id}`);
    rows.decks.push({ id: did, name: deck.title });
    deck.cards.forEach((card, position) => {
      const key = `${deck.id}/${card.id}`;
      const nid = idFor(`drillbit:note:${key}`);
      const cid = idFor(`drillbit:card:${key}`);
      cardIdOf.set(key, cid);
      const front = textToHtml(displayText(card));
      rows.notes.push({ id: nid, guid: exportGuid(deck.id, card.id), mid: modelId, mod, tags: card.tags?.length ? ` ${card.tags.join(' ')} ` : '', flds: `${front}\x1f${textToHtml(card.answer)}`, sfld: displayText(card) });
      rows.cards.push({ id: cid, nid, did, ...cardFields(states.get(key), position, crt) });
    });
  }
  const used = new Set<number>();
  const lastIvl = new Map<string, number>();
  for (const r of reviews) {
    const cid = cardIdOf.get(r.key);
    if (cid === undefined) continue;
    // revlog ids are epoch ms and must be unique: two reviews in one millisecond move apart by one.
    let id = r.at.getTime();
    while (used.has(id)) id++;
    used.add(id);
    const phase = r.before?.phase ?? 'new';
    const type = phase === 'review' ? 1 : phase === 'relearning' ? 2 : 0;
    const ivl = interval(r.after, r.at);
    rows.revlog.push({ id, cid, ease: ratingToEase(r.rating), ivl, lastIvl: lastIvl.get(r.key) ?? 0, factor: 2500, time: Math.min(60_000, Math.round(r.elapsedMs)), type });
    lastIvl.set(r.key, ivl);
  }
  return rows;
}
