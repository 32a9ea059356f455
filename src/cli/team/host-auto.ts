/**
 * `team host --auto S`: a host that runs itself, for a container with no
 * terminal (Cloud Run, Fargate). It starts S seconds after the first player
 * joins, reveals once everyone here has answered (or time is up), shows the
 * reveal and the board for a while, and ends after the last question.
 */
import type { TeamSession } from '../../core/team/session.js';
import type { HostControl } from './host-control.js';

/** How long the reveal and the board stay up in auto mode. */
export const AUTO_REVEAL_MS = 10_000;
export const AUTO_BOARD_MS = 5_000;

/** The action auto mode takes now, if any. `since` is when the session entered its current phase. */
export function autoStep(s: TeamSession, startAfterMs: number, phaseAgeMs: number): ((now: number) => ReturnType<TeamSession['next']>) | undefined {
  switch (s.phase) {
    case 'lobby':
      return s.players.some((p) => p.connected) && phaseAgeMs >= startAfterMs ? (now) => s.start(now) : undefined;
    case 'question': {
      const here = s.eligible().filter((p) => p.connected || p.answers.has(s.index));
      return here.length > 0 && here.every((p) => p.answers.has(s.index)) ? () => s.reveal() : undefined;
    }
    case 'reveal':
      return phaseAgeMs >= AUTO_REVEAL_MS ? (now) => s.next(now) : undefined;
    case 'board':
      return phaseAgeMs >= AUTO_BOARD_MS ? (now) => s.next(now) : undefined;
    case 'end':
      return undefined;
  }
}

/** Drives the session until it ends. */
export function runAuto(control: HostControl, startAfterSeconds: number): void {
  const s = control.setup.session;
  let phase = `${s.phase}:${s.index}`;
  let since = control.now();
  // The lobby's wait counts from the first player, not from when the host started.
  const timer = setInterval(() => {
    const now = control.now();
    const key = `${s.phase}:${s.index}`;
    if (key !== phase || (s.phase === 'lobby' && !s.players.some((p) => p.connected))) {
      phase = key;
      since = now;
    }
    const step = autoStep(s, startAfterSeconds * 1000, now - since);
    if (step) control.act(step);
  }, 250);
  void control.ended.then(() => clearInterval(timer));
}
