/**
 * A real pseudo-terminal for end-to-end tests of the built binary: node-pty
 * runs `bin/drillbit.js` (CI=false, TERM=xterm-256color, a temp DRILLBIT_HOME)
 * and @xterm/headless keeps the screen, so tests read what a person would see.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pty from 'node-pty';
import xterm from '@xterm/headless';
import { PATH_WITH_DRILLBIT } from '../helpers/run-cli.js';

export const BIN = fileURLToPath(new URL('../../bin/drillbit.js', import.meta.url));

/** Keys as a terminal sends them. */
export const KEYS = {
  enter: '\r',
  altEnter: '\u001b\r',
  ctrlJ: '\n',
  ctrlC: '\u0003',
  escape: '\u001b',
  backspace: '\u007f',
  up: '\u001b[A',
  down: '\u001b[B',
  tab: '\t',
} as const;

export interface TermOptions {
  args?: string[];
  cols?: number;
  rows?: number;
  env?: NodeJS.ProcessEnv;
  /** Data directory; a fresh temp one (removed on close) when omitted. */
  home?: string;
}

export interface Term {
  /** The screen as text, one line per row, trailing spaces removed. */
  screen(): string;
  /** Rows that the terminal wrapped onto because the program wrote past the last column (0-based). */
  wrappedRows(): number[];
  /** Sends keys or text. */
  type(data: string): void;
  /** Resolves when `text` is on screen (and the screen has settled); rejects after `timeoutMs`. */
  waitFor(text: string | RegExp, timeoutMs?: number): Promise<string>;
  /** Resolves with the exit code. */
  exited(timeoutMs?: number): Promise<number>;
  resize(cols: number, rows: number): void;
  /** Everything written, ANSI included. */
  raw(): string;
  home: string;
  /** Ends the program (SIGHUP, then SIGKILL), waits for it to exit, then removes its own data directory. */
  close(): Promise<void>;
}

export function spawnTerm(options: TermOptions = {}): Term {
  const cols = options.cols ?? 80;
  const rows = options.rows ?? 24;
  const ownHome = options.home === undefined;
  const home = options.home ?? mkdtempSync(join(tmpdir(), 'drillbit-pty-'));
  const screen = new xterm.Terminal({ cols, rows, allowProposedApi: true });
  const child = pty.spawn(process.execPath, [BIN, ...(options.args ?? [])], {
    cols,
    rows,
    cwd: fileURLToPath(new URL('../..', import.meta.url)),
    // drillbit on PATH, as for a user who installed it: its hints say "drillbit ...".
    env: { ...process.env, CI: 'false', TERM: 'xterm-256color', DRILLBIT_HOME: home, NO_COLOR: undefined, FORCE_COLOR: undefined, PATH: PATH_WITH_DRILLBIT, ...options.env },
  });
  let raw = '';
  let changed = Date.now();
  let exitCode: number | undefined;
  const exitWaiters: ((code: number) => void)[] = [];
  child.onData((data) => {
    raw += data;
    changed = Date.now();
    screen.write(data);
  });
  child.onExit(({ exitCode: code }) => {
    exitCode = code;
    for (const w of exitWaiters) w(code);
  });

  const read = (): string => {
    const buffer = screen.buffer.active;
    const lines: string[] = [];
    for (let i = 0; i < screen.rows; i++) lines.push(buffer.getLine(buffer.viewportY + i)?.translateToString(true) ?? '');
    while (lines.length && lines.at(-1) === '') lines.pop();
    return lines.join('\n');
  };
  // xterm parses writes asynchronously; an empty write's callback fires once all earlier data is on the screen.
  const flush = (): Promise<void> => new Promise((resolve) => screen.write('', resolve));

  return {
    home,
    raw: () => raw,
    screen: read,
    wrappedRows: () => {
      const buffer = screen.buffer.active;
      const rows: number[] = [];
      for (let i = 0; i < screen.rows; i++) if (buffer.getLine(buffer.viewportY + i)?.isWrapped) rows.push(i);
      return rows;
    },
    type: (data) => child.write(data),
    resize: (c, r) => {
      child.resize(c, r);
      screen.resize(c, r);
    },
    async waitFor(text, timeoutMs = 15_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        await flush();
        const now = read();
        const found = typeof text === 'string' ? now.includes(text) : text.test(now);
        // Settled: nothing new for 60 ms, so a key sent next reaches the screen that shows `text`.
        if (found && Date.now() - changed >= 60) return now;
        if (Date.now() > deadline || (exitCode !== undefined && !found)) {
          throw new Error(`waited for ${String(text)}${exitCode !== undefined ? ` but the program exited (${exitCode})` : ''}; the screen shows:\n${now}`);
        }
        await new Promise((r) => setTimeout(r, 20));
      }
    },
    exited(timeoutMs = 15_000) {
      if (exitCode !== undefined) return Promise.resolve(exitCode);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`still running; the screen shows:\n${read()}`)), timeoutMs);
        exitWaiters.push((code) => {
          clearTimeout(timer);
          resolve(code);
        });
      });
    },
    async close() {
      if (exitCode === undefined) {
        const gone = new Promise<void>((resolve) => exitWaiters.push(() => resolve()));
        child.kill('SIGHUP');
        // A program that does not go on SIGHUP within 10 s is killed; either way it has exited before its folder goes.
        const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
        await gone;
        clearTimeout(timer);
      }
      screen.dispose();
      if (ownHome) rmSync(home, { recursive: true, force: true, maxRetries: 5, retryDelay: 50 });
    },
  };
}
