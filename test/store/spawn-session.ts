/** A live `drillbit review` subprocess a test can type into, wait on and signal. */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BIN, PATH_WITH_DRILLBIT, ROOT } from '../helpers/run-cli.js';
import { tempDir } from '../helpers/temp-dir.js';

export interface Session {
  child: ChildProcess;
  stdout: () => string;
  stderr: () => string;
  /** Resolves once stdout matches `pattern` (rejects if the process exits first). */
  waitFor(pattern: RegExp): Promise<void>;
  write(text: string): void;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

export function startSession(args: readonly string[], env: NodeJS.ProcessEnv): Session {
  const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, env: { ...process.env, NO_COLOR: '1', PATH: PATH_WITH_DRILLBIT, ...env }, stdio: ['pipe', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  const waiters: { pattern: RegExp; resolve: () => void; reject: (e: Error) => void }[] = [];
  const check = (): void => {
    for (const w of [...waiters]) if (w.pattern.test(out)) waiters.splice(waiters.indexOf(w), 1) && w.resolve();
  };
  child.stdout!.on('data', (d: Buffer) => {
    out += d.toString();
    check();
  });
  child.stderr!.on('data', (d: Buffer) => (err += d.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('exit', (code, signal) => {
      for (const w of waiters.splice(0)) w.reject(new Error(`exited (${code ?? signal}) before ${w.pattern}; stdout:\n${out}\nstderr:\n${err}`));
      resolve({ code, signal });
    }),
  );
  return {
    child,
    stdout: () => out,
    stderr: () => err,
    waitFor: (pattern) =>
      new Promise<void>((resolve, reject) => {
        waiters.push({ pattern, resolve, reject });
        check();
      }),
    write: (text) => void child.stdin!.write(text),
    exited,
  };
}

/** A temp folder with a deck of `n` text cards (ids c0…, answers "Answer <i> is here") and a data dir. */
export function sandbox(n: number, settings?: object): { home: string; decks: string; env: NodeJS.ProcessEnv } {
  const root = tempDir('drillbit-e2e-');
  const decks = join(root, 'deck.yaml');
  const cards = Array.from({ length: n }, (_, i) => `  - id: c${i}\n    kind: text\n    prompt: Question ${i}?\n    answer: Answer ${i} is here\n`).join('');
  writeFileSync(decks, `id: t\ntitle: Test deck\ncards:\n${cards}`);
  const home = join(root, 'home');
  if (settings) {
    mkdirp(home);
    writeFileSync(join(home, 'settings.json'), JSON.stringify(settings));
  }
  return { home, decks, env: { DRILLBIT_HOME: home, DRILLBIT_DECKS: decks } };
}

const mkdirp = (dir: string): void => void mkdirSync(dir, { recursive: true, mode: 0o700 });
