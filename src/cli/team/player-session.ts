/**
 * The player's side of a session, shared by plain mode and the TUI: the
 * connection, the screen's state (core's playerReducer), the resume token
 * (saved on welcome, so running the same join command again resumes), and
 * the player's own records (each reveal is kept as a team record; with
 * --count also as a review of the same card in their collection).
 */
import { PROTOCOL_VERSION } from '../../core/team/limits.js';
import { initialView, playerReducer } from '../../core/team/player-view.js';
import type { HostMessage, HostMessageOf } from '../../core/team/protocol.js';
import { appendTeamRecord, readTokens, saveToken } from '../../store/team-log.js';
import { elapsed, now } from '../clock.js';
import { connect } from './client.js';
import type { TeamPlayerClient } from '../../tui/team/contract.js';

export interface PlayerOptions {
  url: string;
  code: string;
  name: string;
  dir: string;
  /** Records each revealed answer as a review of the card (when the player has the same card). */
  count?: ((reveal: HostMessageOf<'reveal'>) => void) | undefined;
}

/** The live session is the shape the team screens take (src/tui/team/contract.ts), declared once there. */
export type PlayerSession = TeamPlayerClient;

export function startPlayer(o: PlayerOptions): PlayerSession {
  const key = `${o.url}#${o.code}`;
  const saved = readTokens(o.dir)[key];
  const clock = elapsed();
  let view = initialView();
  const listeners: ((m: HostMessage | undefined) => void)[] = [];
  type Done = { ok: boolean; reason: string; byHost: boolean };
  let resolve: (r: Done) => void = () => {};
  const done = new Promise<Done>((r) => (resolve = r));
  const conn = connect({
    url: o.url,
    code: o.code,
    name: saved?.name ?? o.name,
    token: saved?.token,
    onMessage(m) {
      view = playerReducer(view, m, clock());
      if (m.type === 'welcome') saveToken(o.dir, key, m.token, m.name);
      if (m.type === 'reveal' && m.mine) {
        appendTeamRecord(o.dir, { at: now().toISOString(), host: o.url, card: m.card.key, question: m.index + 1, ...m.mine });
        o.count?.(m);
      }
      for (const fn of listeners) fn(m);
      if (m.type === 'end') {
        conn.close();
        resolve({ ok: true, reason: 'ended', byHost: true });
      }
    },
    onClose(reason, byHost) {
      // Never in (refused, or nothing listening): there is nothing to rejoin, so no rejoin hint.
      resolve({ ok: view.stage === 'end', reason, byHost: byHost || view.me === undefined });
      for (const fn of listeners) fn(undefined);
    },
  });
  return {
    view: () => view,
    subscribe: (fn) => void listeners.push(fn),
    answer(text) {
      const q = view.question;
      if (q) conn.send({ v: PROTOCOL_VERSION, type: 'answer', index: q.index, text });
    },
    done,
    leave: () => conn.close(),
    clock,
  };
}
