/**
 * The host's socket edge, in process over loopback: every limit is crossed by
 * one client, which is disconnected with a reason, while another player goes
 * on answering.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import WebSocket from 'ws';
import { afterEach, describe, expect, it } from 'vitest';
import { JOIN_FAILURES_ALLOWED, MAX_MESSAGE_BYTES, RATE_BURST } from '../../src/core/team/limits.js';
import type { HostMessage } from '../../src/core/team/protocol.js';
import { TeamSession } from '../../src/core/team/session.js';
import { startHostServer, type HostServer } from '../../src/cli/team/host-server.js';
import { loadTls } from '../../src/cli/team/host-control.js';
import { numericQuestions } from '../core/team/fixtures.js';
import { tempDir } from '../helpers/temp-dir.js';

const CODE = '246810';
let server: HostServer | undefined;
const clients: WebSocket[] = [];
afterEach(async () => {
  for (const c of clients.splice(0)) c.terminate();
  await server?.close();
  server = undefined;
});

interface Client {
  ws: WebSocket;
  messages: HostMessage[];
  next(type: HostMessage['type']): Promise<HostMessage>;
  closed: Promise<{ code: number; bye?: string }>;
  send(value: unknown): void;
}

async function client(port: number, options: WebSocket.ClientOptions = {}): Promise<Client> {
  const ws = new WebSocket(`ws://127.0.0.1:${port}`, options);
  clients.push(ws);
  const messages: HostMessage[] = [];
  const waiting: { type: string; resolve: (m: HostMessage) => void }[] = [];
  let seen = 0;
  ws.on('message', (d) => {
    const m = JSON.parse(d.toString()) as HostMessage;
    messages.push(m);
    for (const w of [...waiting]) if (w.type === m.type) (waiting.splice(waiting.indexOf(w), 1), w.resolve(m));
  });
  ws.on('error', () => {});
  const closed = new Promise<{ code: number; bye?: string }>((resolve) =>
    ws.on('close', (code) => {
      const bye = messages.find((m) => m.type === 'bye');
      resolve({ code, ...(bye && bye.type === 'bye' ? { bye: bye.reason } : {}) });
    }),
  );
  await new Promise((r) => ws.on('open', r));
  return {
    ws,
    messages,
    closed,
    send: (v) => ws.send(typeof v === 'string' ? v : JSON.stringify(v)),
    next(type) {
      const found = messages.slice(seen).find((m) => m.type === type);
      if (found) return Promise.resolve(((seen = messages.indexOf(found) + 1), found));
      return new Promise((resolve) => waiting.push({ type, resolve: (m) => ((seen = messages.indexOf(m) + 1), resolve(m)) }));
    },
  };
}

async function setup(o: { joinTimeoutMs?: number; heartbeatMs?: number } = {}) {
  let clock = 0;
  const events: string[] = [];
  const session = new TeamSession({ questions: numericQuestions(2), limitMs: 60_000, lateJoin: true });
  server = await startHostServer({ host: '127.0.0.1', port: 0, code: CODE, session, now: () => clock, log: () => {}, event: (t) => events.push(t), ...o });
  const join = async (name: string, opts?: WebSocket.ClientOptions) => {
    const c = await client(server!.port, opts);
    c.send({ v: 1, type: 'join', code: CODE, name });
    await c.next('welcome');
    return c;
  };
  return { session, events, join, port: server.port, setClock: (ms: number) => (clock = ms), start: () => server!.run((now) => session.start(now)) };
}

/** Resolves once `cond` holds (checked every few ms; the test's timeout bounds it). */
async function until(cond: () => boolean): Promise<void> {
  while (!cond()) await new Promise((r) => setTimeout(r, 5));
}

/** A good player answers question 1 after the bad client is gone: the host carried on. */
async function stillServes(good: Client): Promise<void> {
  good.send({ v: 1, type: 'answer', index: 0, text: '2' });
  expect(await good.next('ack')).toEqual({ v: 1, type: 'ack', index: 0, accepted: true });
}

