// Team session, 50 simulated players on loopback, 20 rounds: the question
// broadcast reaching every player (from the host's `next` command) and
// answer → graded acknowledgement, p50 and p95 (budget p95 ≤ 50 ms), and the
// host's peak RSS. The host is the built binary in plain mode.
// Answers come two ways: spread over 2 s as people finish typing (odd rounds;
// the budgeted figure), and all 50 in the same instant (even rounds; reported:
// the host grades one answer at a time, so the last of a burst waits for the
// other 49 gradings).
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import WebSocket from 'ws';

const PLAYERS = 50;
const ROUNDS = 20;
const BUDGET_P95_MS = 50;

const pct = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
};

function waitLine(child, pattern) {
  return new Promise((resolve, reject) => {
    let out = '';
    const on = (d) => {
      out += d;
      const m = pattern.exec(out);
      if (m) (child.stdout.off('data', on), resolve(m));
    };
    child.stdout.on('data', on);
    child.once('exit', (code) => reject(new Error(`host exited ${code}: ${out}`)));
  });
}

export default async function team({ bin }) {
  const home = mkdtempSync(join(tmpdir(), 'drillbit-bench-team-'));
  const host = spawn(process.execPath, [bin, 'team', 'host', '--plain', '--listen', '127.0.0.1:0', '--questions', String(ROUNDS), '--seconds', '600', '--seed', '1'], {
    env: { ...process.env, DRILLBIT_HOME: home },
    stdio: ['pipe', 'pipe', 'ignore'],
  });
  try {
    const [, url, code] = await waitLine(host, /join (\S+) --code (\d+)\n/);
    const waiting = new Map(); // type -> { count, resolve, at, samples }
    const expect = (type, n) => new Promise((resolve) => waiting.set(type, { left: n, resolve }));
    const broadcast = [];
    const acks = { spread: [], burst: [] };
    let mode = 'burst';
    let commandAt = 0;
    const players = await Promise.all(
      Array.from({ length: PLAYERS }, (_, i) => new Promise((resolve, reject) => {
        const ws = new WebSocket(url);
        const p = { ws, sentAt: 0, index: -1 };
        ws.on('error', reject);
        ws.on('open', () => ws.send(JSON.stringify({ v: 1, type: 'join', code, name: `p${i}` })));
        ws.on('message', (data) => {
          const now = performance.now();
          const m = JSON.parse(data.toString());
          if (m.type === 'question') {
            broadcast.push(now - commandAt);
            p.index = m.question.index;
          }
          if (m.type === 'ack') acks[mode].push(now - p.sentAt);
          if (m.type === 'welcome') resolve(p);
          const w = waiting.get(m.type);
          if (w && --w.left === 0) (waiting.delete(m.type), w.resolve());
        });
      })),
    );
    const command = (line) => {
      commandAt = performance.now();
      host.stdin.write(`${line}\n`);
    };
    const answer = 'The task execution role lets the ECS agent pull the image from ECR and send logs to CloudWatch; the task role is what the application code uses to call AWS APIs such as S3.';
    for (let round = 0; round < ROUNDS; round++) {
      const asked = expect('question', PLAYERS);
      command(round === 0 ? 'start' : 'next');
      await asked;
      const acked = expect('ack', PLAYERS);
      mode = round % 2 ? 'spread' : 'burst';
      const send = (p) => {
        p.sentAt = performance.now();
        p.ws.send(JSON.stringify({ v: 1, type: 'answer', index: p.index, text: answer }));
      };
      players.forEach((p, i) => (mode === 'burst' ? send(p) : setTimeout(() => send(p), (i * 2000) / PLAYERS)));
      await acked;
      const revealed = expect('reveal', PLAYERS);
      command('reveal');
      await revealed;
      const boarded = expect('board', PLAYERS);
      command('next');
      await boarded;
    }
    const status = readFileSync(`/proc/${host.pid}/status`, 'utf8');
    const hwmKb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? NaN);
    for (const p of players) p.ws.terminate();
    const row = (name, xs, budgeted = true) => {
      const p50 = pct(xs, 50);
      const p95 = pct(xs, 95);
      return { name: `team, ${PLAYERS} players × ${ROUNDS} rounds: ${name}`, figure: `p50 ${p50.toFixed(1)} ms, p95 ${p95.toFixed(1)} ms`, budget: budgeted ? `p95 ≤ ${BUDGET_P95_MS} ms` : 'reported', ok: !budgeted || p95 <= BUDGET_P95_MS };
    };
    return [
      row('question broadcast', broadcast),
      row('answer → graded ack (answers over 2 s)', acks.spread),
      row('answer → graded ack (50 at once)', acks.burst, false),
      { name: `team, ${PLAYERS} players: host peak RSS`, figure: `${(hwmKb / 1024).toFixed(0)} MB`, budget: 'reported', ok: Number.isFinite(hwmKb) },
    ];
  } finally {
    host.kill();
    await new Promise((r) => (host.exitCode !== null ? r() : host.once('exit', r)));
    rmSync(home, { recursive: true, force: true });
  }
}
