// Optimizer figures: `drillbit optimize` on 10,000 reviews over 500 cards of a
// simulated learner (scripts/bench/simulated-learner.mjs) — wall time, peak
// RSS, and fitted against default parameters on the held-out newest 20 % of
// that history (log loss and RMSE, as optimize prints them). Skipped where the
// prebuilt optimizer does not exist (not linux-x64).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { simulateHistory } from './simulated-learner.mjs';

export default async function optimizeBench({ root, bin }) {
  if (process.platform !== 'linux' || process.arch !== 'x64') return [{ name: 'optimize 10k reviews', figure: 'skipped (not linux-x64)', budget: '-', ok: true }];
  const { dayKey } = await import(pathToFileURL(join(root, 'dist', 'core', 'scheduling', 'day.js')).href);
  const home = mkdtempSync(join(tmpdir(), 'drillbit-bench-opt-'));
  try {
    writeFileSync(join(home, 'history.jsonl'), `${simulateHistory({ reviews: 10_000, cards: 500, dayOf: (at) => dayKey(at) }).join('\n')}\n`);
    const t0 = process.hrtime.bigint();
    // GNU time's %M is the peak RSS of the child in KiB; without it, RSS is not reported.
    const timed = existsSync('/usr/bin/time');
    const args = [process.execPath, bin, 'optimize'];
    const r = spawnSync(timed ? '/usr/bin/time' : args.shift(), timed ? ['-f', '%M', ...args] : args, { env: { ...process.env, DRILLBIT_HOME: home, DRILLBIT_NOW: '2030-01-01T10:00:00Z' }, encoding: 'utf8' });
    const wallMs = Number(process.hrtime.bigint() - t0) / 1e6;
    if (r.status !== 0) throw new Error(`drillbit optimize exited ${r.status}: ${r.stderr}`);
    const peakMb = timed ? Number(r.stderr.trim().split('\n').pop()) / 1024 : NaN;
    const m = /fitted log loss ([\d.]+), RMSE ([\d.]+); default parameters log loss ([\d.]+), RMSE ([\d.]+)/.exec(r.stdout);
    const [fl, fr, dl, dr] = m ? m.slice(1).map(Number) : [NaN, NaN, NaN, NaN];
    return [
      { name: 'optimize 10k reviews / 500 cards: wall time', figure: `${(wallMs / 1000).toFixed(1)} s`, budget: 'report', ok: true },
      { name: 'optimize 10k reviews / 500 cards: peak RSS', figure: Number.isNaN(peakMb) ? 'n/a (no /usr/bin/time)' : `${peakMb.toFixed(0)} MB`, budget: 'report', ok: true },
      { name: 'optimize held-out tail: log loss fitted vs default', figure: `${fl.toFixed(4)} vs ${dl.toFixed(4)}`, budget: 'fitted lower', ok: fl < dl },
      { name: 'optimize held-out tail: RMSE fitted vs default', figure: `${fr.toFixed(4)} vs ${dr.toFixed(4)}`, budget: 'fitted lower', ok: fr < dr },
    ];
  } finally {
    rmSync(home, { recursive: true, force: true });
  }
}
