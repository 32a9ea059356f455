import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { currentPackage, oldPackage, sampleCollection } from '../helpers/anki-package.js';
import { runCli } from '../helpers/run-cli.js';
import { tempDir } from '../helpers/temp-dir.js';

const NOW = '2026-02-01T10:00:00Z';
/** Several runs of the binary per test, on a shared machine. */
const SLOW = 90_000;
const hasPython = spawnSync('python3', ['-c', 'import sqlite3, zipfile']).status === 0;

/** Reads an .apkg with Python's zipfile and sqlite3: an independent reader, not our code. */
function pythonRead(apkg: string): { members: string[]; integrity: string; notes: [string, string, string][]; revlog: [number, number, number, number][]; cards: number; decks: string[] } {
  const script = `
import json, sqlite3, sys, tempfile, zipfile
z = zipfile.ZipFile(sys.argv[1])
with tempfile.TemporaryDirectory() as d:
  db = sqlite3.connect(z.extract('collection.anki2', d))
  print(json.dumps({
    'members': sorted(z.namelist()),
    'integrity': db.execute('pragma integrity_check').fetchone()[0],
    'notes': db.execute('select guid, flds, tags from notes order by sfld').fetchall(),
    'revlog': db.execute('select id, ease, type, ivl from revlog order by id').fetchall(),
    'cards': db.execute('select count(*) from cards').fetchone()[0],
    'decks': sorted(v['name'] for v in json.loads(db.execute('select decks from col').fetchone()[0]).values()),
  }))
  db.close()`;
  const out = spawnSync('python3', ['-c', script, apkg], { encoding: 'utf8' });
  expect(out.stderr).toBe('');
  return JSON.parse(out.stdout);
}

function setup() {
  const dir = tempDir();
  const home = join(dir, 'home');
  const env = { DRILLBIT_HOME: home, DRILLBIT_NOW: NOW, DRILLBIT_NO_CACHE: '1' };
  return { dir, home, env, run: (...args: string[]) => runCli(args, { env }) };
}

