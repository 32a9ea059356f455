/**
 * Builds small Anki packages inside a test (no binary fixtures): the older
 * layout (collection.anki2 / .anki21) and the current one (collection.anki21b,
 * zstd, beside a dummy collection.anki2), with sql.js and fflate. The zstd
 * frame is written with raw blocks by `zstdRaw` below — enough for fzstd and
 * for the `zstd` tool to read, without a compressor in the test.
 */
import { createRequire } from 'node:module';
import { zipSync } from 'fflate';
import type { SqlJsStatic } from 'sql.js';

export interface TestNote { id: number; guid: string; fields: string[]; tags?: string[] }
export interface TestCard { id: number; nid: number; ord: number; did: number; odid?: number }
export interface TestRevlog { id: number; cid: number; ease: number; time?: number; type: number }
export interface TestCollection {
  decks: Record<number, string>;
  notes: TestNote[];
  cards: TestCard[];
  revlog: TestRevlog[];
}

let sql: Promise<SqlJsStatic> | undefined;
function loadSql(): Promise<SqlJsStatic> {
  const req = createRequire(import.meta.url);
  return (sql ??= (req('sql.js') as () => Promise<SqlJsStatic>)());
}

const DDL = `
create table col (id integer primary key, crt integer not null, mod integer not null, scm integer not null, ver integer not null, dty integer not null, usn integer not null, ls integer not null, conf text not null, models text not null, decks text not null, dconf text not null, tags text not null);
create table notes (id integer primary key, guid text not null, mid integer not null, mod integer not null, usn integer not null, tags text not null, flds text not null, sfld integer not null, csum integer not null, flags integer not null, data text not null);
create table cards (id integer primary key, nid integer not null, did integer not null, ord integer not null, mod integer not null, usn integer not null, type integer not null, queue integer not null, due integer not null, ivl integer not null, factor integer not null, reps integer not null, lapses integer not null, left integer not null, odue integer not null, odid integer not null, flags integer not null, data text not null);
create table revlog (id integer primary key, cid integer not null, usn integer not null, ease integer not null, ivl integer not null, lastIvl integer not null, factor integer not null, time integer not null, type integer not null);
create table graves (usn integer not null, oid integer not null, type integer not null);
`;

/** A collection database; `current`: deck names in a `decks` table (joined by U+001F), as Anki 2.1.50+. */
export async function collectionDb(c: TestCollection, current = false): Promise<Uint8Array> {
  const db = new (await loadSql()).Database();
  db.run(DDL);
  const deckJson = Object.fromEntries(Object.entries(c.decks).map(([id, name]) => [id, { id: Number(id), name }]));
  db.run("insert into col values (1, 0, 0, 0, 11, 0, 0, 0, '{}', '{}', ?, '{}', '{}')", [current ? '{}' : JSON.stringify(deckJson)]);
  if (current) {
    db.run('create table decks (id integer primary key not null, name text not null, mtime_secs integer not null, usn integer not null, common blob not null, kind blob not null)');
    for (const [id, name] of Object.entries(c.decks)) db.run("insert into decks values (?, ?, 0, 0, x'', x'')", [Number(id), name.split('::').join('\x1f')]);
  }
  for (const n of c.notes) db.run("insert into notes values (?, ?, 1, 0, 0, ?, ?, '', 0, 0, '')", [n.id, n.guid, ` ${(n.tags ?? []).join(' ')} `, n.fields.join('\x1f')]);
  for (const k of c.cards) db.run("insert into cards values (?, ?, ?, ?, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, ?, 0, '')", [k.id, k.nid, k.did, k.ord, k.odid ?? 0]);
  for (const r of c.revlog) db.run('insert into revlog values (?, ?, 0, ?, 0, 0, 0, ?, ?)', [r.id, r.cid, r.ease, r.time ?? 5000, r.type]);
  const bytes = db.export();
  db.close();
  return bytes;
}

