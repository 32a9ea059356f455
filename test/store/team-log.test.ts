/** The team files in the data directory: the host's session logs, the player's tokens and records. */
import { appendFileSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { appendTeamRecord, openSessionLog, readSessionLog, readTokens, saveToken, sessionFile, sessionIds } from '../../src/store/team-log.js';
import { tempDir } from '../helpers/temp-dir.js';

describe('session logs', () => {
  it('a new log starts with its header, appends a line per entry, and is readable only by the user', () => {
    const dir = tempDir();
    const log = openSessionLog(dir, '2026-03-01T10-00-00', { seed: 7 });
    expect(log.file).toBe(join(dir, 'team', 'sessions', '2026-03-01T10-00-00.jsonl'));
    expect(sessionFile(dir, '2026-03-01T10-00-00')).toBe(log.file);
    log.append({ type: 'join', name: 'ana' });
    log.sync();
    log.append({ type: 'answer', name: 'ana', score: 1 });
    log.close();
    expect(readFileSync(log.file, 'utf8')).toBe('{"seed":7}\n{"type":"join","name":"ana"}\n{"type":"answer","name":"ana","score":1}\n');
    expect(statSync(log.file).mode & 0o777).toBe(0o600);
    // Closed: later entries are dropped and closing again does nothing.
    log.append({ type: 'late' });
    log.sync();
    log.close();
    expect(readSessionLog(log.file)).toEqual([{ seed: 7 }, { type: 'join', name: 'ana' }, { type: 'answer', name: 'ana', score: 1 }]);
  });

  it('reopening a log (a resumed host) appends after what is there, with no second header', () => {
    const dir = tempDir();
    openSessionLog(dir, 's1', { seed: 1 }).close();
    const again = openSessionLog(dir, 's1');
    again.append({ type: 'question', index: 0 });
    again.close();
    expect(readSessionLog(again.file)).toEqual([{ seed: 1 }, { type: 'question', index: 0 }]);
  });

  it('reading skips blank lines and a line torn by a crash', () => {
    const dir = tempDir();
    const log = openSessionLog(dir, 's1', { seed: 1 });
    log.close();
    appendFileSync(log.file, '\n  \n{"type":"join"}\n{"type":"ans');
    expect(readSessionLog(log.file)).toEqual([{ seed: 1 }, { type: 'join' }]);
  });

  it('lists session ids oldest first, only .jsonl files, and none when there is no team folder', () => {
    const dir = tempDir();
    expect(sessionIds(dir)).toEqual([]);
    for (const id of ['2026-03-02T09-00-00', '2026-03-01T10-00-00']) openSessionLog(dir, id, {}).close();
    writeFileSync(join(dir, 'team', 'sessions', 'notes.txt'), 'x');
    expect(sessionIds(dir)).toEqual(['2026-03-01T10-00-00', '2026-03-02T09-00-00']);
  });

  it('a log that cannot be created is one line naming the file and why', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'team'), 'a file where the folder goes');
    const file = join(dir, 'team', 'sessions', 's1.jsonl');
    expect(() => openSessionLog(dir, 's1', {})).toThrow(`cannot write the session log ${file}: a file is in the way of the folder; set DRILLBIT_HOME to a folder (reviews already saved are kept)`);
  });
});

describe('player files', () => {
  it('keeps resume tokens by url#code, each save keeping the others', () => {
    const dir = tempDir();
    expect(readTokens(dir)).toEqual({});
    saveToken(dir, 'ws://127.0.0.1:9000#123456', 't1', 'ana');
    saveToken(dir, 'ws://127.0.0.1:9001#654321', 't2', 'bo');
    saveToken(dir, 'ws://127.0.0.1:9000#123456', 't3', 'ana');
    expect(readTokens(dir)).toEqual({ 'ws://127.0.0.1:9000#123456': { token: 't3', name: 'ana' }, 'ws://127.0.0.1:9001#654321': { token: 't2', name: 'bo' } });
    expect(readFileSync(join(dir, 'team', 'tokens.json'), 'utf8')).toBe(`${JSON.stringify(readTokens(dir), null, 2)}\n`);
  });

  it('a tokens file that is not JSON, or not an object, reads as no tokens', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'team'));
    for (const text of ['{not json', 'null', '42']) {
      writeFileSync(join(dir, 'team', 'tokens.json'), text);
      expect(readTokens(dir)).toEqual({});
    }
  });

  it('appends each of the player\'s records as a line, creating the team folder', () => {
    const dir = join(tempDir(), 'home');
    mkdirSync(dir);
    appendTeamRecord(dir, { key: 'd/c1', verdict: 'correct' });
    appendTeamRecord(dir, { key: 'd/c2', verdict: 'partial' });
    const file = join(dir, 'team', 'records.jsonl');
    expect(readFileSync(file, 'utf8')).toBe('{"key":"d/c1","verdict":"correct"}\n{"key":"d/c2","verdict":"partial"}\n');
    expect(statSync(file).mode & 0o777).toBe(0o600);
  });
});
