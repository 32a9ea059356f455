import { existsSync, readFileSync } from 'node:fs';
import { PassThrough } from 'node:stream';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { Drill } from '../../src/core/deck/schema.js';
import { runPlainDrill } from '../../src/cli/actions/drill-plain.js';
import { LineQueue } from '../../src/cli/actions/drill-lines.js';
import { tempDir } from '../helpers/temp-dir.js';

const LIMIT_MS = 2 * 60_000;
const drill: Drill = {
  id: 'tiny',
  title: 'Tiny',
  minutes: LIMIT_MS / 60_000,
  instructions: 'Answer.',
  sections: [
    { id: 'a', prompt: 'First?', answer: 'one', rubric: { criteria: [{ id: 'one', any: ['one'] }] } },
    { id: 'b', prompt: 'Second?', answer: 'two', rubric: { criteria: [{ id: 'two', any: ['two'] }] } },
  ],
};

/** Turns the event loop (setImmediate is not faked) until `check` holds; fails after 20 s of real time. */
async function until(check: () => boolean, what: string): Promise<void> {
  const end = performance.now() + 20_000;
  while (!check()) {
    if (performance.now() > end) throw new Error(`gave up waiting for ${what}`);
    await new Promise((r) => setImmediate(r));
  }
}

describe('at zero the attempt is submitted as it stands', () => {
  it('grades the half-typed attempt and keeps it as timed out, exactly when the clock runs out', async () => {
    const dir = tempDir('drillbit-expiry-');
    const draft = join(dir, 'drafts', 'tiny.json');
    const input = new PassThrough();
    const written: string[] = [];
    const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      written.push(String(chunk));
      return true;
    });
    // The countdown is a timer on the wall clock: both fake, so the attempt ends when the test says, not when a busy machine gets to it.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    try {
      input.write('one, half typed\n');
      // The stream stays open: only the clock can end this attempt.
      let finished = false;
      const run = runPlainDrill(drill, dir, { lines: new LineQueue(input) }).finally(() => (finished = true));
      await until(() => existsSync(draft) && JSON.parse(readFileSync(draft, 'utf8')).answers.a === 'one, half typed', 'the typed line in the draft');
      vi.advanceTimersByTime(LIMIT_MS - 1);
      for (let i = 0; i < 10; i++) await new Promise((r) => setImmediate(r));
      expect(finished).toBe(false);
      vi.advanceTimersByTime(1);
      await run;
    } finally {
      vi.useRealTimers();
      spy.mockRestore();
    }
    const out = written.join('');
    expect(out).toContain('[2:00 left] 1/2 a');
    expect(out).toContain('Time is up: your attempt is submitted as it stands.');
    expect(out).not.toContain('2/2 b');
    const kept = JSON.parse(readFileSync(join(dir, 'attempts.jsonl'), 'utf8').trim());
    expect(kept).toMatchObject({ drillId: 'tiny', timedOut: true, answers: { a: 'one, half typed' } });
  });
});
