/** What a team session holds and what its state machine asks the host to do. */
import type { GradeResult, Verdict } from '../grading/types.js';
import type { BoardEntry, HostMessage } from './protocol.js';

/** lobby → question → reveal → board → (question …) → end. */
export type Phase = 'lobby' | 'question' | 'reveal' | 'board' | 'end';

/** One graded answer of one player. */
export interface TeamAnswer {
  index: number;
  key: string;
  answer: string;
  score: number;
  verdict: Verdict;
  points: number;
  timeMs: number;
  criteria: GradeResult['criteria'];
  notes: string[];
}

export interface TeamPlayer {
  id: string;
  name: string;
  /** Secret the player keeps to come back after a drop. */
  token: string;
  connected: boolean;
  points: number;
  answers: Map<number, TeamAnswer>;
  /** First question this player may answer (a late joiner's). */
  lateFrom: number;
}

/** Lines of the session log (appended as they happen; replayed by --resume). */
export type LogEntry =
  | { type: 'join'; id: string; name: string; token: string; lateFrom: number }
  | ({ type: 'answer'; id: string } & TeamAnswer)
  | { type: 'question'; index: number }
  | { type: 'skip'; index: number }
  | { type: 'kick'; id: string }
  | { type: 'end' };

/** What the host must do after a state change. */
export type Effect =
  | { kind: 'send'; to: string; message: HostMessage }
  | { kind: 'broadcast'; message: HostMessage }
  | { kind: 'close'; to: string; reason: string }
  | { kind: 'log'; entry: LogEntry }
  /** A line for the host's screen (`joined ANA`, `answered 2/3`, `1. ANA 1320`). */
  | { kind: 'event'; text: string };

/** Players by points (highest first); equal points share a rank. */
export function rankPlayers(players: readonly TeamPlayer[]): BoardEntry[] {
  const sorted = [...players].sort((a, b) => b.points - a.points || a.name.localeCompare(b.name));
  return sorted.map((p, i) => {
    const firstEqual = sorted.findIndex((q) => q.points === p.points);
    return { rank: (firstEqual === -1 ? i : firstEqual) + 1, id: p.id, name: p.name, points: p.points, connected: p.connected };
  });
}

/** `1. ANA 1320` */
export const boardLine = (e: BoardEntry): string => `${e.rank}. ${e.name} ${e.points}`;
