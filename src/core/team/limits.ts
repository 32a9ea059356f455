/**
 * Every limit of a team session, named so the host enforces and the tests
 * cross exactly these values.
 */

/** Protocol version carried by every message as `v`. */
export const PROTOCOL_VERSION = 1;

/** Largest message either side accepts, in bytes (a bigger frame closes the socket with 1009). */
export const MAX_MESSAGE_BYTES = 16 * 1024;

/** Messages a connection may send in a burst before the rate limit applies. */
export const RATE_BURST = 20;

/** Messages per second a connection may keep sending after the burst. */
export const RATE_PER_SECOND = 5;

/** A socket that has not joined within this time is closed (slowloris, half-open). */
export const JOIN_TIMEOUT_MS = 10_000;

/** The host pings every player this often; one that misses a whole interval is cut off (half-open). */
export const HEARTBEAT_MS = 15_000;

/** Wrong join codes from one address before it has to wait. */
export const JOIN_FAILURES_ALLOWED = 3;

/** First wait after too many wrong codes; it doubles with each further wrong code. */
export const JOIN_BACKOFF_MS = 2_000;

/** The longest wait an address is given. */
export const JOIN_BACKOFF_MAX_MS = 60_000;

/** Player names are cut to this many characters. */
export const MAX_NAME_CHARS = 24;

/** A late joiner with less time than this left on the question waits for the next one. */
export const LATE_JOIN_MIN_MS = 5_000;

/** Default time per question. */
export const DEFAULT_SECONDS = 60;

/** Time one `add time` adds. */
export const ADD_TIME_MS = 15_000;

/** How long the wait after `JOIN_FAILURES_ALLOWED + n` wrong codes lasts. */
export function joinBackoffMs(failures: number): number {
  if (failures < JOIN_FAILURES_ALLOWED) return 0;
  return Math.min(JOIN_BACKOFF_MAX_MS, JOIN_BACKOFF_MS * 2 ** (failures - JOIN_FAILURES_ALLOWED));
}
