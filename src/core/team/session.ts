/**
 * The host's session state machine: lobby → question → reveal → board → end.
 * Pure: the host passes `now` (a monotonic millisecond count), player ids and
 * tokens in; every method returns the effects to carry out (messages to send,
 * log lines to append, lines for the host's screen). It grades with the
 * question's grader, so the host is the only judge, and it sends rubrics and
 * model answers only in the reveal.
 */
import { sanitize } from '../grading/sanitize.js';
import { ADD_TIME_MS, LATE_JOIN_MIN_MS } from './limits.js';
import { uniqueName } from './names.js';
import type { TeamQuestion } from './pick.js';
import { hostMsg, type HostMessage, type Spread } from './protocol.js';
import { answerPoints } from './scoring.js';
import { boardLine, rankPlayers, type Effect, type LogEntry, type Phase, type TeamPlayer } from './session-types.js';
import { catchUp, questionFor, revealFor } from './session-views.js';
import { QuestionClock } from './question-clock.js';

export interface SessionOptions {
  questions: TeamQuestion[];
  limitMs: number;
  lateJoin: boolean;
  /** Content hashes by card key, sent at the reveal (for players' --count). */
  hashes?: ReadonlyMap<string, string>;
}

export type JoinResult = { ok: true; player: TeamPlayer; effects: Effect[] } | { ok: false; reason: string };

export class TeamSession {
  phase: Phase = 'lobby';
  index = -1;
  locked = false;
  readonly players: TeamPlayer[] = [];
  /** Tokens of kicked players: they do not get back in. */
  readonly kicked = new Set<string>();
  readonly clock = new QuestionClock();

  constructor(readonly options: SessionOptions) {}

  get questions(): TeamQuestion[] {
    return this.options.questions;
  }
  get paused(): boolean {
    return this.clock.paused;
  }
  remaining(now: number): number {
    return this.clock.remaining(now);
  }
  /** The current question's time limit, with any time added. */
  get limitNow(): number {
    return this.clock.limit;
  }
  player(id: string): TeamPlayer | undefined {
    return this.players.find((p) => p.id === id);
  }
  board() {
    return rankPlayers(this.players);
  }
  /** Players who may answer the current question and are (or were) here for it. */
  eligible(): TeamPlayer[] {
    return this.players.filter((p) => p.lateFrom <= this.index && (p.connected || p.answers.has(this.index)));
  }
  answeredCount(): number {
    return this.players.filter((p) => p.answers.has(this.index)).length;
  }

  /** A player joins, or comes back with their token. `id` and `token` are used for a new player. */
  join(name: string, token: string | undefined, fresh: { id: string; token: string }, now: number): JoinResult {
    if (token !== undefined && this.kicked.has(token)) return { ok: false, reason: 'the host removed you from this session' };
    const back = token === undefined ? undefined : this.players.find((p) => p.token === token);
    if (back) {
      back.connected = true;
      return { ok: true, player: back, effects: [{ kind: 'event', text: `rejoined ${back.name}` }, ...this.welcome(back, now), ...this.lobbyUpdate()] };
    }
    if (this.phase === 'end') return { ok: false, reason: 'the session has ended' };
    if (this.locked) return { ok: false, reason: 'the lobby is locked' };
    if (this.phase !== 'lobby' && !this.options.lateJoin) return { ok: false, reason: 'the session has started and the host does not allow late joins' };
    const lateFrom = this.phase === 'lobby' ? 0 : this.phase === 'question' && this.remaining(now) >= LATE_JOIN_MIN_MS ? this.index : this.index + 1;
    const player: TeamPlayer = {
      id: fresh.id,
      name: uniqueName(name, this.players.map((p) => p.name), `player ${this.players.length + 1}`),
      token: fresh.token,
      connected: true,
      points: 0,
      answers: new Map(),
      lateFrom,
    };
    this.players.push(player);
    const log: LogEntry = { type: 'join', id: player.id, name: player.name, token: player.token, lateFrom };
    return { ok: true, player, effects: [{ kind: 'log', entry: log }, { kind: 'event', text: `joined ${player.name}` }, ...this.welcome(player, now), ...this.lobbyUpdate()] };
  }

