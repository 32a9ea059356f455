/**
 * The built binary in a real pseudo-terminal (CI=false): a review from home to
 * the history file, rating overrides, undo, Ctrl-C mid-answer, 40 columns,
 * and the fall-backs when there is no terminal or something is wrong.
 */
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { runCli, ROOT } from '../helpers/run-cli.js';
import { KEYS, spawnTerm, type Term } from './pty.js';
import { fileTempDir, tempDir } from '../helpers/temp-dir.js';

let decks: string;
const terms: Term[] = [];
const open = (options: Parameters<typeof spawnTerm>[0] = {}): Term => {
  const term = spawnTerm({ ...options, env: { DRILLBIT_DECKS: decks, ...options.env } });
  terms.push(term);
  return term;
};

beforeAll(() => {
  const dir = fileTempDir('drillbit-tui-decks-');
  decks = join(dir, 'deck.yaml');
  writeFileSync(
    decks,
    [
      'id: t',
      'title: Test deck',
      'cards:',
      '  - id: grace',
      '    kind: text',
      '    prompt: How long does Cloud Run wait after SIGTERM?',
      '    answer: Ten seconds, then SIGKILL.',
      '  - id: reserved',
      '    kind: text',
      '    prompt: How many addresses does AWS reserve in each subnet?',
      '    answer: Five addresses in each subnet.',
      '',
    ].join('\n'),
  );
});

afterEach(async () => {
  await Promise.all(terms.splice(0).map((t) => t.close()));
});

interface HistoryLine {
  type: string;
  key?: string;
  rating?: string;
  suggested?: string;
  overridden?: boolean;
  answer?: string;
}
const history = (home: string): HistoryLine[] => {
  const file = join(home, 'history.jsonl');
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as HistoryLine);
};
const reviews = (home: string) => history(home).filter((h) => h.type === 'review');

async function answerFirstCard(term: Term, answer: string): Promise<void> {
  await term.waitFor('› Test deck');
  term.type(KEYS.enter);
  await term.waitFor('type your answer');
  term.type(answer);
  await term.waitFor(answer.slice(0, 20));
  term.type(KEYS.enter);
  await term.waitFor('Model answer');
}

