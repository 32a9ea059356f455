/**
 * A running built binary with pipes, for line-protocol tests (team plain
 * mode): read its output as it comes, wait for a line, type lines, kill it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { BIN, PATH_WITH_DRILLBIT, ROOT } from '../helpers/run-cli.js';

export interface Proc {
  child: ChildProcess;
  out(): string;
  err(): string;
  /** Resolves with the output once `pattern` is in it after offset `from` (rejects after `timeoutMs` or when the process exits first). */
  waitFor(pattern: RegExp | string, from?: number, timeoutMs?: number): Promise<string>;
  /** The output's length now: pass it to waitFor to wait for something new. */
  mark(): number;
  write(text: string): void;
  exited(): Promise<number | null>;
}

const live = new Set<ChildProcess>();

/** Kills whatever a test left running (call in afterEach) and waits for each to exit. */
export async function killAll(): Promise<void> {
  const waits = [...live].map((c) => new Promise<void>((r) => (c.exitCode !== null || c.signalCode !== null ? r() : (c.once('exit', () => r()), c.kill('SIGKILL')))));
  await Promise.all(waits);
  live.clear();
}

export function spawnCli(args: readonly string[], env: NodeJS.ProcessEnv): Proc {
  const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, env: { ...process.env, NO_COLOR: '1', PATH: PATH_WITH_DRILLBIT, ...env }, stdio: ['pipe', 'pipe', 'pipe'] });
  live.add(child);
  let out = '';
  let err = '';
  const waiters = new Set<() => void>();
  const poke = (): void => waiters.forEach((w) => w());
  child.stdout!.on('data', (d: Buffer) => ((out += d.toString()), poke()));
  child.stderr!.on('data', (d: Buffer) => ((err += d.toString()), poke()));
  const exit = new Promise<number | null>((resolve) => child.once('exit', (code) => (live.delete(child), poke(), resolve(code))));
  child.stdin!.on('error', () => {});
  return {
    child,
    out: () => out,
    err: () => err,
    mark: () => out.length,
    waitFor(pattern, from = 0, timeoutMs = 15_000) {
      const test = (): boolean => (typeof pattern === 'string' ? out.includes(pattern, from) : pattern.test(out.slice(from)));
      if (test()) return Promise.resolve(out);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => (waiters.delete(check), reject(new Error(`waited for ${String(pattern)}; output:\n${out}\nstderr:\n${err}`))), timeoutMs);
        const check = (): void => {
          if (test()) {
            clearTimeout(timer);
            waiters.delete(check);
            resolve(out);
          } else if (child.exitCode !== null || child.signalCode !== null) {
            clearTimeout(timer);
            waiters.delete(check);
            reject(new Error(`exited (${child.exitCode ?? child.signalCode}) before ${String(pattern)}; output:\n${out}\nstderr:\n${err}`));
          }
        };
        waiters.add(check);
      });
    },
    write: (text) => void child.stdin!.write(text),
    exited: () => exit,
  };
}
