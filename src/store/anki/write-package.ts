/**
 * Writes an .apkg in Anki's older layout: a zip holding `collection.anki2`
 * (SQLite, schema 11, built with sql.js) and an empty `media` map. Written to
 * a temp file and renamed, so a failed export leaves nothing half-written.
 */
import { createHash } from 'node:crypto';
import { zipSync } from 'fflate';
import type { ExportRows } from '../../core/anki/export-rows.js';
import { sqlite } from './sqlite.js';
import { writeBytesAtomic } from './write-atomic.js';

const SCHEMA = `
create table col (id integer primary key, crt integer not null, mod integer not null, scm integer not null, ver integer not null, dty integer not null, usn integer not null, ls integer not null, conf text not null, models text not null, decks text not null, dconf text not null, tags text not null);
create table notes (id integer primary key, guid text not null, mid integer not null, mod integer not null, usn integer not null, tags text not null, flds text not null, sfld integer not null, csum integer not null, flags integer not null, data text not null);
create table cards (id integer primary key, nid integer not null, did integer not null, ord integer not null, mod integer not null, usn integer not null, type integer not null, queue integer not null, due integer not null, ivl integer not null, factor integer not null, reps integer not null, lapses integer not null, left integer not null, odue integer not null, odid integer not null, flags integer not null, data text not null);
create table revlog (id integer primary key, cid integer not null, usn integer not null, ease integer not null, ivl integer not null, lastIvl integer not null, factor integer not null, time integer not null, type integer not null);
create table graves (usn integer not null, oid integer not null, type integer not null);
create index ix_notes_usn on notes (usn);
create index ix_cards_usn on cards (usn);
create index ix_revlog_usn on revlog (usn);
create index ix_cards_nid on cards (nid);
create index ix_cards_sched on cards (did, queue, due);
create index ix_revlog_cid on revlog (cid);
create index ix_notes_csum on notes (csum);
`;

/** Anki's note checksum: the first 8 hex digits of the SHA-1 of the sort field. */
const checksum = (sfld: string): number => parseInt(createHash('sha1').update(sfld).digest('hex').slice(0, 8), 16);

function basicModel(id: number, did: number, mod: number): object {
  const field = (name: string, ord: number) => ({ name, ord, sticky: false, rtl: false, font: 'Arial', size: 20, media: [] });
  return {
    id, name: 'drillbit Basic', type: 0, mod, usn: -1, sortf: 0, did, vers: [], tags: [],
    tmpls: [{ name: 'Card 1', ord: 0, qfmt: '{{Front}}', afmt: '{{FrontSide}}\n\n<hr id=answer>\n\n{{Back}}', bqfmt: '', bafmt: '', did: null }],
    flds: [field('Front', 0), field('Back', 1)],
    css: '.card { font-family: arial; font-size: 20px; text-align: left; color: black; background-color: white; }',
    latexPre: '\\documentclass[12pt]{article}\n\\special{papersize=3in,5in}\n\\usepackage[utf8]{inputenc}\n\\usepackage{amssymb,amsmath}\n\\pagestyle{empty}\n\\setlength{\\parindent}{0in}\n\\begin{document}\n',
    latexPost: '\\end{document}', latexsvg: false, req: [[0, 'any', [0]]],
  };
}

function deckJson(id: number, name: string, mod: number): object {
  return { id, name, mod, usn: -1, desc: '', dyn: 0, conf: 1, collapsed: false, browserCollapsed: false, newToday: [0, 0], revToday: [0, 0], lrnToday: [0, 0], timeToday: [0, 0], extendNew: 0, extendRev: 0 };
}

const DCONF = {
  1: {
    id: 1, name: 'Default', mod: 0, usn: 0, maxTaken: 60, autoplay: true, timer: 0, replayq: true, dyn: false,
    new: { delays: [1, 10], ints: [1, 4, 0], initialFactor: 2500, order: 1, perDay: 20, bury: false },
    lapse: { delays: [10], mult: 0, minInt: 1, leechFails: 8, leechAction: 1 },
    rev: { perDay: 200, ease4: 1.3, ivlFct: 1, maxIvl: 36500, hardFactor: 1.2, bury: false },
  },
};

/** The collection file (SQLite bytes) for `rows`. */
export async function buildCollection(rows: ExportRows, now: Date): Promise<Uint8Array> {
  const SQL = await sqlite();
  const db = new SQL.Database();
  try {
    const mod = Math.floor(now.getTime() / 1000);
    db.run(SCHEMA);
    const firstDeck = rows.decks[0]?.id ?? 1;
    const decks: Record<string, object> = { 1: deckJson(1, 'Default', mod) };
    for (const d of rows.decks) decks[d.id] = deckJson(d.id, d.name, mod);
    const conf = { activeDecks: [1], curDeck: 1, newSpread: 0, collapseTime: 1200, timeLim: 0, estTimes: true, dueCounts: true, curModel: rows.modelId, nextPos: rows.cards.length + 1, sortType: 'noteFld', sortBackwards: false, addToCur: true };
    db.run('insert into col values (1, ?, ?, ?, 11, 0, 0, 0, ?, ?, ?, ?, ?)', [
      rows.crt, now.getTime(), now.getTime(), JSON.stringify(conf), JSON.stringify({ [rows.modelId]: basicModel(rows.modelId, firstDeck, mod) }), JSON.stringify(decks), JSON.stringify(DCONF), '{}',
    ]);
    db.run('begin');
    const note = db.prepare('insert into notes values (?, ?, ?, ?, -1, ?, ?, ?, ?, 0, \'\')');
    for (const n of rows.notes) note.run([n.id, n.guid, n.mid, n.mod, n.tags, n.flds, n.sfld, checksum(n.sfld)]);
    note.free();
    const card = db.prepare('insert into cards values (?, ?, ?, 0, ?, -1, ?, ?, ?, ?, ?, ?, ?, 0, 0, 0, 0, ?)');
    for (const c of rows.cards) card.run([c.id, c.nid, c.did, mod, c.type, c.queue, c.due, c.ivl, c.factor, c.reps, c.lapses, c.data]);
    card.free();
    const rev = db.prepare('insert into revlog values (?, ?, -1, ?, ?, ?, ?, ?, ?)');
    for (const r of rows.revlog) rev.run([r.id, r.cid, r.ease, r.ivl, r.lastIvl, r.factor, r.time, r.type]);
    rev.free();
    db.run('commit');
    return db.export();
  } finally {
    db.close();
  }
}

/** Writes the .apkg to `path` (temp file, fsync, rename). */
export async function writeApkg(path: string, rows: ExportRows, now: Date): Promise<number> {
  const collection = await buildCollection(rows, now);
  const zip = zipSync({ 'collection.anki2': collection, media: new TextEncoder().encode('{}') }, { level: 6 });
  writeBytesAtomic(path, zip);
  return zip.length;
}
