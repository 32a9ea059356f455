/** Rebuilding a session from its log (`team host --resume` after a crash). */
import type { LogEntry } from './session-types.js';
import type { TeamSession } from './session.js';

/** Replays the log of a host that stopped: players, answers, skips, kicks; the session resumes at the board. */
export function restoreSession(s: TeamSession, entries: readonly LogEntry[]): void {
  for (const e of entries) {
    if (e.type === 'join') s.players.push({ id: e.id, name: e.name, token: e.token, connected: false, points: 0, answers: new Map(), lateFrom: e.lateFrom });
    else if (e.type === 'answer') {
      const p = s.player(e.id);
      const { type: _t, id: _i, ...answer } = e;
      if (p && !p.answers.has(e.index)) {
        p.answers.set(e.index, answer);
        p.points += answer.points;
      }
    } else if (e.type === 'question') s.index = e.index;
    else if (e.type === 'skip') s.dropAnswers(e.index);
    else if (e.type === 'kick') {
      const at = s.players.findIndex((p) => p.id === e.id);
      if (at >= 0) s.kicked.add(s.players.splice(at, 1)[0]!.token);
    } else if (e.type === 'end') s.phase = 'end';
  }
  if (s.phase !== 'end') s.phase = s.index < 0 ? 'lobby' : 'board';
}
