/**
 * Plain-mode answers from stdin, read the way `review --plain` reads them:
 * lines up to an empty line make one answer. Answers typed ahead (a script
 * piping every answer at once) wait in order for the next question.
 */
import type { LineReader } from '../review-plain-io.js';

export class AnswerQueue {
  private readonly ready: string[] = [];
  private partial: string[] = [];
  private waiter: ((answer: string) => void) | undefined;
  ended = false;

  constructor(lines: LineReader) {
    void this.pump(lines);
  }

  private async pump(lines: LineReader): Promise<void> {
    for (let line = await lines.next(); line !== undefined; line = await lines.next()) {
      if (line.trim() !== '') this.partial.push(line);
      else if (this.partial.length) this.push(this.partial.join('\n'));
    }
    if (this.partial.length) this.push(this.partial.join('\n'));
    this.ended = true;
  }

  private push(answer: string): void {
    this.partial = [];
    const w = this.waiter;
    this.waiter = undefined;
    if (w) w(answer);
    else this.ready.push(answer);
  }

  /** The next answer (waits for it). */
  next(): Promise<string> {
    const a = this.ready.shift();
    if (a !== undefined) return Promise.resolve(a);
    return new Promise((resolve) => (this.waiter = resolve));
  }

  /** Stops waiting (the question closed); half-typed lines are dropped. */
  cancel(): void {
    this.waiter = undefined;
    this.partial = [];
  }
}
