/** What the CLI hands the team screens: the TUI never touches the network or the data directory. */
import type { PlayerView } from '../../core/team/player-view.js';
import type { HostMessage } from '../../core/team/protocol.js';
import type { Effect } from '../../core/team/session-types.js';
import type { TeamSession } from '../../core/team/session.js';

/** A player's live session (src/cli/team/player-session.ts). */
export interface TeamPlayerClient {
  view(): PlayerView;
  subscribe(fn: (m: HostMessage | undefined) => void): void;
  answer(text: string): void;
  done: Promise<{ ok: boolean; reason: string; byHost: boolean }>;
  leave(): void;
  /** Monotonic milliseconds, for the countdown. */
  clock(): number;
}

/** A running host (src/cli/team/host-control.ts). */
export interface TeamHostClient {
  session: TeamSession;
  joinLine: string;
  /** Recent event lines, newest last. */
  events: readonly string[];
  act(action: (now: number) => Effect[]): void;
  /** Called whenever the session changed. */
  subscribe(fn: () => void): void;
  ended: Promise<void>;
  /** The session's monotonic milliseconds (for the countdown). */
  now(): number;
  color?: boolean;
}
