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
function timeToText(pty, bin, home, marks, args) {
  return new Promise((resolve, reject) => {
    const child = pty.spawn(process.execPath, args ?? [bin], {
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

/** ms from a keypress to the redraw, median of `presses`, with a 2,000-character answer in the editor. */
function keypressLatency(pty, bin, home, presses = 15) {
  return new Promise((resolve, reject) => {
    const child = pty.spawn(process.execPath, [bin, 'review'], {
      cols: 80,
      rows: 30,
      env: { ...process.env, CI: 'false', TERM: 'xterm-256color', DRILLBIT_HOME: home, NO_COLOR: '1' },
    });
    let out = '';
    let phase = 'wait';
    let sentAt = 0n;
    const times = [];
    const timer = setTimeout(() => {
      child.kill();
      reject(new Error(`keypress bench stuck in ${phase}; screen so far: ${out.slice(-300)}`));
    }, 60_000);
    const press = () => {
      sentAt = process.hrtime.bigint();
      child.write('x');
    };
    child.onData((data) => {
      out += data;
      if (phase === 'wait' && out.includes('type your answer')) {
        phase = 'fill';
        child.write('execution '.repeat(200));
        setTimeout(() => {
          phase = 'press';
          press();
        }, 1500);
      } else if (phase === 'press' && sentAt) {
        times.push(Number(process.hrtime.bigint() - sentAt) / 1e6);
        sentAt = 0n;
        if (times.length < presses) setTimeout(press, 50);
        else {
          // Ctrl-C asks first (an answer is typed): "y" only once the question is on screen, or it lands in the editor.
          phase = 'quit';
          out = '';
          child.write('\u0003');
        }
      } else if (phase === 'quit' && out.includes('Quit and drop the answer you typed?')) {
        phase = 'done';
        child.write('y');
      }
    });
    // Resolve once the child has exited, so the caller never removes a home it is still writing to.
    child.onExit(() => {
      clearTimeout(timer);
      if (phase === 'done') resolve(times);
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
  const keyHome = mkdtempSync(join(tmpdir(), 'drillbit-bench-keys-'));
  let keys;
  try {
    keys = median(await keypressLatency(pty, bin, keyHome));
  } finally {
    rmSync(keyHome, { recursive: true, force: true });
  }
  // The same spawn path with `node -e` printing one line: what a pty adds on its own.
  const ptyBase = [];
  for (let i = 0; i <= 9; i++) {
    const [ms] = await timeToText(pty, process.execPath, home, ['ready'], ['-e', "console.log('ready'); process.stdin.once('data', () => process.exit(0)); process.stdin.setRawMode(true);"]);
    if (i > 0) ptyBase.push(ms);
  }
  const pb = median(ptyBase);
  const f = median(first);
  const h = median(full);
  return [
    { name: 'TUI first frame (pty, spawn → text on screen)', figure: `${f.toFixed(0)} ms = ${(f / baselineMs).toFixed(2)}×`, budget: '≤ 3× node -e 0', ok: f / baselineMs <= 3 },
    { name: 'TUI first frame vs node printing a line in the same pty', figure: `${pb.toFixed(0)} ms → ${(f / pb).toFixed(2)}×`, budget: '(reported)', ok: true },
    { name: 'TUI home complete (decks loaded and listed)', figure: `${h.toFixed(0)} ms = ${(h / baselineMs).toFixed(2)}×`, budget: '(reported)', ok: true },
    // 50 ms is about where a redraw starts to feel laggy while typing.
    { name: 'TUI keypress → redraw, 2,000-character answer (median)', figure: `${keys.toFixed(1)} ms`, budget: '≤ 50 ms', ok: keys <= 50 },
  ];
}
