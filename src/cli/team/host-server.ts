/**
 * The team host's embedded WebSocket server. Each connection is checked at
 * the edge — size (ws's maxPayload), rate, JSON, schema, join code — and an
 * offender is told why and disconnected while everyone else carries on. The
 * session itself is core's TeamSession; this file only carries out its
 * effects (send, broadcast, close, log) and feeds it time.
 */
import { randomBytes } from 'node:crypto';
import { createServer as createHttpServer, type IncomingMessage, type Server } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import { HEARTBEAT_MS, JOIN_TIMEOUT_MS, MAX_MESSAGE_BYTES } from '../../core/team/limits.js';
import { hostMsg, parseClientMessage } from '../../core/team/protocol.js';
import type { Effect, LogEntry } from '../../core/team/session-types.js';
import type { TeamSession } from '../../core/team/session.js';
import { codeMatches, JoinThrottle, RateBucket } from './guards.js';

export interface HostServerOptions {
  host: string;
  port: number;
  code: string;
  session: TeamSession;
  /** Monotonic milliseconds (the session's time). */
  now: () => number;
  tls?: { cert: Buffer; key: Buffer } | undefined;
  /** Receives every log entry as the session makes it (the session log). */
  log(entry: LogEntry): void;
  /** Lines for the host's screen. */
  event(text: string): void;
  /** Called after anything changed (the TUI re-renders). */
  changed?(): void;
  /** Limits overridable for tests. */
  joinTimeoutMs?: number;
  heartbeatMs?: number;
}

export interface HostServer {
  port: number;
  /** Runs a host action on the session and carries out its effects. */
  run(action: (now: number) => Effect[]): void;
  connected(): number;
  close(): Promise<void>;
}

interface Conn {
  ws: WebSocket;
  address: string;
  id?: string;
  alive: boolean;
  bucket: RateBucket;
  label: string;
}

