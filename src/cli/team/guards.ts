/** The host's defences at the socket's edge: the join code, wrong-code backoff, the message rate. */
import { createHash, randomInt, timingSafeEqual } from 'node:crypto';
import { JOIN_BACKOFF_MAX_MS, RATE_BURST, RATE_PER_SECOND, joinBackoffMs } from '../../core/team/limits.js';

/** A random six-digit join code. */
export const newJoinCode = (): string => String(randomInt(0, 1_000_000)).padStart(6, '0');

const digest = (s: string): Buffer => createHash('sha256').update(s, 'utf8').digest();

/** Constant time in the code's content and length: both sides are hashed to 32 bytes first. */
export function codeMatches(given: string, code: string): boolean {
  return timingSafeEqual(digest(given.trim()), digest(code));
}

/** Wrong codes per address; after JOIN_FAILURES_ALLOWED, each try must wait longer. */
export class JoinThrottle {
  private readonly failures = new Map<string, { count: number; until: number }>();

  /** Milliseconds this address must still wait (0: it may try). */
  waitMs(address: string, now: number): number {
    const f = this.failures.get(address);
    return f ? Math.max(0, f.until - now) : 0;
  }

  failed(address: string, now: number): void {
    const count = (this.failures.get(address)?.count ?? 0) + 1;
    this.failures.set(address, { count, until: now + joinBackoffMs(count) });
    // Forget addresses whose wait is long over, so the map cannot grow without bound.
    if (this.failures.size > 10_000) for (const [a, f] of this.failures) if (f.until + JOIN_BACKOFF_MAX_MS < now) this.failures.delete(a);
  }

  succeeded(address: string): void {
    this.failures.delete(address);
  }
}

/** Token bucket: RATE_BURST messages at once, refilled at RATE_PER_SECOND. */
export class RateBucket {
  private tokens: number;
  private last: number;
  constructor(now: number, private readonly burst = RATE_BURST, private readonly perSecond = RATE_PER_SECOND) {
    this.tokens = burst;
    this.last = now;
  }
  take(now: number): boolean {
    this.tokens = Math.min(this.burst, this.tokens + ((now - this.last) / 1000) * this.perSecond);
    this.last = now;
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }
}