  private welcome(p: TeamPlayer, now: number): Effect[] {
    const hello = hostMsg('welcome', { id: p.id, name: p.name, token: p.token, points: p.points, total: this.questions.length });
    return [{ kind: 'send', to: p.id, message: hello }, ...catchUp(this, p, now).map((message): Effect => ({ kind: 'send', to: p.id, message }))];
  }

  private lobbyUpdate(): Effect[] {
    if (this.phase !== 'lobby') return [];
    return [{ kind: 'broadcast', message: hostMsg('lobby', { players: this.players.filter((p) => p.connected).map((p) => p.name), locked: this.locked }) }];
  }

  /** The player's connection closed (they can come back with their token). */
  leave(id: string): Effect[] {
    const p = this.player(id);
    if (!p || !p.connected) return [];
    p.connected = false;
    return [{ kind: 'event', text: `left ${p.name}` }, ...this.lobbyUpdate(), ...this.progress()];
  }

  start(now: number): Effect[] {
    if (this.phase !== 'lobby') return [{ kind: 'event', text: 'already started' }];
    if (!this.questions.length) return [{ kind: 'event', text: 'no questions to ask' }];
    return this.open(0, now);
  }

  private open(index: number, now: number): Effect[] {
    this.phase = 'question';
    this.index = index;
    this.clock.start(now, this.options.limitMs);
    const q = this.questions[index]!;
    // Players who see the same question get the same message object (the host serializes it once).
    const views = new Map<string, HostMessage>();
    const sends = this.players
      .filter((p) => p.connected)
      .map((p): Effect => {
        const key = `${p.answers.has(index)}:${p.lateFrom <= index}`;
        if (!views.has(key)) views.set(key, questionFor(this, p, now));
        return { kind: 'send', to: p.id, message: views.get(key)! };
      });
    return [{ kind: 'log', entry: { type: 'question', index } }, { kind: 'event', text: `question ${index + 1}/${this.questions.length}: ${q.key}` }, ...sends];
  }

  /** Grades an answer; the player gets an acknowledgement, everyone the count. */
  answer(id: string, index: number, text: string, now: number): Effect[] {
    const p = this.player(id);
    if (!p) return [];
    const refuse = (reason: string): Effect[] => [{ kind: 'send', to: id, message: hostMsg('ack', { index, accepted: false, reason }) }];
    if (this.phase !== 'question' || index !== this.index) return refuse('that question is closed');
    if (p.lateFrom > index) return refuse('you joined late: wait for the next question');
    if (p.answers.has(index)) return refuse('you have answered this question');
    const left = this.remaining(now);
    if (left <= 0) return refuse('time is up');
    const q = this.questions[index]!;
    const answer = sanitize(text);
    const graded = q.grade(answer);
    const points = answerPoints(graded.score, left, this.limitNow);
    const record = { index, key: q.key, answer, score: graded.score, verdict: graded.verdict, points, timeMs: Math.round(this.limitNow - left), criteria: graded.criteria, notes: graded.notes };
    p.answers.set(index, record);
    p.points += points;
    return [
      { kind: 'log', entry: { type: 'answer', id, ...record } },
      { kind: 'send', to: id, message: hostMsg('ack', { index, accepted: true }) },
      ...this.progress(),
    ];
  }

  private progress(): Effect[] {
    if (this.phase !== 'question') return [];
    const answered = this.answeredCount();
    const of = this.eligible().length;
    return [{ kind: 'event', text: `answered ${answered}/${of}` }, { kind: 'broadcast', message: hostMsg('progress', { index: this.index, answered, of }) }];
  }

  /** Time passes: a question whose time is up is revealed. */
  tick(now: number): Effect[] {
    return this.phase === 'question' && !this.paused && this.remaining(now) <= 0 ? this.reveal() : [];
  }

