/**
 * Lines from stdin one at a time, as promises, so the plain drill loop can
 * race each line against the clock. `next()` resolves null at end of input.
 */
import { createInterface, type Interface } from 'node:readline';

export class LineQueue {
  private readonly lines: string[] = [];
  private waiting?: (line: string | null) => void;
  private closed = false;
  private readonly rl: Interface;

  constructor(input: NodeJS.ReadableStream = process.stdin) {
    this.rl = createInterface({ input, terminal: false, crlfDelay: Infinity });
    this.rl.on('line', (line) => this.push(line));
    this.rl.on('close', () => {
      this.closed = true;
      this.waiting?.(null);
      this.waiting = undefined;
    });
  }

  private push(line: string): void {
    if (this.waiting) {
      const resolve = this.waiting;
      this.waiting = undefined;
      resolve(line);
    } else {
      this.lines.push(line);
    }
  }

  next(): Promise<string | null> {
    if (this.lines.length) return Promise.resolve(this.lines.shift()!);
    if (this.closed) return Promise.resolve(null);
    return new Promise((resolve) => (this.waiting = resolve));
  }

  close(): void {
    this.rl.close();
  }
}
