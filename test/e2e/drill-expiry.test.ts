import { readFileSync } from 'node:fs';
import { PassThrough } from 'node:stream';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { Drill } from '../../src/core/deck/schema.js';
import { runPlainDrill } from '../../src/cli/actions/drill-plain.js';
import { LineQueue } from '../../src/cli/actions/drill-lines.js';
import { tempDir } from '../helpers/temp-dir.js';

const drill: Drill = {
  id: 'tiny',
  title: 'Tiny',
  minutes: 0.005, // 300 ms
  instructions: 'Answer.',
  sections: [
    { id: 'a', prompt: 'First?', answer: 'one', rubric: { criteria: [{ id: 'one', any: ['one'] }] } },
    { id: 'b', prompt: 'Second?', answer: 'two', rubric: { criteria: [{ id: 'two', any: ['two'] }] } },
  ],
};

describe('at zero the attempt is submitted as it stands', () => {
  it('grades the half-typed attempt and keeps it as timed out', async () => {
    const dir = tempDir('drillbit-expiry-');
    const input = new PassThrough();
    const written: string[] = [];
    const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      written.push(String(chunk));
      return true;
    });
    try {
      input.write('one, half typed\n');
      // The stream stays open: only the clock can end this attempt.
      await runPlainDrill(drill, dir, { lines: new LineQueue(input) });
    } finally {
      spy.mockRestore();
    }
    const out = written.join('');
    expect(out).toContain('[0:01 left] 1/2 a');
    expect(out).toContain('Time is up: your attempt is submitted as it stands.');
    expect(out).not.toContain('2/2 b');
    const kept = JSON.parse(readFileSync(join(dir, 'attempts.jsonl'), 'utf8').trim());
    expect(kept).toMatchObject({ drillId: 'tiny', timedOut: true, answers: { a: 'one, half typed' } });
  });
});