describe('drillbit import / export (built binary)', () => {
  it.each([
    ['older layout', oldPackage],
    ['current layout (zstd)', currentPackage],
  ])('imports an .apkg of the %s with its history, and importing it again changes nothing', async (_, make) => {
    const { dir, home, run } = setup();
    const file = join(dir, 'cloud.apkg');
    writeFileSync(file, await make(sampleCollection()));
    const first = run('import', file);
    expect(first.stderr).toBe('');
    expect(first.stdout).toBe(
      `imported cloud.apkg: 5 new cards, 0 updated, 1 skipped (no front or back); into cloud (${join(home, 'decks', 'cloud.yaml')}), cloud.run (${join(home, 'decks', 'cloud.run.yaml')})\nhistory: 8 reviews added\n`,
    );
    expect(first.status).toBe(0);
    expect(readdirSync(join(home, 'decks')).sort()).toEqual(['cloud.run.yaml', 'cloud.yaml']);
    const lint = runCli(['lint', join(home, 'decks')]);
    expect(lint.status).toBe(0);
    const stats = JSON.parse(run('stats', '--json').stdout);
    expect(stats.totalReviews).toBe(8);
    expect(stats.decks.filter((d: { deckId: string }) => d.deckId.startsWith('cloud'))).toEqual([
      { deckId: 'cloud.run', cards: { new: 1, learning: 2, review: 0, relearning: 0, leech: 0 }, dueNow: 2, dueToday: 2 },
      { deckId: 'cloud', cards: { new: 1, learning: 0, review: 1, relearning: 0, leech: 0 }, dueNow: 1, dueToday: 1 },
    ]);
    const state = readFileSync(join(home, 'state.json'), 'utf8');
    const deckText = readFileSync(join(home, 'decks', 'cloud.yaml'), 'utf8');
    const again = run('import', file);
    expect(again.stdout).toContain('0 new cards, 5 updated');
    expect(again.stdout).toContain('history: 0 reviews added, 8 already there or older than drillbit\'s own');
    expect(readFileSync(join(home, 'state.json'), 'utf8')).toBe(state);
    expect(readFileSync(join(home, 'decks', 'cloud.yaml'), 'utf8')).toBe(deckText);
  }, SLOW);

  it.skipIf(!hasPython)('round trip: import → export → Python reads it → import into a fresh home gives the same states', async () => {
    const { dir, home, env, run } = setup();
    const file = join(dir, 'cloud.apkg');
    writeFileSync(file, await currentPackage(sampleCollection()));
    expect(run('import', file).status).toBe(0);
    const out = join(dir, 'out.apkg');
    const exported = run('export', '--anki', out, '--deck', 'cloud');
    expect(exported.stdout).toBe(`exported 2 cards from 1 deck and 5 reviews to ${out}\n`);
    expect(readdirSync(dir).sort()).toEqual(['cloud.apkg', 'home', 'out.apkg']);
    const py = pythonRead(out);
    expect(py.members).toEqual(['collection.anki2', 'media']);
    expect(py.integrity).toBe('ok');
    expect(py.cards).toBe(2);
    expect(py.decks).toEqual(['Cloud', 'Default']);
    expect(py.notes[1]).toEqual(['Ab#1xQ', 'What does Fargate run?\x1fContainers, without servers<br>you manage', ' aws compute.serverless ']);
    const t0 = Date.parse('2026-01-05T10:00:00Z');
    expect(py.revlog.map(([id, ease, type]) => [id - t0, ease, type])).toEqual([
      [0, 3, 0],
      [600_000, 3, 0],
      [2 * 86_400_000, 1, 1],
      [2 * 86_400_000 + 600_000, 3, 2],
      [5 * 86_400_000, 4, 1],
    ]);
    // Into a fresh data directory: the same card (by GUID) gets the same state from the same history.
    const fresh = { ...env, DRILLBIT_HOME: join(dir, 'home2') };
    const back = runCli(['import', out], { env: fresh });
    expect(back.stdout).toContain('history: 5 reviews added');
    const a = JSON.parse(readFileSync(join(home, 'state.json'), 'utf8')).cards['cloud/g-416223317851'];
    const b = JSON.parse(readFileSync(join(dir, 'home2', 'state.json'), 'utf8')).cards['cloud/g-416223317851'];
    expect(b).toEqual(a);
    // And back into the first home: matched by GUID, nothing duplicated, no history added twice.
    const home1 = run('import', out);
    expect(home1.stdout).toBe(`imported out.apkg: 0 new cards, 2 updated; into cloud (${join(home, 'decks', 'cloud.yaml')})\nhistory: 0 reviews added, 5 already there or older than drillbit's own\n`);
  }, SLOW);

  it('TSV: export --tsv, then import the file into a fresh home', () => {
    const { dir, run } = setup();
    const tsv = join(dir, 'notes.txt');
    const r = run('export', '--tsv', tsv);
    expect(r.status).toBe(0);
    const text = readFileSync(tsv, 'utf8');
    expect(text.split('\n').slice(0, 6)).toEqual(['#separator:tab', '#html:true', '#guid column:1', '#notetype column:2', '#deck column:3', '#tags column:6']);
    const rows = text.trim().split('\n').length - 6;
    const back = run('import', tsv, '--deck', 'from-tsv');
    expect(back.stdout).toBe(`imported notes.txt: 0 new cards, ${rows} updated; into bundled decks\nhistory: 0 reviews added\n`);
  });

  it('TSV from Anki with #deck column and #tags column becomes a deck', () => {
    const { dir, home, run } = setup();
    const tsv = join(dir, 'anki.txt');
    writeFileSync(tsv, '#separator:Comma\n#html:true\n#deck column:3\n#tags column:4\n"Capital of <i>France</i>?",Paris,Geo::Europe,geo capitals\nLargest ocean?,Pacific,Geo,geo\n');
    const r = run('import', tsv);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('imported anki.txt: 2 new cards, 0 updated; into geo.europe');
    expect(readFileSync(join(home, 'decks', 'geo.europe.yaml'), 'utf8')).toContain('prompt: Capital of France?\n    answer: Paris\n    tags:\n      - geo\n      - capitals\n');
  });

  it('export: usage and an unwritable path are one line each, and no temp file is left', () => {
    const { dir, run } = setup();
    expect(run('export')).toMatchObject({ status: 2, stdout: '', stderr: 'drillbit: export needs one of --anki FILE.apkg or --tsv FILE.txt\n' });
    const target = join(dir, 'missing', 'out.apkg');
    expect(run('export', '--anki', target)).toMatchObject({ status: 1, stdout: '', stderr: `drillbit: cannot write ${target}: its folder does not exist; choose a path in a folder you can write to\n` });
    expect(readdirSync(dir)).toEqual([]);
  });

  describe('bad input: one line, non-zero exit, nothing written', () => {
    const expectRefused = (run: (...a: string[]) => { status: number | null; stdout: string; stderr: string }, home: string, file: string, message: string) => {
      const r = run('import', file);
      expect(r.stderr).toBe(`drillbit: ${message}\n`);
      expect(r.status).toBe(1);
      expect(r.stdout).toBe('');
      expect(existsSync(join(home, 'decks'))).toBe(false);
      expect(existsSync(join(home, 'history.jsonl'))).toBe(false);
    };
    it('a corrupt zip', async () => {
      const { dir, home, run } = setup();
      const zip = await oldPackage(sampleCollection());
      writeFileSync(join(dir, 'c.apkg'), zip.subarray(0, 100));
      expectRefused(run, home, join(dir, 'c.apkg'), 'c.apkg is not a readable zip file (damaged or cut short); export it from Anki again');
    });
    it('a zip that is not an Anki package', () => {
      const { dir, home, run } = setup();
      writeFileSync(join(dir, 'p.colpkg'), zipSync({ 'readme.txt': new Uint8Array([65]) }));
      expectRefused(run, home, join(dir, 'p.colpkg'), 'p.colpkg is a zip but not an Anki package (no collection.anki21b, collection.anki21, collection.anki2 inside)');
    });
    it('a zip bomb (a member declaring 4 GiB)', async () => {
      const { dir, home, run } = setup();
      const zip = zipSync({ 'collection.anki2': new Uint8Array(1000) });
      // Patch the declared size in the central directory entry to 4 GiB - 1.
      const view = new DataView(zip.buffer);
      const cd = zip.length - 22 - 46 - 'collection.anki2'.length;
      expect(view.getUint32(cd, true)).toBe(0x02014b50);
      view.setUint32(cd + 24, 0xffffffff, true);
      writeFileSync(join(dir, 'b.apkg'), zip);
      expectRefused(run, home, join(dir, 'b.apkg'), 'b.apkg: collection.anki2 unpacks to 4096 MiB, more than the 1024 MiB drillbit allows (a damaged package or a zip bomb); nothing was imported');
    });
    it('a huge file (sparse, 600 MiB)', () => {
      const { dir, home, run } = setup();
      const file = join(dir, 'huge.apkg');
      writeFileSync(file, '');
      truncateSync(file, 600 * 1024 * 1024);
      expectRefused(run, home, file, 'huge.apkg is 600 MiB, more than the 512 MiB drillbit imports; export fewer decks from Anki');
    });
    it('a TSV with a wrong column count', () => {
      const { dir, home, run } = setup();
      writeFileSync(join(dir, 'n.txt'), 'a\tb\nc\n');
      expectRefused(run, home, join(dir, 'n.txt'), 'n.txt:2: 1 column, expected 2 like the first row; check the separators on this line');
    });
  });
});
