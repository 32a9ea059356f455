/**
 * The running question's clock, in the host's monotonic milliseconds: a
 * deadline while running, the time left while paused, and the limit with any
 * time added. Players are sent `remaining(now)`, never a clock time.
 */
export class QuestionClock {
  private deadline = 0;
  private pausedLeft: number | undefined;
  /** The question's time limit, with any time added. */
  limit = 0;

  start(now: number, limitMs: number): void {
    this.limit = limitMs;
    this.deadline = now + limitMs;
    this.pausedLeft = undefined;
  }
  get paused(): boolean {
    return this.pausedLeft !== undefined;
  }
  remaining(now: number): number {
    return this.pausedLeft ?? Math.max(0, this.deadline - now);
  }
  togglePause(now: number): void {
    if (this.pausedLeft === undefined) this.pausedLeft = this.remaining(now);
    else {
      this.deadline = now + this.pausedLeft;
      this.pausedLeft = undefined;
    }
  }
  add(now: number, ms: number): void {
    if (this.pausedLeft !== undefined) this.pausedLeft += ms;
    else this.deadline = Math.max(this.deadline, now) + ms;
    this.limit += ms;
  }
}