  reveal(): Effect[] {
    if (this.phase !== 'question') return [{ kind: 'event', text: 'no question to reveal' }];
    this.phase = 'reveal';
    const s = this.spread();
    const sends = this.players.filter((p) => p.connected).map((p): Effect => ({ kind: 'send', to: p.id, message: revealFor(this, p, s) }));
    const text = `revealed ${this.index + 1}/${this.questions.length}: ${s.correct} correct, ${s.partial} partial, ${s.incorrect} incorrect, ${s.unanswered} unanswered`;
    return [{ kind: 'event', text }, ...sends];
  }

  spread(): Spread {
    const s: Spread = { correct: 0, partial: 0, incorrect: 0, unanswered: 0 };
    for (const p of this.players.filter((x) => x.lateFrom <= this.index)) {
      const a = p.answers.get(this.index);
      if (a) s[a.verdict]++;
      else if (p.connected) s.unanswered++;
    }
    return s;
  }

  /** question → reveal → board → next question (or the end after the last). */
  next(now: number): Effect[] {
    switch (this.phase) {
      case 'lobby':
        return this.start(now);
      case 'question':
        return this.reveal();
      case 'reveal':
        return this.showBoard();
      case 'board':
        return this.index + 1 < this.questions.length ? this.open(this.index + 1, now) : this.end();
      case 'end':
        return [];
    }
  }

  private showBoard(): Effect[] {
    this.phase = 'board';
    const board = this.board();
    return [
      { kind: 'event', text: `board after ${this.index + 1}/${this.questions.length}` },
      ...board.map((e): Effect => ({ kind: 'event', text: boardLine(e) })),
      { kind: 'broadcast', message: hostMsg('board', { index: this.index, total: this.questions.length, board }) },
    ];
  }

  /** Drops the running question (its points are taken back) and moves on. */
  skip(now: number): Effect[] {
    if (this.phase !== 'question') return [{ kind: 'event', text: 'no question to skip' }];
    this.dropAnswers(this.index);
    const effects: Effect[] = [{ kind: 'log', entry: { type: 'skip', index: this.index } }, { kind: 'event', text: `skipped ${this.index + 1}/${this.questions.length}` }];
    return [...effects, ...(this.index + 1 < this.questions.length ? this.open(this.index + 1, now) : this.end())];
  }

  dropAnswers(index: number): void {
    for (const p of this.players) {
      const a = p.answers.get(index);
      if (a) p.points -= a.points;
      p.answers.delete(index);
    }
  }

  /** Pauses or resumes the clock of the running question. */
  togglePause(now: number): Effect[] {
    if (this.phase !== 'question') return [];
    this.clock.togglePause(now);
    return this.timer(now, this.paused ? 'paused' : 'resumed');
  }

  addTime(now: number, ms = ADD_TIME_MS): Effect[] {
    if (this.phase !== 'question') return [];
    this.clock.add(now, ms);
    return this.timer(now, `added ${Math.round(ms / 1000)} s`);
  }

  private timer(now: number, text: string): Effect[] {
    const message: HostMessage = hostMsg('timer', { index: this.index, remainingMs: this.remaining(now), paused: this.paused });
    return [{ kind: 'event', text }, { kind: 'broadcast', message }];
  }

  /** Removes a player; their token no longer lets them back in. */
  kick(id: string): Effect[] {
    const at = this.players.findIndex((p) => p.id === id);
    if (at < 0) return [];
    const [p] = this.players.splice(at, 1);
    this.kicked.add(p!.token);
    return [{ kind: 'log', entry: { type: 'kick', id } }, { kind: 'event', text: `kicked ${p!.name}` }, { kind: 'close', to: id, reason: 'the host removed you from this session' }, ...this.lobbyUpdate(), ...this.progress()];
  }

  setLocked(locked: boolean): Effect[] {
    this.locked = locked;
    return [{ kind: 'event', text: locked ? 'lobby locked' : 'lobby unlocked' }, ...this.lobbyUpdate()];
  }

  end(): Effect[] {
    if (this.phase === 'end') return [];
    this.phase = 'end';
    const board = this.board();
    return [
      { kind: 'log', entry: { type: 'end' } },
      { kind: 'event', text: 'ended' },
      ...board.map((e): Effect => ({ kind: 'event', text: boardLine(e) })),
      { kind: 'broadcast', message: hostMsg('end', { board }) },
    ];
  }
}
