/**
 * What a player's screen shows, built from the host's messages: a pure
 * reducer that both the plain player and the TUI use. `now` is the player's
 * own monotonic clock: the host sends time remaining, and the countdown runs
 * from when the message arrived.
 */
import { sanitize } from '../grading/sanitize.js';
import type { BoardEntry, HostMessage, HostMessageOf } from './protocol.js';

export type Stage = 'connecting' | 'lobby' | 'question' | 'reveal' | 'board' | 'end';

export interface PlayerView {
  stage: Stage;
  me?: { id: string; name: string; points: number };
  total: number;
  lobby: { players: string[]; locked: boolean };
  question?: HostMessageOf<'question'>['question'];
  /** Local time the question's `remainingMs` was measured at. */
  questionAt: number;
  /** The host has this player's answer to the current question. */
  answered: boolean;
  /** Why the host refused the last answer. */
  refused?: string;
  progress?: { answered: number; of: number };
  reveal?: HostMessageOf<'reveal'>;
  board: BoardEntry[];
}

export const initialView = (): PlayerView => ({ stage: 'connecting', total: 0, lobby: { players: [], locked: false }, questionAt: 0, answered: false, board: [] });

/** Every string of a host message with escape sequences and control characters removed. */
export function cleanMessage<T>(value: T): T {
  if (typeof value === 'string') return sanitize(value) as T;
  if (Array.isArray(value)) return value.map(cleanMessage) as T;
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, cleanMessage(v)])) as T;
  return value;
}

/** Time left on the current question at local time `now`. */
export function timeLeft(view: PlayerView, now: number): number {
  const q = view.question;
  if (!q) return 0;
  return q.paused ? q.remainingMs : Math.max(0, q.remainingMs - (now - view.questionAt));
}

const myPoints = (view: PlayerView, board: BoardEntry[]): PlayerView['me'] =>
  view.me && { ...view.me, points: board.find((e) => e.id === view.me!.id)?.points ?? view.me.points };

export function playerReducer(view: PlayerView, m: HostMessage, now: number): PlayerView {
  switch (m.type) {
    case 'welcome':
      return { ...view, stage: view.stage === 'connecting' ? 'lobby' : view.stage, me: { id: m.id, name: m.name, points: m.points }, total: m.total };
    case 'lobby':
      return { ...view, stage: 'lobby', lobby: { players: m.players, locked: m.locked } };
    case 'question': {
      const { refused: _r, progress: _p, reveal: _v, ...rest } = view;
      return { ...rest, stage: 'question', question: m.question, questionAt: now, answered: m.question.answered, total: m.question.total };
    }
    case 'timer':
      if (!view.question || view.question.index !== m.index) return view;
      return { ...view, question: { ...view.question, remainingMs: m.remainingMs, paused: m.paused }, questionAt: now };
    case 'progress':
      return { ...view, progress: { answered: m.answered, of: m.of } };
    case 'ack':
      if (!view.question || view.question.index !== m.index) return view;
      if (m.accepted) return { ...view, answered: true };
      return { ...view, refused: m.reason ?? 'refused' };
    case 'reveal':
      return { ...view, stage: 'reveal', reveal: m, board: m.board, me: myPoints(view, m.board) };
    case 'board':
      return { ...view, stage: 'board', board: m.board, me: myPoints(view, m.board) };
    case 'end':
      return { ...view, stage: 'end', board: m.board, me: myPoints(view, m.board) };
    case 'bye':
      return view;
  }
}