/** A zstd frame of raw (stored) blocks: valid zstd, no compression (RFC 8878 §3.1.1). */
export function zstdRaw(data: Uint8Array): Uint8Array {
  const BLOCK = 128 * 1024;
  const parts: number[] = [0x28, 0xb5, 0x2f, 0xfd, 0xa0];
  for (let i = 0; i < 4; i++) parts.push((data.length >>> (8 * i)) & 0xff);
  const header = new Uint8Array(parts);
  const blocks: Uint8Array[] = [header];
  let at = 0;
  do {
    const size = Math.min(BLOCK, data.length - at);
    const last = at + size >= data.length ? 1 : 0;
    const h = (size << 3) | last;
    blocks.push(new Uint8Array([h & 0xff, (h >> 8) & 0xff, (h >> 16) & 0xff]), data.subarray(at, at + size));
    at += size;
  } while (at < data.length);
  const out = new Uint8Array(blocks.reduce((n, b) => n + b.length, 0));
  let o = 0;
  for (const b of blocks) (out.set(b, o), (o += b.length));
  return out;
}

/** An .apkg of the older layout (`collection.anki2`, or `.anki21` when `name` says so). */
export async function oldPackage(c: TestCollection, name: 'collection.anki2' | 'collection.anki21' = 'collection.anki2'): Promise<Uint8Array> {
  return zipSync({ [name]: await collectionDb(c), media: new TextEncoder().encode('{}') });
}

/** An .apkg of the current layout: zstd'd `collection.anki21b` and a dummy `collection.anki2` with one note. */
export async function currentPackage(c: TestCollection): Promise<Uint8Array> {
  const dummy = await collectionDb({ decks: { 1: 'Default' }, notes: [{ id: 1, guid: 'dummy', fields: ['Please update to the latest Anki version, then import the .colpkg/.apkg file again.', ''] }], cards: [{ id: 1, nid: 1, ord: 0, did: 1 }], revlog: [] });
  return zipSync({ 'collection.anki2': dummy, 'collection.anki21b': zstdRaw(await collectionDb(c, true)), meta: new Uint8Array([8, 3]), media: new Uint8Array(0) });
}

const DAY = 86_400_000;

/**
 * A small collection: three decks (one nested), basic, reversed and cloze
 * notes, HTML and media in fields, and a review log with every entry type.
 */
export function sampleCollection(start = Date.parse('2026-01-05T10:00:00Z')): TestCollection {
  return {
    decks: { 1: 'Default', 100: 'Cloud', 200: 'Cloud::Run' },
    notes: [
      { id: 10, guid: 'Ab#1xQ', fields: ['What does <b>Fargate</b> run?', 'Containers,&nbsp;without servers<br>you manage'], tags: ['aws', 'Compute::Serverless'] },
      { id: 11, guid: 'Zz/9', fields: ['Cloud Run shutdown grace', '10 s [sound:grace.mp3]<img src="chart.png">'] },
      { id: 12, guid: 'clz1', fields: ['{{c1::ECS}} schedules tasks; {{c2::Fargate::compute}} runs them', 'extra'] },
      { id: 13, guid: 'empty', fields: ['only a front', ''] },
    ],
    cards: [
      { id: 1000, nid: 10, ord: 0, did: 100 },
      { id: 1001, nid: 10, ord: 1, did: 100 },
      { id: 1100, nid: 11, ord: 0, did: 200 },
      { id: 1200, nid: 12, ord: 0, did: 7, odid: 200 },
      { id: 1201, nid: 12, ord: 1, did: 200 },
      { id: 1300, nid: 13, ord: 0, did: 100 },
    ],
    revlog: [
      { id: start, cid: 1000, ease: 3, type: 0 },
      { id: start + 600_000, cid: 1000, ease: 3, type: 0 },
      { id: start + 2 * DAY, cid: 1000, ease: 1, type: 1 },
      { id: start + 2 * DAY + 600_000, cid: 1000, ease: 3, type: 2 },
      { id: start + 5 * DAY, cid: 1000, ease: 4, type: 1 },
      { id: start + 6 * DAY, cid: 1000, ease: 2, type: 3 },
      { id: start + 7 * DAY, cid: 1000, ease: 0, type: 4 },
      { id: start + DAY, cid: 1100, ease: 2, type: 0 },
      { id: start + 3 * DAY, cid: 1100, ease: 3, type: 1 },
      { id: start + 4 * DAY, cid: 1200, ease: 3, type: 0 },
      { id: start + 4 * DAY + 1, cid: 9999, ease: 3, type: 0 },
    ],
  };
}