export async function startHostServer(o: HostServerOptions): Promise<HostServer> {
  const http: Server = o.tls ? createHttpsServer({ cert: o.tls.cert, key: o.tls.key }) : createHttpServer();
  // Slow or half-open HTTP requests that never become a WebSocket are dropped too.
  http.headersTimeout = o.joinTimeoutMs ?? JOIN_TIMEOUT_MS;
  http.requestTimeout = o.joinTimeoutMs ?? JOIN_TIMEOUT_MS;
  http.on('request', (_req, res) => {
    res.writeHead(426, { 'content-type': 'text/plain' }).end('drillbit team host: connect with "drillbit team join"\n');
  });
  const wss = new WebSocketServer({ server: http, maxPayload: MAX_MESSAGE_BYTES });
  const sockets = new Map<string, Conn>();
  const conns = new Set<Conn>();
  const throttle = new JoinThrottle();
  let nextId = o.session.players.length;

  const send = (c: Conn | undefined, payload: string): void => {
    if (c && c.ws.readyState === c.ws.OPEN) c.ws.send(payload);
  };
  const drop = (c: Conn, reason: string, code = 1008): void => {
    o.event(`disconnected ${c.label}: ${reason}`);
    send(c, JSON.stringify(hostMsg('bye', { reason })));
    // Close reasons are limited to 123 bytes.
    c.ws.close(code, Buffer.from(reason).subarray(0, 120).toString());
    setTimeout(() => c.ws.terminate(), 1_000).unref();
  };
  // "2/50 answered" goes out once per turn of the event loop, not once per answer (50 answers × 50 players).
  let progress: string | undefined;
  const flushProgress = (): void => {
    const payload = progress;
    progress = undefined;
    if (payload) for (const c of sockets.values()) send(c, payload);
  };
  const apply = (effects: Effect[]): void => {
    const json = new Map<object, string>();
    const serialize = (m: object): string => json.get(m) ?? (json.set(m, JSON.stringify(m)), json.get(m)!);
    for (const e of effects) {
      if (e.kind === 'send') send(sockets.get(e.to), serialize(e.message));
      else if (e.kind === 'broadcast' && e.message.type === 'progress') {
        if (progress === undefined) setImmediate(flushProgress);
        progress = JSON.stringify(e.message);
      } else if (e.kind === 'broadcast') {
        flushProgress();
        const payload = JSON.stringify(e.message);
        for (const c of sockets.values()) send(c, payload);
      } else if (e.kind === 'close') {
        const c = sockets.get(e.to);
        if (c) {
          sockets.delete(e.to);
          c.id = undefined;
          drop(c, e.reason, 4000);
        }
      } else if (e.kind === 'log') o.log(e.entry);
      else o.event(e.text);
    }
    o.changed?.();
  };
  const run = (action: (now: number) => Effect[]): void => apply(action(o.now()));

  const onJoin = (c: Conn, code: string, name: string, token: string | undefined): void => {
    const now = o.now();
    const wait = throttle.waitMs(c.address, now);
    if (wait > 0) return drop(c, `too many wrong codes from your address; try again in ${Math.ceil(wait / 1000)} s`);
    if (!codeMatches(code, o.code)) {
      throttle.failed(c.address, now);
      return drop(c, 'wrong code; check the code the host read out');
    }
    throttle.succeeded(c.address);
    const result = o.session.join(name, token, { id: `p${++nextId}`, token: randomBytes(16).toString('hex') }, now);
    if (!result.ok) return drop(c, result.reason);
    const id = result.player.id;
    const old = sockets.get(id);
    if (old) {
      old.id = undefined;
      drop(old, 'you joined again from another connection', 4001);
    }
    c.id = id;
    c.label = result.player.name;
    sockets.set(id, c);
    apply(result.effects);
  };

  wss.on('connection', (ws: WebSocket, req: IncomingMessage) => {
    const address = req.socket.remoteAddress ?? 'unknown';
    const c: Conn = { ws, address, alive: true, bucket: new RateBucket(o.now()), label: address };
    conns.add(c);
    const joinTimer = setTimeout(() => c.id === undefined && drop(c, 'no join message in time'), o.joinTimeoutMs ?? JOIN_TIMEOUT_MS);
    // An oversized frame or a protocol error arrives here; without a handler it would crash the host.
    ws.on('error', (error: Error & { code?: string }) => {
      const reason = error.code === 'WS_ERR_UNSUPPORTED_MESSAGE_LENGTH' ? `message over ${MAX_MESSAGE_BYTES} bytes` : `protocol error (${error.code ?? error.message})`;
      o.event(`disconnected ${c.label}: ${reason}`);
    });
    ws.on('pong', () => (c.alive = true));
    ws.on('message', (data, isBinary) => {
      if (!c.bucket.take(o.now())) return drop(c, 'too many messages; slow down');
      if (isBinary) return drop(c, 'binary frames are not part of the protocol');
      const parsed = parseClientMessage(data.toString());
      if (!parsed.ok) return drop(c, parsed.reason);
      const m = parsed.message;
      if (m.type === 'join') {
        if (c.id !== undefined) return drop(c, 'already joined');
        clearTimeout(joinTimer);
        return onJoin(c, m.code, m.name, m.token);
      }
      if (c.id === undefined) return drop(c, 'join first');
      const id = c.id;
      run((now) => o.session.answer(id, m.index, m.text, now));
    });
    ws.on('close', () => {
      clearTimeout(joinTimer);
      conns.delete(c);
      if (c.id !== undefined && sockets.get(c.id) === c) {
        sockets.delete(c.id);
        const id = c.id;
        run(() => o.session.leave(id));
      }
    });
  });
  wss.on('error', () => {});

  // Half-open connections: a player that misses a whole heartbeat is cut off.
  const heartbeat = setInterval(() => {
    for (const c of conns) {
      if (!c.alive) {
        o.event(`disconnected ${c.label}: no reply to ping`);
        c.ws.terminate();
        continue;
      }
      c.alive = false;
      c.ws.ping();
    }
  }, o.heartbeatMs ?? HEARTBEAT_MS);
  // The clock: a question whose time is up is revealed.
  const ticker = setInterval(() => run((now) => o.session.tick(now)), 100);

  await new Promise<void>((resolve, reject) => {
    http.once('error', reject);
    http.listen(o.port, o.host, () => resolve());
  });
  http.on('error', () => {});
  const port = (http.address() as AddressInfo).port;
  return {
    port,
    run,
    connected: () => sockets.size,
    close: () =>
      new Promise<void>((resolve) => {
        clearInterval(heartbeat);
        clearInterval(ticker);
        for (const c of conns) c.ws.close(1001, 'the host has stopped');
        const done = setTimeout(() => {
          for (const c of conns) c.ws.terminate();
        }, 500);
        wss.close(() => http.close(() => (clearTimeout(done), resolve())));
        http.closeAllConnections?.();
      }),
  };
}
