/**
 * Builds a host's session: the questions (seeded), the join code and the
 * session log — or, with --resume, all of these read back from the log of
 * the last session that did not end.
 */
import { randomBytes, randomInt } from 'node:crypto';
import type { Deck } from '../../core/deck/schema.js';
import { DrillbitError } from '../../core/errors.js';
import { pickQuestions } from '../../core/team/pick.js';
import type { LogEntry } from '../../core/team/session-types.js';
import { TeamSession } from '../../core/team/session.js';
import { restoreSession } from '../../core/team/session-restore.js';
import { contentHash } from '../../store/content-hash.js';
import { openSessionLog, readSessionLog, sessionFile, sessionIds, type SessionLog } from '../../store/team-log.js';
import { now } from '../clock.js';
import { newJoinCode } from './guards.js';
import { commandName } from '../command-name.js';

/** The first line of a session log: everything needed to pick the same questions again. */
export interface SessionHeader {
  type: 'session';
  v: 1;
  id: string;
  seed: number;
  code: string;
  deck?: string | undefined;
  tag?: string | undefined;
  count: number;
  seconds: number;
  lateJoin: boolean;
  keys: string[];
  startedAt: string;
}

export interface HostSetup {
  header: SessionHeader;
  session: TeamSession;
  log: SessionLog;
  resumed: boolean;
}

function build(decks: readonly Deck[], h: Omit<SessionHeader, 'keys'>): { session: TeamSession; keys: string[] } {
  const questions = pickQuestions(decks, { deckId: h.deck, tag: h.tag, count: h.count, seed: h.seed });
  const hashes = new Map<string, string>();
  for (const q of questions) if (q.card.kind !== 'generated' && !q.card.generator) hashes.set(q.key, contentHash(q.card));
  // Grading a card the first time compiles its rubric; do it now, not while fifty answers wait.
  for (const q of questions) q.grade('');
  const session = new TeamSession({ questions, limitMs: h.seconds * 1000, lateJoin: h.lateJoin, hashes });
  return { session, keys: questions.map((q) => q.key) };
}

export function newSession(dir: string, decks: readonly Deck[], o: { deck?: string | undefined; tag?: string | undefined; count: number; seconds: number; lateJoin: boolean; seed?: number | undefined }): HostSetup {
  const startedAt = now().toISOString();
  const id = `${startedAt.replace(/[:.]/g, '-')}-${randomBytes(2).toString('hex')}`;
  const base = { type: 'session' as const, v: 1 as const, id, seed: o.seed ?? randomInt(0, 2 ** 31), code: newJoinCode(), deck: o.deck, tag: o.tag, count: o.count, seconds: o.seconds, lateJoin: o.lateJoin, startedAt };
  const { session, keys } = build(decks, base);
  if (!keys.length) throw new DrillbitError(`no cards to ask${o.tag ? ` with tag "${o.tag}"` : ''}${o.deck ? ` in deck "${o.deck}"` : ''}; try another --deck or --tag`);
  const header: SessionHeader = { ...base, keys };
  return { header, session, log: openSessionLog(dir, id, header), resumed: false };
}

/** The last session that has no end line, rebuilt from its log. */
export function resumeSession(dir: string, decks: readonly Deck[]): HostSetup {
  for (const id of sessionIds(dir).reverse()) {
    const lines = readSessionLog(sessionFile(dir, id));
    const header = lines[0] as SessionHeader | undefined;
    if (header?.type !== 'session') continue;
    const entries = lines.slice(1) as LogEntry[];
    if (entries.some((e) => e.type === 'end')) continue;
    const { session, keys } = build(decks, header);
    if (keys.join('\n') !== header.keys.join('\n')) {
      throw new DrillbitError(`the decks changed since session ${id} started, so its questions cannot be asked again; restore the decks or start a new session`);
    }
    restoreSession(session, entries);
    return { header, session, log: openSessionLog(dir, id), resumed: true };
  }
  throw new DrillbitError(`no unfinished team session to resume; start one with "${commandName()} team host"`);
}
