// Store figures (DESIGN.md budgets): record one review at 10k cards with 100
// and with 200k past reviews (≤ 5 ms median, ratio ≤ 1.5), state load time,
// and peak RSS of a plain review session over a 10k-card collection (≤ 150 MB).
import { spawnSync } from 'node:child_process';
import { closeSync, fdatasyncSync, mkdtempSync, openSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const CARDS = 10_000;
const DAY = 86_400_000;
const RATINGS = ['again', 'hard', 'good', 'good', 'good', 'easy'];

function deck() {
  const cards = Array.from({ length: CARDS }, (_, i) => ({ id: `c${i}`, kind: 'text', prompt: `Question ${i}: what does service ${i} do?`, answer: `Service ${i} answers requests` }));
  return { id: 'bench', title: 'Bench', cards };
}

function deckYaml() {
  const lines = ['id: bench', 'title: Bench', 'cards:'];
  for (let i = 0; i < CARDS; i++) lines.push(`  - id: c${i}`, '    kind: text', `    prompt: "Question ${i}: what does service ${i} do?"`, `    answer: Service ${i} answers requests`);
  return `${lines.join('\n')}\n`;
}

/** A history of `n` reviews spread over a year, cycling through the cards. */
function history(n, start) {
  const out = [];
  for (let i = 0; i < n; i++) {
    const at = new Date(start + Math.floor((i * 365 * DAY) / Math.max(n, 1)));
    const rating = RATINGS[(i * 7) % RATINGS.length];
    out.push(JSON.stringify({ v: 1, type: 'review', id: `b${i}`, key: `bench/c${i % CARDS}`, at: at.toISOString(), day: at.toISOString().slice(0, 10), answer: `Service ${i % CARDS} answers requests`, score: 1, verdict: 'correct', suggested: rating, rating, overridden: false, elapsedMs: 5000 + (i % 13) * 100, hash: 'bench', retention: 0.9 }));
  }
  return out.length ? `${out.join('\n')}\n` : '';
}

/** Median cost of write + fdatasync of one line: the floor under "record one review". */
function fsyncFloor(dir, median) {
  const fd = openSync(join(dir, 'fsync-probe'), 'a');
  const times = [];
  for (let i = 0; i < 100; i++) {
    const t = performance.now();
    writeSync(fd, `${'x'.repeat(300)}\n`);
    fdatasyncSync(fd);
    times.push(performance.now() - t);
  }
  closeSync(fd);
  return median(times);
}

export default async function store({ root, bin, median }) {
  const { openCollection } = await import(pathToFileURL(join(root, 'dist', 'store', 'open-collection.js')).href);
  const decks = [deck()];
  const start = Date.UTC(2025, 0, 1);
  const now = new Date(start + 366 * DAY);
  const tmp = mkdtempSync(join(tmpdir(), 'drillbit-bench-'));
  const rows = [];
  /** Builds a data dir with `pastReviews` generated reviews; returns it with the load figures. */
  const prepare = (pastReviews) => {
    const dir = join(tmp, `h${pastReviews}`);
    openCollection({ dir, decks, now, write: true }).close();
    writeFileSync(join(dir, 'history.jsonl'), history(pastReviews, start));
    rmSync(join(dir, 'state.json'), { force: true });
    const t0 = performance.now();
    openCollection({ dir, decks, now, write: true }).close(); // replays the history, writes the checkpoint
    const rebuildMs = performance.now() - t0;
    const loads = [];
    for (let i = 0; i < 5; i++) {
      const t = performance.now();
      openCollection({ dir, decks, now, write: false });
      loads.push(performance.now() - t);
    }
    return { dir, rebuildMs, load: median(loads), times: [] };
  };
  const small = prepare(100);
  const big = prepare(200_000);
  // Interleave the two collections so machine load drifts hit both alike.
  const open = [small, big].map((x) => ({ x, c: openCollection({ dir: x.dir, decks, now, write: true }) }));
  for (let i = 0; i < 300; i++) {
    for (const { x, c } of open) {
      const key = `bench/c${(i * 37) % CARDS}`;
      const t = performance.now();
      c.record({ key, at: new Date(now.getTime() + i * 1000), answer: 'an answer', score: 1, verdict: 'correct', suggested: 'good', rating: 'good', elapsedMs: 4000 });
      x.times.push(performance.now() - t);
    }
  }
  for (const { c } of open) c.close();
  small.record = median(small.times);
  big.record = median(big.times);
  const ratio = big.record / small.record;
  rows.push(
    { name: 'fdatasync of one appended line on this disk (median, floor)', figure: `${fsyncFloor(tmp, median).toFixed(2)} ms`, budget: 'report', ok: true },
    { name: 'record one review, 10k cards, 100 past reviews (median)', figure: `${small.record.toFixed(2)} ms`, budget: '≤ 5 ms', ok: small.record <= 5 },
    { name: 'record one review, 10k cards, 200k past reviews (median)', figure: `${big.record.toFixed(2)} ms`, budget: '≤ 5 ms', ok: big.record <= 5 },
    { name: 'record one review: 200k / 100 past reviews', figure: `${ratio.toFixed(2)}×`, budget: '≤ 1.5×', ok: ratio <= 1.5 },
    { name: 'state load, 10k cards, 200k past reviews (median)', figure: `${big.load.toFixed(1)} ms`, budget: 'report', ok: true },
    { name: 'state rebuild from 200k-review history (once)', figure: `${big.rebuildMs.toFixed(0)} ms`, budget: 'report', ok: true },
  );

  // Peak RSS of the store alone: open the 10k-card, 200k-review collection, queue, record 40 reviews, close.
  const storeScript = join(tmp, 'store-rss.mjs');
  writeFileSync(
    storeScript,
    `const { openCollection } = await import(${JSON.stringify(pathToFileURL(join(root, 'dist', 'store', 'open-collection.js')).href)});
const cards = Array.from({ length: ${CARDS} }, (_, i) => ({ id: 'c' + i, kind: 'text', prompt: 'Question ' + i, answer: 'Service ' + i + ' answers requests' }));
const now = new Date(${now.getTime() + DAY});
const c = openCollection({ dir: ${JSON.stringify(big.dir)}, decks: [{ id: 'bench', title: 'Bench', cards }], now, write: true });
const q = c.queue(now);
for (const e of q.slice(0, 40)) c.record({ key: e.key, at: now, answer: 'x', score: 1, verdict: 'correct', suggested: 'good', rating: 'good', elapsedMs: 3000 });
c.close();
console.log(process.resourceUsage().maxRSS);
`,
  );
  const storeRss = Number(spawnSync(process.execPath, [storeScript], { encoding: 'utf8' }).stdout.trim()) / 1024;
  rows.push({ name: 'peak RSS, store only: 10k cards, 200k reviews, 40 recorded', figure: `${storeRss.toFixed(0)} MB`, budget: '≤ 150 MB', ok: storeRss <= 150 });

  // Peak RSS of the built binary's plain review over the 200k-review, 10k-card collection.
  const deckFile = join(tmp, 'bench.yaml');
  writeFileSync(deckFile, deckYaml());
  const preload = join(tmp, 'rss.cjs');
  writeFileSync(preload, "process.on('exit', () => require('fs').writeSync(2, `maxrss=${process.resourceUsage().maxRSS}\\n`));\n");
  const input = 'Service 1 answers requests\n\n\n'.repeat(40);
  const r = spawnSync(process.execPath, ['-r', preload, bin, 'review', '--plain'], { input, encoding: 'utf8', env: { ...process.env, DRILLBIT_HOME: big.dir, DRILLBIT_DECKS: deckFile } });
  const kb = Number(/maxrss=(\d+)/.exec(r.stderr)?.[1] ?? NaN);
  const saved = (r.stdout.match(/^saved /gm) ?? []).length;
  const mb = kb / 1024;
  rows.push({ name: `peak RSS, drillbit review --plain (${saved} cards), 10k-card YAML deck`, figure: `${mb.toFixed(0)} MB`, budget: '≤ 150 MB', ok: r.status === 0 && saved > 0 && mb <= 150 });
  // stats at 200k reviews with no fresh checkpoint (a writer's state.json gone or far behind):
  // the first run replays and leaves a read cache, later runs start from it.
  rmSync(join(big.dir, 'state.json'), { force: true });
  rmSync(join(big.dir, 'read-cache.json'), { force: true });
  const statsRun = () => {
    const t = performance.now();
    const s = spawnSync(process.execPath, ['-r', preload, bin, 'stats', '--json'], { encoding: 'utf8', env: { ...process.env, DRILLBIT_HOME: big.dir, DRILLBIT_DECKS: deckFile } });
    return { ms: performance.now() - t, mb: Number(/maxrss=(\d+)/.exec(s.stderr)?.[1] ?? NaN) / 1024, ok: s.status === 0 };
  };
  const cold = statsRun();
  const warm = [statsRun(), statsRun(), statsRun()];
  const warmMs = median(warm.map((w) => w.ms));
  const warmMb = Math.max(...warm.map((w) => w.mb));
  rows.push(
    { name: 'drillbit stats, 200k reviews, no checkpoint: first run (replays, writes the read cache)', figure: `${cold.ms.toFixed(0)} ms, ${cold.mb.toFixed(0)} MB`, budget: 'report', ok: cold.ok },
    { name: 'drillbit stats, 200k reviews, no checkpoint: later runs (median wall, peak RSS)', figure: `${warmMs.toFixed(0)} ms, ${warmMb.toFixed(0)} MB`, budget: '≤ 1 s, ≤ 150 MB', ok: warm.every((w) => w.ok) && warmMs <= 1000 && warmMb <= 150 },
  );
  // For attribution: the same deck loaded by `drillbit lint` alone (no store).
  const lint = spawnSync(process.execPath, ['-r', preload, bin, 'lint', deckFile], { encoding: 'utf8' });
  const lintMb = Number(/maxrss=(\d+)/.exec(lint.stderr)?.[1] ?? NaN) / 1024;
  rows.push({ name: 'peak RSS, drillbit lint of the same 10k-card deck (no store)', figure: `${lintMb.toFixed(0)} MB`, budget: 'report', ok: true });
  rmSync(tmp, { recursive: true, force: true });
  return rows;
}
