/** The small writers of the store: an exported file (bytes, atomically), one settings key, and the state migrations. */
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeBytesAtomic } from '../../src/store/anki/write-atomic.js';
import { writeSettingsKey } from '../../src/store/settings-write.js';
import { migrateState } from '../../src/store/migrate.js';
import { SCHEMA_VERSION } from '../../src/store/records.js';
import { tempDir } from '../helpers/temp-dir.js';

describe('writeBytesAtomic', () => {
  it('writes every byte, replaces an existing file whole and leaves no temp file', () => {
    const dir = tempDir();
    const path = join(dir, 'out.apkg');
    const big = Uint8Array.from({ length: 300_000 }, (_, i) => i % 251);
    writeBytesAtomic(path, big);
    expect(new Uint8Array(readFileSync(path))).toEqual(big);
    expect(statSync(path).mode & 0o777).toBe(0o644);
    writeBytesAtomic(path, Uint8Array.of(1, 2, 3));
    expect([...readFileSync(path)]).toEqual([1, 2, 3]);
    expect(readdirSync(dir)).toEqual(['out.apkg']);
  });

  it.each([
    ['a folder that does not exist', (dir: string) => join(dir, 'missing', 'out.apkg'), 'its folder does not exist'],
    ['a folder with that name', (dir: string) => (mkdirSync(join(dir, 'out.apkg')), join(dir, 'out.apkg')), 'a folder has that name'],
    ['a file in the way of its folder', (dir: string) => (writeFileSync(join(dir, 'f'), ''), join(dir, 'f', 'out.apkg')), 'a file is in the way of its folder'],
  ])('%s: one line saying why, and no temp file left', (_label, target, reason) => {
    const dir = tempDir();
    const path = target(dir);
    expect(() => writeBytesAtomic(path, Uint8Array.of(1))).toThrow(`cannot write ${path}: ${reason}; choose a path in a folder you can write to`);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});

describe('writeSettingsKey', () => {
  it('creates settings.json with the one key, then changes only that key', () => {
    const dir = tempDir();
    const file = join(dir, 'settings.json');
    writeSettingsKey(dir, 'fsrsParameters', [0.1, 0.2]);
    expect(readFileSync(file, 'utf8')).toBe('{\n  "fsrsParameters": [\n    0.1,\n    0.2\n  ]\n}\n');
    writeFileSync(file, JSON.stringify({ newPerDay: 7, fsrsParameters: [0.1] }));
    writeSettingsKey(dir, 'fsrsParameters', [0.3]);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ newPerDay: 7, fsrsParameters: [0.3] });
  });

  it.each([['[1, 2]'], ['null'], ['"text"']])('refuses a settings file holding %s (not a JSON object) and leaves it as it is', (text) => {
    const dir = tempDir();
    const file = join(dir, 'settings.json');
    writeFileSync(file, text);
    expect(() => writeSettingsKey(dir, 'k', 1)).toThrow(`${file} is not a JSON object; fix or delete it`);
    expect(readFileSync(file, 'utf8')).toBe(text);
  });

  it('refuses a settings file that is not JSON, and leaves it as it is', () => {
    const dir = tempDir();
    const file = join(dir, 'settings.json');
    writeFileSync(file, '{ newPerDay: 7');
    expect(() => writeSettingsKey(dir, 'k', 1)).toThrow(`${file} could not be read as JSON; fix or delete it`);
    expect(readFileSync(file, 'utf8')).toBe('{ newPerDay: 7');
  });
});

describe('migrateState', () => {
  it('passes a current document through, and one with no version as current', () => {
    const doc = { schemaVersion: SCHEMA_VERSION, totalReviews: 3 };
    expect(migrateState(doc, 'state.json')).toEqual(doc);
    expect(migrateState({ totalReviews: 3 }, 'state.json')).toEqual({ totalReviews: 3 });
  });

  it('leaves what is not an object to the validation that follows', () => {
    expect(migrateState(null, 'state.json')).toBeNull();
    expect(migrateState('text', 'state.json')).toBe('text');
  });

  it('refuses a document from a newer drillbit', () => {
    expect(() => migrateState({ schemaVersion: SCHEMA_VERSION + 1 }, '/d/state.json')).toThrow(
      `/d/state.json was written by a newer drillbit (schema ${SCHEMA_VERSION + 1}, this one reads ${SCHEMA_VERSION}); upgrade drillbit`,
    );
  });
});
