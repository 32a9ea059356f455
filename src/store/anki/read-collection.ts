/**
 * An Anki collection (SQLite) → notes, cards and review log. Reads both the
 * older schema (deck names in `col.decks` JSON) and the current one (a
 * `decks` table, names joined by U+001F).
 */
import type { Database } from 'sql.js';
import { DrillbitError } from '../../core/errors.js';
import type { AnkiCard, AnkiCollection, AnkiNote, RevlogEntry } from '../../core/anki/anki-note.js';
import { sqlite } from './sqlite.js';

const REQUIRED = ['col', 'notes', 'cards', 'revlog'] as const;

function rows(db: Database, sql: string): unknown[][] {
  return db.exec(sql)[0]?.values ?? [];
}

function deckNames(db: Database, tables: Set<string>, what: string): Map<number, string> {
  const names = new Map<number, string>();
  if (tables.has('decks')) {
    for (const [id, name] of rows(db, 'select id, name from decks')) names.set(Number(id), String(name).split('\x1f').join('::'));
    return names;
  }
  const raw = rows(db, 'select decks from col')[0]?.[0];
  try {
    const decks = JSON.parse(String(raw ?? '{}')) as Record<string, { name?: unknown }>;
    for (const [id, d] of Object.entries(decks)) if (typeof d?.name === 'string') names.set(Number(id), d.name);
  } catch {
    throw new DrillbitError(`${what}: the deck list (col.decks) is not valid JSON; the collection is damaged`);
  }
  return names;
}

/** Reads the collection in `bytes`; `what` names it in messages (`file.apkg: collection.anki2`). */
export async function readCollection(bytes: Uint8Array, what: string): Promise<AnkiCollection> {
  const SQL = await sqlite();
  let db: Database;
  try {
    db = new SQL.Database(bytes);
  } catch {
    throw new DrillbitError(`${what} is not a SQLite database; the package is damaged`);
  }
  try {
    let tables: Set<string>;
    try {
      tables = new Set(rows(db, "select name from sqlite_master where type = 'table'").map((r) => String(r[0])));
    } catch {
      throw new DrillbitError(`${what} is not a SQLite database; the package is damaged`);
    }
    const missing = REQUIRED.filter((t) => !tables.has(t));
    if (missing.length) throw new DrillbitError(`${what} has no ${missing.join(', ')} table${missing.length === 1 ? '' : 's'}; it is not an Anki collection`);
    const names = deckNames(db, tables, what);
    const notes: AnkiNote[] = [];
    const guidOf = new Map<number, string>();
    for (const [id, guid, flds, tags] of rows(db, 'select id, guid, flds, tags from notes order by id')) {
      guidOf.set(Number(id), String(guid));
      notes.push({ guid: String(guid), fields: String(flds ?? '').split('\x1f'), tags: String(tags ?? '').trim().split(/\s+/).filter(Boolean) });
    }
    const cards: AnkiCard[] = [];
    for (const [id, nid, ord, did, odid] of rows(db, 'select id, nid, ord, did, odid from cards order by nid, ord')) {
      const guid = guidOf.get(Number(nid));
      if (guid === undefined) continue;
      // A card in a filtered deck belongs to its original deck.
      const deck = Number(odid) || Number(did);
      cards.push({ id: Number(id), noteGuid: guid, ord: Number(ord), deckName: names.get(deck) ?? 'Default' });
    }
    const revlog: RevlogEntry[] = rows(db, 'select id, cid, ease, time, type from revlog order by id').map(([id, cid, ease, time, type]) => ({
      id: Number(id),
      cid: Number(cid),
      ease: Number(ease),
      time: Number(time),
      type: Number(type),
    }));
    return { notes, cards, revlog };
  } catch (error) {
    if (error instanceof DrillbitError) throw error;
    throw new DrillbitError(`${what} could not be read (${(error as Error).message}); the collection is damaged`);
  } finally {
    db.close();
  }
}
