/**
 * The exported .apkg (write-package.ts), read back in-process: the zip's
 * members, every row of the SQLite collection Anki reads, and a round trip
 * through drillbit's own importer.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { ExportRows } from '../../../src/core/anki/export-rows.js';
import { readAnkiFile } from '../../../src/store/anki/read-anki-file.js';
import { sqlite } from '../../../src/store/anki/sqlite.js';
import { buildCollection, writeApkg } from '../../../src/store/anki/write-package.js';
import { tempDir } from '../../helpers/temp-dir.js';

const NOW = new Date('2026-02-02T09:00:00.500Z');
const MOD = Math.floor(NOW.getTime() / 1000);
const MODEL = 777;

const rows: ExportRows = {
  crt: 1_769_990_400,
  modelId: MODEL,
  decks: [
    { id: 501, name: 'Containers' },
    { id: 502, name: 'Networks' },
  ],
  notes: [
    { id: 11, guid: 'g-one', mid: MODEL, mod: MOD, tags: ' aws ecs ', flds: 'Front one\x1fBack one', sfld: 'Front one' },
    { id: 12, guid: 'g-two', mid: MODEL, mod: MOD, tags: '', flds: 'Front two\x1fBack two', sfld: 'Front two' },
  ],
  cards: [
    { id: 21, nid: 11, did: 501, type: 2, queue: 2, due: 30, ivl: 12, factor: 2500, reps: 4, lapses: 1, data: '{"s":12.5,"d":5.1}' },
    { id: 22, nid: 12, did: 502, type: 0, queue: 0, due: 1, ivl: 0, factor: 0, reps: 0, lapses: 0, data: '' },
  ],
  revlog: [
    { id: 1_769_999_000_000, cid: 21, ease: 3, ivl: 12, lastIvl: 3, factor: 2500, time: 4200, type: 1 },
    { id: 1_769_999_000_001, cid: 21, ease: 1, ivl: -600, lastIvl: 12, factor: 2500, time: 60_000, type: 2 },
  ],
};

const checksum = (s: string): number => parseInt(createHash('sha1').update(s).digest('hex').slice(0, 8), 16);

/** Every row of `table` in the collection `bytes`, ordered by its first column. */
async function table(bytes: Uint8Array, name: string): Promise<unknown[][]> {
  const SQL = await sqlite();
  const db = new SQL.Database(bytes);
  try {
    return db.exec(`select * from ${name} order by 1`)[0]?.values ?? [];
  } finally {
    db.close();
  }
}

describe('buildCollection', () => {
  it('has the tables and indexes of an Anki schema 11 collection', async () => {
    const names = await table(await buildCollection(rows, NOW), "sqlite_master where type in ('table', 'index') and name not like 'sqlite_%'");
    expect(names.map((r) => `${r[0]} ${r[1]}`).sort()).toEqual([
      'index ix_cards_nid', 'index ix_cards_sched', 'index ix_cards_usn', 'index ix_notes_csum', 'index ix_notes_usn', 'index ix_revlog_cid', 'index ix_revlog_usn',
      'table cards', 'table col', 'table graves', 'table notes', 'table revlog',
    ]);
  });

  it('writes the notes with their checksums, the cards and the review log, row for row', async () => {
    const bytes = await buildCollection(rows, NOW);
    expect(await table(bytes, 'notes')).toEqual([
      [11, 'g-one', MODEL, MOD, -1, ' aws ecs ', 'Front one\x1fBack one', 'Front one', checksum('Front one'), 0, ''],
      [12, 'g-two', MODEL, MOD, -1, '', 'Front two\x1fBack two', 'Front two', checksum('Front two'), 0, ''],
    ]);
    expect(await table(bytes, 'cards')).toEqual([
      [21, 11, 501, 0, MOD, -1, 2, 2, 30, 12, 2500, 4, 1, 0, 0, 0, 0, '{"s":12.5,"d":5.1}'],
      [22, 12, 502, 0, MOD, -1, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, ''],
    ]);
    expect(await table(bytes, 'revlog')).toEqual([
      [1_769_999_000_000, 21, -1, 3, 12, 3, 2500, 4200, 1],
      [1_769_999_000_001, 21, -1, 1, -600, 12, 2500, 60_000, 2],
    ]);
    expect(await table(bytes, 'graves')).toEqual([]);
  });

  it('writes the collection row: times, the Basic model, the decks and the default options', async () => {
    const [col] = await table(await buildCollection(rows, NOW), 'col');
    const [id, crt, mod, scm, ver, dty, usn, ls, conf, models, decks, dconf, tags] = col!;
    expect([id, crt, mod, scm, ver, dty, usn, ls, tags]).toEqual([1, rows.crt, NOW.getTime(), NOW.getTime(), 11, 0, 0, 0, '{}']);
    expect(JSON.parse(String(conf))).toEqual({
      activeDecks: [1], curDeck: 1, newSpread: 0, collapseTime: 1200, timeLim: 0, estTimes: true, dueCounts: true, curModel: MODEL, nextPos: 3, sortType: 'noteFld', sortBackwards: false, addToCur: true,
    });
    const deck = (did: number, name: string) => ({
      id: did, name, mod: MOD, usn: -1, desc: '', dyn: 0, conf: 1, collapsed: false, browserCollapsed: false,
      newToday: [0, 0], revToday: [0, 0], lrnToday: [0, 0], timeToday: [0, 0], extendNew: 0, extendRev: 0,
    });
    expect(JSON.parse(String(decks))).toEqual({ 1: deck(1, 'Default'), 501: deck(501, 'Containers'), 502: deck(502, 'Networks') });
    const field = (name: string, ord: number) => ({ name, ord, sticky: false, rtl: false, font: 'Arial', size: 20, media: [] });
    expect(JSON.parse(String(models))).toEqual({
      [MODEL]: {
        id: MODEL, name: 'drillbit Basic', type: 0, mod: MOD, usn: -1, sortf: 0, did: 501, vers: [], tags: [],
        tmpls: [{ name: 'Card 1', ord: 0, qfmt: '{{Front}}', afmt: '{{FrontSide}}\n\n<hr id=answer>\n\n{{Back}}', bqfmt: '', bafmt: '', did: null }],
        flds: [field('Front', 0), field('Back', 1)],
        css: '.card { font-family: arial; font-size: 20px; text-align: left; color: black; background-color: white; }',
        latexPre: '\\documentclass[12pt]{article}\n\\special{papersize=3in,5in}\n\\usepackage[utf8]{inputenc}\n\\usepackage{amssymb,amsmath}\n\\pagestyle{empty}\n\\setlength{\\parindent}{0in}\n\\begin{document}\n',
        latexPost: '\\end{document}', latexsvg: false, req: [[0, 'any', [0]]],
      },
    });
    expect(JSON.parse(String(dconf))).toEqual({
      1: {
        id: 1, name: 'Default', mod: 0, usn: 0, maxTaken: 60, autoplay: true, timer: 0, replayq: true, dyn: false,
        new: { delays: [1, 10], ints: [1, 4, 0], initialFactor: 2500, order: 1, perDay: 20, bury: false },
        lapse: { delays: [10], mult: 0, minInt: 1, leechFails: 8, leechAction: 1 },
        rev: { perDay: 200, ease4: 1.3, ivlFct: 1, maxIvl: 36500, hardFactor: 1.2, bury: false },
      },
    });
  });

  it('with no decks, the model belongs to the Default deck and the collection is empty', async () => {
    const bytes = await buildCollection({ ...rows, decks: [], notes: [], cards: [], revlog: [] }, NOW);
    const [col] = await table(bytes, 'col');
    expect(JSON.parse(String(col![9]))[MODEL].did).toBe(1);
    expect(Object.keys(JSON.parse(String(col![10])))).toEqual(['1']);
    expect(JSON.parse(String(col![8])).nextPos).toBe(1);
    expect(await table(bytes, 'notes')).toEqual([]);
  });
});

