import { act } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MockSession } from '../../src/cli/actions/mock-session.js';
import { readMockAttempts } from '../../src/store/mock-attempts.js';
import { buildPlan } from '../../src/core/mock/index.js';
import { MockApp } from '../../src/tui/mock.js';
import { tempDir } from '../helpers/temp-dir.js';
import { tinyDeck } from '../core/mock/fixtures.js';
import { KEY, mount } from './render.js';

const T0 = Date.parse('2026-03-01T09:00:00Z');
afterEach(() => vi.useRealTimers());
/** A header row of the test renderer's 100 columns: title left, clock right. */
const header = (title: string, clock: string): string => `${title.padEnd(100 - clock.length - 1)} ${clock}`;

describe('MockApp', () => {
  it('at zero submits what is typed and shows the report', async () => {
    vi.useFakeTimers();
    const dir = tempDir();
    let t = T0;
    const plan = buildPlan({ decks: [tinyDeck], options: { minutes: 2, questions: 3, mix: 'even', seed: 4 } });
    let session: MockSession | undefined;
    const ui = await mount(<MockApp rows={40} options={{ start: () => (session = new MockSession(plan, dir, { decks: [tinyDeck] }, () => t)) }} />);
    expect(ui.frame().split('\n')[0]).toBe(header('Mock interview · Question 1 of 3', '2:00 left'));
    await ui.press('g', '1', ' ', 'i', 's');
    t = T0 + 61_000;
    await act(async () => void vi.advanceTimersByTime(1000));
    expect(ui.frame().split('\n')[0]).toBe(header('Mock interview · Question 1 of 3', '0:59 left'));
    await ui.press(KEY.tab);
    expect(ui.frame()).toContain('Question 2 of 3');
    t = T0 + 120_000;
    await act(async () => void vi.advanceTimersByTime(1000));
    const frame = ui.frame();
    expect(frame.split('\n').slice(0, 3)).toEqual(['Time is up: your answers were submitted as they stood.', '', 'Mock interview 1 · 2026-03-01 09:00 UTC · 2 min · 3 questions · mix even · seed 4']);
    expect(session!.done).toBe(true);
    const [kept] = readMockAttempts(dir);
    expect(kept!.timedOut).toBe(true);
    expect(kept!.questions.map((q) => [q.answer, q.timeMs])).toEqual([['g1 is', 61_000], ['', 59_000], ['', 0]]);
    ui.unmount();
  });
});
