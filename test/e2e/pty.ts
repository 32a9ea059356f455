/**
 * A real pseudo-terminal for end-to-end tests of the built binary: node-pty
 * runs `bin/drillbit.js` (CI=false, TERM=xterm-256color, a temp DRILLBIT_HOME)
 * and @xterm/headless keeps the screen, so tests read what a person would see.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as pty from 'node-pty';
import xterm from '@xterm/headless';
import { PATH_WITH_DRILLBIT } from '../helpers/run-cli.js';
import { tempDir } from '../helpers/temp-dir.js';

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
  /** Data directory; a fresh temp one (removed after the test, see tempDir) when omitted. */
  home?: string;
}

export interface Term {
  /** The screen as text, one line per row, trailing spaces removed. */
  screen(): string;
  /** Rows that the terminal wrapped onto because the program wrote past the last column (0-based). */
  wrappedRows(): number[];
  /** Sends keys or text. */
  type(data: string): void;
  /** Resolves when `text` is on screen and the program waits for input (see `waitingForInput`); rejects after `timeoutMs`. */
  waitFor(text: string | RegExp, timeoutMs?: number): Promise<string>;
  /** Resolves with the exit code. */
  exited(timeoutMs?: number): Promise<number>;
  resize(cols: number, rows: number): void;
  /** Everything written, ANSI included. */
  raw(): string;
  home: string;
  /** The program's process id (to send it a signal). */
  pid: number;
  /** Ends the program (SIGHUP, then SIGKILL), waits for it to exit, then removes its own data directory. */
  close(): Promise<void>;
}

export function spawnTerm(options: TermOptions = {}): Term {
  const cols = options.cols ?? 80;
  const rows = options.rows ?? 24;
  const home = options.home ?? tempDir('drillbit-pty-');
  const screen = new xterm.Terminal({ cols, rows, allowProposedApi: true });
  const child = pty.spawn(process.execPath, [BIN, ...(options.args ?? [])], {
    cols,
    rows,
    cwd: fileURLToPath(new URL('../..', import.meta.url)),
    // drillbit on PATH, as for a user who installed it: its hints say "drillbit ...".
    env: { ...process.env, CI: 'false', TERM: 'xterm-256color', DRILLBIT_HOME: home, NO_COLOR: undefined, FORCE_COLOR: undefined, PATH: PATH_WITH_DRILLBIT, ...options.env },
  });
  let raw = '';
  let exitCode: number | undefined;
  const exitWaiters: ((code: number) => void)[] = [];
  child.onData((data) => {
    raw += data;
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
  // The screen once output already in the terminal has been read: one turn of this event loop reads the pty.
  const settledScreen = async (): Promise<string> => {
    await new Promise((r) => setImmediate(r));
    await flush();
    return read();
  };

  return {
    home,
    pid: child.pid,
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
      let timedOut = false;
      const timer = setTimeout(() => (timedOut = true), timeoutMs);
      try {
        for (;;) {
          await flush();
          const now = read();
          const found = typeof text === 'string' ? now.includes(text) : text.test(now);
          // Settled: the program sits waiting for input (so a key sent next reaches the screen that shows `text`),
          // and nothing it wrote before it went idle is still on its way to this screen.
          if (found && (exitCode !== undefined || (waitingForInput(child.pid) && (await settledScreen()) === now))) return now;
          if (timedOut || (exitCode !== undefined && !found)) {
            throw new Error(`waited for ${String(text)}${exitCode !== undefined ? ` but the program exited (${exitCode})` : ''}; the screen shows:\n${now}`);
          }
          await new Promise((r) => setTimeout(r, 10));
        }
      } finally {
        clearTimeout(timer);
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
    },
  };
}

/**
 * True when process `pid` is blocked waiting for I/O with nothing queued to run
 * at once: its main thread sleeps in epoll_wait with a timeout other than 0
 * (libuv passes 0 while setImmediate callbacks, such as React's passive effects
 * that attach Ink's input handlers, are pending). On a system without
 * /proc/<pid>/task/<pid>/syscall, true: the screen predicate alone decides.
 */
function waitingForInput(pid: number): boolean {
  if (!CAN_SEE_SYSCALLS) return true;
  let syscall: string;
  try {
    syscall = readFileSync(`/proc/${pid}/task/${pid}/syscall`, 'utf8');
  } catch {
    return false; // gone: the caller sees the exit
  }
  // "<nr> <arg1> … <arg6> <sp> <pc>", or "running" / "-1 …" when not in a system call.
  const [nr, , , , timeout] = syscall.trim().split(' ');
  return EPOLL_WAITS.has(Number(nr)) && Number(timeout) !== 0;
}

const CAN_SEE_SYSCALLS = ((): boolean => {
  try {
    return readFileSync(`/proc/${process.pid}/task/${process.pid}/syscall`, 'utf8').length > 0;
  } catch {
    return false;
  }
})();

/** epoll_wait and epoll_pwait on x86-64; epoll_pwait on arm64 (libuv's loop waits in one of them). */
const EPOLL_WAITS = new Set(process.arch === 'arm64' ? [22] : [232, 281]);
