import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readAnkiFile } from '../../../src/store/anki/read-anki-file.js';
import { collectionDb, currentPackage, oldPackage, sampleCollection, zstdRaw } from '../../helpers/anki-package.js';
import { tempDir } from '../../helpers/temp-dir.js';

const write = (name: string, bytes: Uint8Array | string): string => {
  const path = join(tempDir(), name);
  writeFileSync(path, bytes);
  return path;
};

const LIMIT_1MIB = { maxFileBytes: 1e9, maxUnpackedBytes: 1024 * 1024 };
const hasZstd = spawnSync('zstd', ['--version']).status === 0;

describe('readAnkiFile', () => {
  it.each([
    ['older layout, collection.anki2', () => oldPackage(sampleCollection())],
    ['older layout, collection.anki21', () => oldPackage(sampleCollection(), 'collection.anki21')],
    ['current layout, zstd collection.anki21b beside a dummy', () => currentPackage(sampleCollection())],
  ])('reads notes, cards with deck names and the revlog: %s', async (_, make) => {
    const c = await readAnkiFile(write('deck.apkg', await make()));
    expect(c.notes.map((n) => n.guid)).toEqual(['Ab#1xQ', 'Zz/9', 'clz1', 'empty']);
    expect(c.notes[0]!.tags).toEqual(['aws', 'Compute::Serverless']);
    expect(c.notes[0]!.fields).toEqual(['What does <b>Fargate</b> run?', 'Containers,&nbsp;without servers<br>you manage']);
    expect(c.cards.map((k) => [k.id, k.noteGuid, k.ord, k.deckName])).toEqual([
      [1000, 'Ab#1xQ', 0, 'Cloud'],
      [1001, 'Ab#1xQ', 1, 'Cloud'],
      [1100, 'Zz/9', 0, 'Cloud::Run'],
      [1200, 'clz1', 0, 'Cloud::Run'],
      [1201, 'clz1', 1, 'Cloud::Run'],
      [1300, 'empty', 0, 'Cloud'],
    ]);
    expect(c.revlog).toHaveLength(11);
    expect(c.revlog[0]).toEqual({ id: Date.parse('2026-01-05T10:00:00Z'), cid: 1000, ease: 3, time: 5000, type: 0 });
  });

  it.skipIf(!hasZstd)('the test zstd frame is one the zstd tool reads back unchanged', () => {
    const data = new Uint8Array(300_000).map((_, i) => (i * 7) % 251);
    const out = spawnSync('zstd', ['-d', '-c'], { input: zstdRaw(data) });
    expect(out.status).toBe(0);
    expect(Buffer.compare(out.stdout, Buffer.from(data))).toBe(0);
  });

  it.skipIf(!hasZstd)('reads a collection.anki21b compressed by the zstd tool (real compressed blocks)', async () => {
    const db = await collectionDb(sampleCollection(), true);
    const packed = spawnSync('zstd', ['-q', '-c', '-19'], { input: db }).stdout;
    expect(packed.length).toBeLessThan(db.length / 2);
    const zip = zipSync({ 'collection.anki2': await collectionDb({ decks: {}, notes: [], cards: [], revlog: [] }), 'collection.anki21b': new Uint8Array(packed) });
    const c = await readAnkiFile(write('z.apkg', zip));
    expect(c.notes).toHaveLength(4);
  });

  describe('bad input: one line saying what is wrong', () => {
    const expectError = async (path: string, message: string | RegExp, limits?: { maxFileBytes: number; maxUnpackedBytes: number }) => {
      const error = await readAnkiFile(path, limits).catch((e: Error) => e);
      expect(error).toBeInstanceOf(Error);
      expect((error as Error).message).toMatch(message);
      expect((error as Error).message).not.toContain('\n');
    };
    it('a corrupt zip', async () => {
      const zip = await oldPackage(sampleCollection());
      await expectError(write('cut.apkg', zip.subarray(0, zip.length - 30)), 'cut.apkg is not a readable zip file (damaged or cut short); export it from Anki again');
    });
    it('a zip whose collection is damaged inside', async () => {
      const zip = await oldPackage(sampleCollection());
      const bad = zip.slice();
      bad.fill(0x55, 200, 1200);
      await expectError(write('bad.apkg', bad), /^bad\.apkg: collection\.anki2 (inside the zip is damaged|is not a SQLite database)/);
    });
    it('a file named .apkg that is not a zip', async () => {
      await expectError(write('x.apkg', 'hello'), 'x.apkg is not a zip file, so not an Anki package; export it from Anki again');
    });
    it('a zip that is not an Anki package', async () => {
      await expectError(write('photos.apkg', zipSync({ 'a.jpg': new Uint8Array([1, 2, 3]) })), 'photos.apkg is a zip but not an Anki package (no collection.anki21b, collection.anki21, collection.anki2 inside)');
    });
    it('a SQLite file with missing tables', async () => {
      const db = await collectionDb(sampleCollection());
      const req = (await import('node:module')).createRequire(import.meta.url);
      const SQL = await (req('sql.js') as () => Promise<import('sql.js').SqlJsStatic>)();
      const d = new SQL.Database(db);
      d.run('drop table revlog; drop table cards');
      const zip = zipSync({ 'collection.anki2': d.export() });
      d.close();
      await expectError(write('t.apkg', zip), 't.apkg: collection.anki2 has no cards, revlog tables; it is not an Anki collection');
    });
    it('a collection that is not SQLite', async () => {
      await expectError(write('n.apkg', zipSync({ 'collection.anki2': new TextEncoder().encode('not a database at all, just text '.repeat(40)) })), 'n.apkg: collection.anki2 is not a SQLite database; the package is damaged');
    });
    it('a file bigger than the limit', async () => {
      await expectError(write('big.apkg', new Uint8Array(4096)), 'big.apkg is 0.0 MiB, more than the 0.0 MiB drillbit imports; export fewer decks from Anki', { maxFileBytes: 1000, maxUnpackedBytes: 1e9 });
    });
    it('a zip bomb: the member declares more than the limit', async () => {
      const bomb = zipSync({ 'collection.anki2': new Uint8Array(3_000_000) }, { level: 9 });
      expect(bomb.length).toBeLessThan(20_000);
      await expectError(write('bomb.apkg', bomb), 'bomb.apkg: collection.anki2 unpacks to 2.9 MiB, more than the 1.0 MiB drillbit allows (a damaged package or a zip bomb); nothing was imported', { maxFileBytes: 1e9, maxUnpackedBytes: 1024 * 1024 });
    });
    it('a zstd bomb: the frame header declares more than the limit', async () => {
      const frame = zstdRaw(new Uint8Array(100));
      new DataView(frame.buffer).setUint32(5, 2_000_000, true);
      await expectError(write('zb.apkg', zipSync({ 'collection.anki21b': frame })), 'zb.apkg: collection.anki21b declares 1.9 MiB unpacked, more than the 1.0 MiB drillbit allows (a damaged package or a zip bomb); nothing was imported', LIMIT_1MIB);
    });
    it('a zstd bomb: RLE blocks without a declared size, stopped while unpacking', async () => {
      // 20 RLE blocks of 128 KiB, 4 bytes each: 2.5 MiB from 85 bytes.
      const blocks = Array.from({ length: 20 }, (_, i) => {
        const h = ((128 * 1024) << 3) | (1 << 1) | (i === 19 ? 1 : 0);
        return [h & 0xff, (h >> 8) & 0xff, (h >> 16) & 0xff, 0];
      });
      const frame = new Uint8Array([0x28, 0xb5, 0x2f, 0xfd, 0x00, 0x38, ...blocks.flat()]);
      await expectError(write('rle.apkg', zipSync({ 'collection.anki21b': frame })), 'rle.apkg: collection.anki21b unpacks to more than the 1.0 MiB drillbit allows (a damaged package or a zip bomb); nothing was imported', LIMIT_1MIB);
    });
    it('a damaged zstd frame', async () => {
      const zip = zipSync({ 'collection.anki21b': new Uint8Array([0x28, 0xb5, 0x2f, 0xfd, 0xa0, 9, 0, 0, 0, 0xff, 0xff, 0xff]) });
      await expectError(write('zd.apkg', zip), /^zd\.apkg: collection\.anki21b is damaged \(zstd: .*\); export the package from Anki again$/);
    });
    it('a TSV with a wrong column count names the line', async () => {
      await expectError(write('notes.txt', '#separator:tab\n#html:false\nfront\tback\nonly one\nf2\tb2\n'), 'notes.txt:4: 1 column, expected 2 like the first row; check the separators on this line');
    });
  });
});
