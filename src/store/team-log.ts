/**
 * Team-session files in the data directory.
 *
 * Host: `team/sessions/<id>.jsonl`, the session log. The first line is the
 * header (seed, filters, code, question keys); every join, question, graded
 * answer, skip and kick is appended as it happens, so a host that crashes can
 * be resumed (`team host --resume`) with every graded answer. Lines are
 * written straight to the file (they survive a crash of the process) and
 * fsync'd at each question and at the end.
 *
 * Player: `team/tokens.json` (resume tokens by URL and code) and
 * `team/records.jsonl` (the player's own answers, as team records).
 */
import { closeSync, fsync, fsyncSync, mkdirSync, openSync, readdirSync, readFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic } from './atomic-file.js';
import { ioError } from './io-error.js';

export const teamDir = (dir: string): string => join(dir, 'team');
export const sessionsDir = (dir: string): string => join(teamDir(dir), 'sessions');

/** An open session log. */
export interface SessionLog {
  readonly file: string;
  append(entry: object): void;
  /** Forces what was appended onto the disk (in the background: the host keeps serving meanwhile). */
  sync(): void;
  close(): void;
}

/** Opens (creating) a session log; a new log gets `header` as its first line. */
export function openSessionLog(dir: string, id: string, header?: object): SessionLog {
  const file = join(sessionsDir(dir), `${id}.jsonl`);
  let fd: number;
  try {
    mkdirSync(sessionsDir(dir), { recursive: true });
    fd = openSync(file, 'a', 0o600);
    if (header) writeSync(fd, `${JSON.stringify(header)}\n`);
  } catch (error) {
    throw ioError(error, 'write the session log', file);
  }
  let open = true;
  return {
    file,
    append(entry) {
      if (open) writeSync(fd, `${JSON.stringify(entry)}\n`);
    },
    sync() {
      if (open) fsync(fd, () => {});
    },
    close() {
      if (!open) return;
      open = false;
      try {
        fsyncSync(fd);
      } finally {
        closeSync(fd);
      }
    },
  };
}

/** The lines of a log; a line torn by a crash is skipped. */
export function readSessionLog(file: string): unknown[] {
  const out: unknown[] = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    try {
      out.push(JSON.parse(line));
    } catch {
      // torn last line
    }
  }
  return out;
}

/** Session ids, oldest first (ids sort by start time). */
export function sessionIds(dir: string): string[] {
  try {
    return readdirSync(sessionsDir(dir))
      .filter((f) => f.endsWith('.jsonl'))
      .map((f) => f.slice(0, -'.jsonl'.length))
      .sort();
  } catch {
    return [];
  }
}

export const sessionFile = (dir: string, id: string): string => join(sessionsDir(dir), `${id}.jsonl`);

// ------------------------------------------------------------------ player side

const tokensFile = (dir: string): string => join(teamDir(dir), 'tokens.json');

/** Resume tokens, keyed by `url#code`. */
export function readTokens(dir: string): Record<string, { token: string; name: string }> {
  try {
    const value: unknown = JSON.parse(readFileSync(tokensFile(dir), 'utf8'));
    return value && typeof value === 'object' ? (value as Record<string, { token: string; name: string }>) : {};
  } catch {
    return {};
  }
}

export function saveToken(dir: string, key: string, token: string, name: string): void {
  const all = readTokens(dir);
  all[key] = { token, name };
  writeFileAtomic(tokensFile(dir), `${JSON.stringify(all, null, 2)}\n`);
}

/** Appends one of the player's answers (with its verdict) to `team/records.jsonl`, fsync'd. */
export function appendTeamRecord(dir: string, record: object): void {
  mkdirSync(teamDir(dir), { recursive: true });
  const fd = openSync(join(teamDir(dir), 'records.jsonl'), 'a', 0o600);
  try {
    writeSync(fd, `${JSON.stringify(record)}\n`);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}