describe('writeApkg', () => {
  it('writes a zip of collection.anki2 and an empty media map, and returns its size', async () => {
    const dir = tempDir();
    const path = join(dir, 'out.apkg');
    const size = await writeApkg(path, rows, NOW);
    expect(statSync(path).size).toBe(size);
    expect(readdirSync(dir)).toEqual(['out.apkg']);
    const members = unzipSync(new Uint8Array(readFileSync(path)));
    expect(Object.keys(members).sort()).toEqual(['collection.anki2', 'media']);
    expect(strFromU8(members['media']!)).toBe('{}');
    expect(await table(members['collection.anki2']!, 'cards')).toHaveLength(2);
  });

  it('is compressed, so a package of many alike notes is far smaller than its collection', async () => {
    const many: ExportRows = {
      ...rows,
      notes: Array.from({ length: 300 }, (_, i) => ({ ...rows.notes[0]!, id: 100 + i, guid: `g${i}` })),
      cards: [],
      revlog: [],
    };
    const collection = await buildCollection(many, NOW);
    const size = await writeApkg(join(tempDir(), 'many.apkg'), many, NOW);
    expect(size).toBeLessThan(collection.length / 4);
  });

  it('reads back through drillbit\'s importer: notes, cards in their decks, and the review log', async () => {
    const path = join(tempDir(), 'round.apkg');
    await writeApkg(path, rows, NOW);
    const c = await readAnkiFile(path);
    expect(c.notes).toEqual([
      { guid: 'g-one', fields: ['Front one', 'Back one'], tags: ['aws', 'ecs'] },
      { guid: 'g-two', fields: ['Front two', 'Back two'], tags: [] },
    ]);
    expect(c.cards).toEqual([
      { id: 21, noteGuid: 'g-one', ord: 0, deckName: 'Containers' },
      { id: 22, noteGuid: 'g-two', ord: 0, deckName: 'Networks' },
    ]);
    expect(c.revlog).toEqual([
      { id: 1_769_999_000_000, cid: 21, ease: 3, time: 4200, type: 1 },
      { id: 1_769_999_000_001, cid: 21, ease: 1, time: 60_000, type: 2 },
    ]);
  });

  it('a path it cannot write is one line, and nothing is left behind', async () => {
    const dir = tempDir();
    const path = join(dir, 'missing', 'out.apkg');
    await expect(writeApkg(path, rows, NOW)).rejects.toThrow(`cannot write ${path}: its folder does not exist; choose a path in a folder you can write to`);
    expect(readdirSync(dir)).toEqual([]);
  });
});