describe('team host server', () => {
  it(`a frame over ${MAX_MESSAGE_BYTES} bytes closes that socket with 1009; the others carry on`, async () => {
    const t = await setup();
    const good = await t.join('ana');
    const bad = await t.join('bad');
    t.start();
    await good.next('question');
    bad.send({ v: 1, type: 'answer', index: 0, text: 'x'.repeat(MAX_MESSAGE_BYTES) });
    expect((await bad.closed).code).toBe(1009);
    expect(t.events).toContain(`disconnected bad: message over ${MAX_MESSAGE_BYTES} bytes`);
    await stillServes(good);
  });

  it(`more than ${RATE_BURST} messages at once is a flood: disconnected with a reason`, async () => {
    const t = await setup();
    const good = await t.join('ana');
    const bad = await t.join('flood');
    t.start();
    for (let i = 0; i <= RATE_BURST; i++) bad.send({ v: 1, type: 'answer', index: 5, text: 'x' });
    expect(await bad.closed).toEqual({ code: 1008, bye: 'too many messages; slow down' });
    expect(bad.messages.filter((m) => m.type === 'ack')).toHaveLength(RATE_BURST - 1);
    await stillServes(good);
  });

  it('unknown type, binary frame, answer before join, second join: each disconnected with its reason', async () => {
    const t = await setup();
    const good = await t.join('ana');
    t.start();
    const cases: [unknown, string][] = [
      [{ v: 1, type: 'shout', text: 'hi' }, 'unknown message type "shout"'],
      [{ v: 1, type: 'answer', index: 0, text: 'x' }, 'join first'],
    ];
    for (const [frame, reason] of cases) {
      const c = await client(t.port);
      c.send(frame);
      expect(await c.closed).toEqual({ code: 1008, bye: reason });
    }
    const binary = await client(t.port);
    binary.ws.send(Buffer.from([1, 2, 3]));
    expect(await binary.closed).toEqual({ code: 1008, bye: 'binary frames are not part of the protocol' });
    const twice = await t.join('twice');
    twice.send({ v: 1, type: 'join', code: CODE, name: 'again' });
    expect(await twice.closed).toEqual({ code: 1008, bye: 'already joined' });
    await stillServes(good);
  });

  it('a socket that never joins is closed after the join timeout', async () => {
    const t = await setup({ joinTimeoutMs: 50 });
    const silent = await client(t.port);
    expect(await silent.closed).toEqual({ code: 1008, bye: 'no join message in time' });
  });

  it('a half-open player (no pong) is cut off by the heartbeat and counted as away', async () => {
    const t = await setup({ heartbeatMs: 40 });
    const good = await t.join('ana');
    const dead = await t.join('ghost', { autoPong: false });
    expect((await dead.closed).code).toBe(1006);
    expect(t.events).toContain('disconnected ghost: no reply to ping');
    await until(() => t.events.includes('left ghost'));
    expect(t.session.players.find((p) => p.name === 'ghost')!.connected).toBe(false);
    expect(good.ws.readyState).toBe(WebSocket.OPEN);
  });

  it(`after ${JOIN_FAILURES_ALLOWED} wrong codes an address must wait, even with the right code; the wait ends`, async () => {
    const t = await setup();
    for (let i = 0; i < JOIN_FAILURES_ALLOWED; i++) {
      const c = await client(t.port);
      c.send({ v: 1, type: 'join', code: '000000', name: 'eve' });
      expect(await c.closed).toEqual({ code: 1008, bye: 'wrong code; check the code the host read out' });
    }
    const right = await client(t.port);
    right.send({ v: 1, type: 'join', code: CODE, name: 'eve' });
    expect(await right.closed).toEqual({ code: 1008, bye: 'too many wrong codes from your address; try again in 2 s' });
    t.setClock(2_000);
    await t.join('eve');
  });

  it('serves wss:// with --cert/--key; a client that trusts the certificate joins', async () => {
    const dir = tempDir();
    const made = spawnSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=localhost', '-addext', 'subjectAltName=IP:127.0.0.1', '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem')], { encoding: 'utf8' });
    expect(made.status).toBe(0);
    const tls = loadTls(join(dir, 'cert.pem'), join(dir, 'key.pem'))!;
    const session = new TeamSession({ questions: numericQuestions(1), limitMs: 60_000, lateJoin: false });
    server = await startHostServer({ host: '127.0.0.1', port: 0, code: CODE, session, tls, now: () => 0, log: () => {}, event: () => {} });
    const ws = new WebSocket(`wss://127.0.0.1:${server.port}`, { ca: tls.cert });
    clients.push(ws);
    const welcome = await new Promise<HostMessage>((resolve, reject) => {
      ws.on('error', reject);
      ws.on('open', () => ws.send(JSON.stringify({ v: 1, type: 'join', code: CODE, name: 'ana' })));
      ws.on('message', (d) => resolve(JSON.parse(d.toString()) as HostMessage));
    });
    expect(welcome).toMatchObject({ type: 'welcome', name: 'ana' });
  });

  it('a locked lobby refuses a join; a plain HTTP request is told to use drillbit team join', async () => {
    const t = await setup();
    server!.run(() => t.session.setLocked(true));
    const c = await client(t.port);
    c.send({ v: 1, type: 'join', code: CODE, name: 'late' });
    expect(await c.closed).toEqual({ code: 1008, bye: 'the lobby is locked' });
    const res = await fetch(`http://127.0.0.1:${t.port}/`);
    expect([res.status, await res.text()]).toEqual([426, 'drillbit team host: connect with "drillbit team join"\n']);
  });
});
