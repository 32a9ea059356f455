// TUI first frame: time from spawning `drillbit` in a pseudo-terminal (as a
// person at a terminal would start it) until the first frame's text is on the
// screen, and until the home screen's deck list is complete. Budget: the first
// frame ≤ 3 × `node -e 0` (DESIGN.md).
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const require = createRequire(import.meta.url);

/** ms from spawn until each of `marks` has appeared in the output (in order). */
function timeToText(pty, bin, home, marks) {
  return new Promise((resolve, reject) => {
    const child = pty.spawn(process.execPath, [bin], {
      cols: 80,
      rows: 24,
      env: { ...process.env, CI: 'false', TERM: 'xterm-256color', DRILLBIT_HOME: home, NO_COLOR: '1' },
    });
    const t0 = process.hrtime.bigint();
    const seen = [];
    let out = '';
    let done = false;
    const timer = setTimeout(() => {
      child.kill();
      reject(new Error(`no "${marks[seen.length]}" within 20 s; screen so far: ${out.slice(-400)}`));
    }, 20_000);
    child.onData((data) => {
      out += data;
      while (seen.length < marks.length && out.includes(marks[seen.length])) seen.push(Number(process.hrtime.bigint() - t0) / 1e6);
      if (seen.length === marks.length && !done) {
        done = true;
        child.write('q');
      }
    });
    child.onExit(() => {
      clearTimeout(timer);
      if (seen.length === marks.length) resolve(seen);
    });
  });
}

export default async function tui({ bin, baselineMs, median }) {
  const pty = require('node-pty');
  const home = mkdtempSync(join(tmpdir(), 'drillbit-bench-tui-'));
  const first = [];
  const full = [];
  try {
    for (let i = 0; i <= 9; i++) {
      const [a, b] = await timeToText(pty, bin, home, ['drills that grade', 'Quit']);
      if (i === 0) continue; // warm-up
      first.push(a);
      full.push(b);
    }
  } finally {
    rmSync(home, { recursive: true, force: true });
  }
  const f = median(first);
  const h = median(full);
  return [
    { name: 'TUI first frame (pty, spawn → text on screen)', figure: `${f.toFixed(0)} ms = ${(f / baselineMs).toFixed(2)}×`, budget: '≤ 3× node -e 0', ok: f / baselineMs <= 3 },
    { name: 'TUI home complete (decks loaded and listed)', figure: `${h.toFixed(0)} ms = ${(h / baselineMs).toFixed(2)}×`, budget: '(reported)', ok: true },
  ];
}