describe('TUI in a pseudo-terminal', () => {
  it('reviews one card from home to saved, then quits', async () => {
    const term = open();
    await answerFirstCard(term, 'Ten seconds, then SIGKILL.');
    const feedback = term.screen();
    expect(feedback).toContain('✓ correct');
    expect(feedback).toMatch(/1 Again \S+ {2}2 Hard \S+ {2}3 Good \S+ {2}4 Easy \S+/);
    term.type(KEYS.enter);
    await term.waitFor('Review 1/');
    expect(reviews(term.home)).toEqual([expect.objectContaining({ key: 't/grace', answer: 'Ten seconds, then SIGKILL.', overridden: false })]);
    term.type(KEYS.escape);
    await term.waitFor('Session done');
    expect(term.screen()).toContain('1 card in');
    term.type(KEYS.enter);
    await term.waitFor('› Test deck');
    term.type('q');
    expect(await term.exited()).toBe(0);
  });

  it('1–4 override the suggested rating and the override is logged', async () => {
    const term = open();
    await answerFirstCard(term, 'no idea');
    expect(term.screen()).toContain('Enter: Again (suggested)');
    term.type('3');
    await term.waitFor('Review 1/');
    expect(reviews(term.home)).toEqual([expect.objectContaining({ key: 't/grace', suggested: 'again', rating: 'good', overridden: true })]);
  });

  it('u undoes the last review and shows its answer again', async () => {
    const term = open();
    await answerFirstCard(term, 'Ten seconds');
    term.type('4');
    await term.waitFor('Review 1/');
    term.type('Five');
    await term.waitFor('│Five');
    term.type(KEYS.enter);
    await term.waitFor('Model answer');
    // From feedback, undo would drop the graded 'Five': it asks first.
    term.type('u');
    await term.waitFor('dropping this answer? y undo');
    term.type('y');
    await term.waitFor('│Ten seconds');
    expect(term.screen()).toContain('Review 0/');
    expect(history(term.home).map((h) => h.type)).toEqual(['review', 'undo']);
  });

  it('u right after an override undoes from the next card\'s empty answer box', async () => {
    const term = open();
    await answerFirstCard(term, 'Ten seconds');
    term.type('4');
    await term.waitFor('u undo the last rating');
    term.type('u');
    await term.waitFor('│Ten seconds');
    expect(term.screen()).toContain('Review 0/');
    expect(history(term.home).map((h) => h.type)).toEqual(['review', 'undo']);
  });

  it('Ctrl-C on the feedback screen asks before leaving the graded answer unsaved', async () => {
    const term = open();
    await answerFirstCard(term, 'Ten seconds');
    term.type(KEYS.ctrlC);
    await term.waitFor('Quit without saving the graded answer? y quit · n back to it');
    term.type('y');
    expect(await term.exited()).toBe(0);
    expect(reviews(term.home)).toEqual([]);
  });

  it('Ctrl-C mid-answer asks before dropping it; answered cards are kept', async () => {
    const term = open();
    await answerFirstCard(term, 'Ten seconds');
    term.type(KEYS.enter);
    await term.waitFor('Review 1/');
    term.type('half an answer');
    await term.waitFor('│half an answer');
    term.type(KEYS.ctrlC);
    await term.waitFor('Quit and drop the answer you typed? y quit · n keep typing');
    term.type('n');
    await term.waitFor(/^(?![\s\S]*Quit and drop)[\s\S]*│half an answer/);
    term.type(KEYS.ctrlC);
    await term.waitFor('Quit and drop');
    term.type('y');
    expect(await term.exited()).toBe(0);
    expect(reviews(term.home).map((r) => r.key)).toEqual(['t/grace']);
    // The writer lock is released: a new session can start.
    const again = open({ home: term.home });
    await again.waitFor('› Test deck');
  });

  it('Ctrl-C with nothing typed leaves at once', async () => {
    const term = open();
    await term.waitFor('› Test deck');
    term.type(KEYS.ctrlC);
    expect(await term.exited()).toBe(0);
  });

  it('lays out in 40 columns and follows a resize', async () => {
    const term = open({ cols: 40, rows: 30 });
    const home = await term.waitFor('› Test deck');
    // A row the terminal had to wrap onto means drillbit wrote past column 40.
    expect(term.wrappedRows()).toEqual([]);
    expect(home).toContain('  Decks                    due  new  all');
    term.type(KEYS.enter);
    await term.waitFor('type your answer');
    term.type('a long answer that certainly needs more than one row at forty columns');
    const review = await term.waitFor('forty');
    expect(review).toContain('│a long answer that certainly needs    │\n│more than one row at forty columns    │');
    expect(term.wrappedRows()).toEqual([]);
    term.resize(60, 30);
    const wide = await term.waitFor('│a long answer that certainly needs more than one row at   │');
    expect(wide).toContain('│forty columns                                             │');
  });

  it('at 40×12 the feedback keeps the verdict, score and whole ratings on screen, with no stray indents', async () => {
    const term = open({ cols: 40, rows: 12 });
    await answerFirstCard(term, 'Ten seconds then it gets SIGKILL sent by the runtime');
    const screen = term.screen();
    const lines = screen.split('\n');
    expect(lines).toContain('✓ correct ████████████████████  99%');
    // The ratings wrap between ratings, never inside one.
    // (Intervals and the suggestion belong to the scheduler and grader; the layout is what is tested.)
    expect(lines.filter((l) => /^1 Again \d+[mhd]  2 Hard \d+[mhd]  3 Good \d+[mhd]$/.test(l))).toHaveLength(1);
    expect(lines.filter((l) => /^4 Easy \d+[mhd]$/.test(l))).toHaveLength(1);
    expect(lines.filter((l) => /^Enter: (Good|Easy) \(suggested\) · 1–4 override$/.test(l))).toHaveLength(1);
    expect(lines.at(-1)).toBe('? help');
    // The first card of the session: nothing to undo yet.
    expect(screen).not.toContain('u undo');
    expect(lines.filter((l) => l.startsWith(' '))).toEqual([]);
    expect(term.wrappedRows()).toEqual([]);
  });

  it('? shows the keys of the screen', async () => {
    const term = open();
    await term.waitFor('› Test deck');
    term.type('?');
    await term.waitFor('Keys');
    expect(term.screen()).toContain('j/k');
    term.type('x');
    await term.waitFor('› Test deck');
  });

  it('a deck with lint errors is skipped with a notice on home, not a stack trace or a dead end', async () => {
    const term = open({ env: { DRILLBIT_DECKS: join(ROOT, 'test/fixtures/broken/deck-errors.yaml') } });
    const screen = await term.waitFor(/skipped deck .*deck-errors\.yaml:\d+:\d+: /);
    expect(screen).not.toContain('drillbit cannot go on');
    expect(screen).toContain('drillbit lint');
    expect(term.raw()).not.toMatch(/\n\s+at /);
    term.type('q');
    expect(await term.exited()).toBe(0);
  });

  it('a second running instance is told so on screen', async () => {
    const first = open();
    await first.waitFor('› Test deck');
    const second = open({ home: first.home });
    const screen = await second.waitFor('Press any key to leave.');
    expect(screen).toContain('drillbit cannot go on');
    expect(screen.toLowerCase()).toMatch(/another|already|in use|running/);
  });

  it('without a terminal (CI=true, TERM=dumb) the plain home is printed', async () => {
    for (const env of [{ CI: 'true' }, { TERM: 'dumb' }]) {
      const term = open({ env });
      await term.waitFor('drillbit review');
      expect(await term.exited()).toBe(0);
      expect(term.raw()).not.toContain('\u001b[?25l');
    }
  });
});

describe('piped stdin', () => {
  it('falls back to the plain home', () => {
    const home = tempDir('drillbit-pipe-');
    const result = runCli([], { input: '', env: { DRILLBIT_HOME: home, CI: 'false', TERM: 'xterm-256color' } });
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/^drillbit — drills that grade what you type\n\nDecks:\n/);
    expect(result.stdout).not.toContain('\u001b');
  });
});
