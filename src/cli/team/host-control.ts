/**
 * A running host: the session, its server, its log, and the host's actions
 * (the same for plain mode and the TUI). `end` writes the results file.
 */
import { readFileSync } from 'node:fs';
import { DrillbitError } from '../../core/errors.js';
import type { Effect } from '../../core/team/session-types.js';
import { elapsed } from '../clock.js';
import { onShutdown } from '../shutdown.js';
import type { HostSetup } from './host-setup.js';
import { startHostServer, type HostServer } from './host-server.js';
import { joinLine, publicHost } from './listen.js';
import { writeResults } from './results.js';
import { commandName } from '../command-name.js';

/** Said when a host stops before the end. */
export const resumeHint = (): string => `drillbit: the session is saved; run "${commandName()} team host --resume" with the same --listen to carry on`;

export interface HostOptions {
  host: string;
  port: number;
  /** PEM certificate and key: serve wss:// (see loadTls). */
  tls?: { cert: Buffer; key: Buffer } | undefined;
  results?: string | undefined;
}

export interface HostControl {
  setup: HostSetup;
  server: HostServer;
  joinLine: string;
  /** Runs one host action ('start', 'next', 'reveal', 'skip', 'pause', 'add', 'kick', 'lock', 'end'). */
  act(action: (now: number) => Effect[]): void;
  /** Resolves when the session has ended and the results are written. */
  ended: Promise<void>;
  /** The session's monotonic clock. */
  now(): number;
  stop(): Promise<void>;
}

/** Reads --cert and --key (both or neither). */
export function loadTls(cert: string | undefined, key: string | undefined): { cert: Buffer; key: Buffer } | undefined {
  if ((cert === undefined) !== (key === undefined)) throw new DrillbitError('--cert and --key go together: give both to serve wss://, or neither');
  return cert && key ? { cert: readPem(cert, 'certificate'), key: readPem(key, 'key') } : undefined;
}

function readPem(path: string, what: string): Buffer {
  try {
    return readFileSync(path);
  } catch {
    throw new DrillbitError(`cannot read the TLS ${what} file ${path}; check the path`);
  }
}

export async function startHost(setup: HostSetup, o: HostOptions, event: (text: string) => void, changed?: () => void): Promise<HostControl> {
  const tls = o.tls;
  const clock = elapsed();
  const { session, log, header } = setup;
  let finish: () => void = () => {};
  const ended = new Promise<void>((resolve) => (finish = resolve));
  let server: HostServer;
  const onEvent = (text: string): void => {
    event(text);
    if (text === 'ended') queueMicrotask(finishSession);
  };
  const finishSession = (): void => {
    log.sync();
    if (o.results) {
      writeResults(o.results, session, { id: header.id, seed: header.seed, startedAt: header.startedAt });
      event(`results written to ${o.results}`);
    }
    finish();
  };
  try {
    server = await startHostServer({
      host: o.host,
      port: o.port,
      code: header.code,
      session,
      tls,
      now: clock,
      log: (entry) => {
        log.append(entry);
        if (entry.type === 'question') log.sync();
      },
      event: onEvent,
      changed,
    });
  } catch (error) {
    log.close();
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') throw new DrillbitError(`${o.host}:${o.port} is in use; pick another port with --listen ${o.host}:PORT`);
    if (code === 'EADDRNOTAVAIL' || code === 'EACCES') throw new DrillbitError(`cannot listen on ${o.host}:${o.port} (${code}); pick an address of this machine and a port above 1023`);
    throw error;
  }
  const unregister = onShutdown(() => {
    log.close();
    if (session.phase !== 'end') process.stderr.write(`${resumeHint()}\n`);
  });
  const url = `${tls ? 'wss' : 'ws'}://${publicHost(o.host)}:${server.port}`;
  return {
    setup,
    server,
    joinLine: joinLine(url, header.code),
    act: (action) => server.run(action),
    ended,
    now: clock,
    stop: async () => {
      unregister();
      await server.close();
      log.close();
    },
  };
}
