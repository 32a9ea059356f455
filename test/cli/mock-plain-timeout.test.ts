/** The plain interview loop with an injected clock: time-out submits what is there, no sleeping. */
import { PassThrough } from 'node:stream';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LineQueue } from '../../src/cli/actions/drill-lines.js';
import { runPlainInterview } from '../../src/cli/actions/mock-plain.js';
import { MockSession } from '../../src/cli/actions/mock-session.js';
import { buildPlan } from '../../src/core/mock/index.js';
import { tempDir } from '../helpers/temp-dir.js';
import { tinyDeck } from '../core/mock/fixtures.js';

const T0 = Date.parse('2026-03-01T09:00:00Z');

describe('plain mock at zero', () => {
  it('submits the answers as they stand, the line in progress included', async () => {
    const dir = tempDir();
    let t = T0;
    const plan = buildPlan({ decks: [tinyDeck], options: { minutes: 2, questions: 3, mix: 'even', seed: 4 } });
    const session = new MockSession(plan, dir, { decks: [tinyDeck] }, () => t);
    const input = new PassThrough();
    const lines = new LineQueue(input);
    let out = '';
    const done = runPlainInterview(session, lines, (s) => void (out += s));
    const shown = async (text: string): Promise<void> => {
      while (!out.includes(text)) await new Promise((r) => setImmediate(r));
    };
    await shown('Question 1 of 3');
    t = T0 + 30_000;
    input.write('first answer\n\n');
    await shown('Question 2 of 3');
    t = T0 + 60_000;
    input.write('second, part one\n');
    while (!session.text()) await new Promise((r) => setImmediate(r));
    // The clock passes zero while the second answer is being written.
    t = T0 + 3 * 60_000;
    input.write('second, part two\n');
    const attempt = await done;
    lines.close();
    expect(out).toContain('[2:00 left · 0:00 of ~0:40 on this one] Question 1 of 3');
    expect(out).toContain('[1:30 left · 0:00 of ~0:40 on this one] Question 2 of 3');
    expect(out).toContain('\nTime is up: your answers are submitted as they stand.\n');
    expect(attempt!.timedOut).toBe(true);
    expect(attempt!.questions.map((q) => [q.answer, q.timeMs])).toEqual([
      ['first answer', 30_000],
      ['second, part one\nsecond, part two', 150_000],
      ['', 0],
    ]);
    const kept = readFileSync(join(dir, 'mock', 'attempts.jsonl'), 'utf8').trim().split('\n');
    expect(kept).toHaveLength(1);
    expect(JSON.parse(kept[0]!).id).toBe('1');
  });
});
