#!/usr/bin/env node
// `npm run bench`: the figures DESIGN.md budgets. Wall times are reported as
// ratios against `node -e 0` measured in the same run, so a slow or busy
// machine does not move the verdicts. Each file in scripts/bench/ adds rows.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = join(root, 'bin', 'drillbit.js');

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** Median wall time in ms of a command over `runs` runs (after one warm-up). */
function wall(cmd, args, { runs = 15, input, env } = {}) {
  const times = [];
  for (let i = 0; i <= runs; i++) {
    const t0 = process.hrtime.bigint();
    const r = spawnSync(cmd, args, { input, env: { ...process.env, ...env }, stdio: ['pipe', 'ignore', 'pipe'] });
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    if (r.status !== 0 && !(env && env.BENCH_ALLOW_FAIL)) throw new Error(`${cmd} ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
    if (i > 0) times.push(ms);
  }
  return median(times);
}

const baselineMs = wall(process.execPath, ['-e', '0'], { runs: 21 });
const ctx = {
  root,
  bin,
  baselineMs,
  median,
  wall,
  /** Wall time of `drillbit ...args`, median ms. */
  drillbit: (args, opts) => wall(process.execPath, [bin, ...args], opts),
};

const rows = [];
const dir = join(root, 'scripts', 'bench');
// Bench files are numbered (10-startup.mjs …); other modules there are their helpers.
for (const file of readdirSync(dir).filter((f) => /^\d+-.+\.mjs$/.test(f)).sort()) {
  const mod = await import(pathToFileURL(join(dir, file)).href);
  rows.push(...(await mod.default(ctx)));
}

const pad = (s, n) => String(s).padEnd(n);
console.log(`baseline: node -e 0 = ${baselineMs.toFixed(1)} ms (median of 21)`);
let failed = 0;
for (const r of rows) {
  if (!r.ok) failed++;
  console.log(`${r.ok ? 'ok  ' : 'OVER'} ${pad(r.name, 58)} ${pad(r.figure, 26)} budget ${r.budget}`);
}
console.log(`${rows.length - failed} within budget, ${failed} over`);
process.exitCode = failed ? 1 : 0;
