import { fileURLToPath } from 'node:url';
/** `drillbit mock` in a real terminal (node-pty): countdown, follow-up, Tab to skip, the scrolling report. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { KEYS, spawnTerm, type Term } from './pty.js';
import { CALC_ANSWER } from './mock-calculation.js';

// The interviews here are pinned question by question: they run on a frozen copy of the bundled deck
// (test/fixtures/mock), so adding cards to decks/ does not reshuffle them. Every process spawned here inherits it.
process.env['DRILLBIT_DECKS'] = fileURLToPath(new URL('../fixtures/mock/managed-containers.yaml', import.meta.url));

const NOW = '2026-11-30T10:00:00Z';
let term: Term | undefined;
const terms: Term[] = [];
/** A terminal closed (and its own folder removed) after the test. */
const open = (...args: Parameters<typeof spawnTerm>): Term => {
  const t = spawnTerm(...args);
  terms.push(t);
  return t;
};
afterEach(async () => {
  // The second terminal of a test shares the first one's folder: close it first.
  await Promise.all(terms.splice(0).reverse().map((t) => t.close()));
  term = undefined;
});

describe('mock TUI', () => {
  it('runs an interview to the report and keeps it', async () => {
    term = open({ args: ['mock', '--seed', '2', '--questions', '3', '--tags', 'iam'], rows: 30, env: { DRILLBIT_NOW: NOW } });
    const first = await term.waitFor('Question 1 of 3');
    expect(first.split('\n')[0]).toBe('Mock interview · Question 1 of 3                                      30:00 left');
    expect(first).toContain('0:00 of ~10:00 for this question · iam');
    expect(first).toContain('"On ECS the task role and the execution role are the same thing." Correct this:');
    // Each key is sent once the text before it is on screen, so Enter arrives as a key of its own.
    term.type('They are two different roles. The task role is what your application code uses to call S3.');
    await term.waitFor('uses to call S3.');
    term.type(KEYS.enter);
    await term.waitFor('And what about the execution role?');
    expect(term.screen()).toContain('Follow-up to question 1 of 3');
    expect(term.screen()).toContain('You said: They are two different roles.');
    term.type('The execution role is used by the agent to pull the image and write logs.');
    await term.waitFor('write logs.');
    term.type(KEYS.enter);
    await term.waitFor('Question 2 of 3');
    term.type('half');
    await term.waitFor('│half');
    term.type(KEYS.tab);
    await term.waitFor('Question 3 of 3');
    term.type('b');
    await term.waitFor('│b');
    term.type(KEYS.enter);
    const back = await term.waitFor('Question 2 of 3 (back after a skip)');
    expect(back).toContain('│half');
    term.type(` no: ${CALC_ANSWER}`);
    await term.waitFor(`half no: ${CALC_ANSWER}`);
    term.type(KEYS.enter);
    const report = await term.waitFor('lines 1–29 of');
    // Long lines wrap at the terminal's width.
    expect(report.split('\n').slice(0, 3)).toEqual([
      'Mock interview 1 · 2026-11-30 10:00 UTC · 30 min · 3 questions · mix even ·',
      'seed 2',
      'Overall: 100% ██████████  3 correct · 0 partial · 0 incorrect',
    ]);
    term.type(KEYS.down);
    await term.waitFor('lines 2–30 of');
    term.type('G');
    // The last page: the status line names the last row.
    const end = await term.waitFor(/lines \d+–(\d+) of \1 ·/);
    expect(end.split('\n').slice(-4, -1)).toEqual(['Cards to study: none', 'Retake this interview: drillbit mock --minutes 30 --questions 3 --tags iam', '--seed 2']);
    term.type('q');
    expect(await term.exited()).toBe(0);
    const kept = JSON.parse(readFileSync(join(term.home, 'mock', 'attempts.jsonl'), 'utf8'));
    expect(kept.questions.map((q: { answer: string }) => q.answer)).toEqual([
      'They are two different roles. The task role is what your application code uses to call S3.',
      `half no: ${CALC_ANSWER}`,
      'b',
    ]);
  }, 60_000);

  it('Esc leaves with the interview saved; the next run offers it back', async () => {
    term = open({ args: ['mock', '--seed', '2', '--questions', '3', '--tags', 'iam'], env: { DRILLBIT_NOW: NOW } });
    await term.waitFor('Question 1 of 3');
    term.type('a start');
    await term.waitFor('│a start');
    term.type(KEYS.escape);
    expect(await term.exited()).toBe(0);
    const home = term.home;
    expect(JSON.parse(readFileSync(join(home, 'mock', 'draft.json'), 'utf8')).progress.answers).toEqual({ q1: 'a start' });
    term = open({ args: ['mock'], home, env: { DRILLBIT_NOW: NOW } });
    await term.waitFor('An interview was saved with 3 questions (3 to go).');
    term.type('y');
    const resumed = await term.waitFor('Question 1 of 3');
    expect(resumed).toContain('│a start');
    term.type(KEYS.escape);
    expect(await term.exited()).toBe(0);
  }, 60_000);
});
