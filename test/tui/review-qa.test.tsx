/** QA findings on the review screens: help, undo, Ctrl-C on feedback, small terminals. */
import { describe, expect, it } from 'vitest';
import { App } from '../../src/tui/App.js';
import { memoryBackend } from '../../src/tui/memory-backend.js';
import type { Deck } from '../../src/core/deck/index.js';
import { deck, NOW, secondDeck } from './fixtures.js';
import { KEY, mount } from './render.js';

const setup = (columns = 60) => {
  const backend = memoryBackend({ decks: [deck, secondDeck], now: () => NOW, previews: { 1: 1 / 1440, 2: 0.25, 3: 2, 4: 7 } });
  return { backend, tree: <App backend={backend} columns={columns} now={() => NOW.getTime()} tick={false} color={false} /> };
};

describe('review QA', () => {
  it('a review that cannot be saved (a full disk) keeps the answer on screen and says so, and the session does not move on', async () => {
    const backend = memoryBackend({ decks: [deck], now: () => NOW, previews: { 1: 1 / 1440, 2: 0.25, 3: 2, 4: 7 } });
    const start = backend.startReview.bind(backend);
    backend.startReview = (options) => {
      const session = start(options);
      return {
        ...session,
        record: () => {
          throw Object.assign(new Error('cannot save the review to /data/history.jsonl: the disk is full; free some space'), { name: 'DrillbitError' });
        },
      } as typeof session;
    };
    const ui = await mount(<App backend={backend} columns={60} now={() => NOW.getTime()} tick={false} color={false} />);
    await ui.press(KEY.enter, 'No, it is compute', KEY.enter, KEY.enter);
    const frame = ui.frame();
    expect(frame.replace(/\n/g, ' ')).toContain('Not saved: cannot save the review to /data/history.jsonl: the disk is full; free some space');
    expect(frame).toContain('Your answer\nNo, it is compute\n');
    expect(frame).toMatch(/^Review 0\/2/);
  });

  it('M1: ? on the feedback screen overlays the keys, and closing it returns to the same feedback', async () => {
    const { backend, tree } = setup();
    const ui = await mount(tree);
    // A partial answer (the reference-only grader wants the orchestrator named too): suggested Hard.
    await ui.press(KEY.enter, 'No, it is compute', KEY.enter);
    const feedback = ui.frame();
    expect(feedback).toContain('Your answer\nNo, it is compute\n');
    await ui.press('?');
    expect(ui.frame()).toContain('accept the suggested rating');
    expect(ui.frame()).not.toContain('Your answer');
    await ui.press(' ');
    expect(ui.frame()).toBe(feedback);
    await ui.press(KEY.enter);
    expect(backend.reviews).toEqual([{ key: 'containers/fargate-orchestrator', rating: 2, at: NOW }]);
  });

  it('help on the answer screen keeps the typed answer', async () => {
    const { tree } = setup();
    const ui = await mount(tree);
    await ui.press(KEY.enter, '?');
    expect(ui.frame()).toContain('│ Keys');
    await ui.press(KEY.escape);
    await ui.press('kept');
    expect(ui.frame()).toContain('│kept ');
  });

  it('u right after an override undoes from the next card\'s empty answer; the hint says so', async () => {
    const { backend, tree } = setup();
    const ui = await mount(tree);
    await ui.press(KEY.enter);
    // Nothing to undo yet: the hint offers help only.
    expect(ui.frame().split('\n').slice(-2)).toEqual(['Enter submit · Ctrl-J new line · Esc end', 'Before typing: ? help']);
    await ui.press('no', KEY.enter, '4');
    expect(backend.reviews.map((r) => r.rating)).toEqual([4]);
    expect(ui.frame().split('\n').slice(-2)).toEqual(['Enter submit · Ctrl-J new line · Esc end', 'Before typing: ? help · u undo the last rating']);
    await ui.press('u');
    expect(backend.reviews).toEqual([]);
    expect(ui.frame()).toContain('Is Fargate an orchestrator?');
    expect(ui.frame()).toContain('│no ');
    // With text in the box, u is just a letter.
    await ui.press(' u');
    expect(ui.frame()).toContain('│no u ');
  });

  it('u on a graded-but-unrated answer asks before dropping it; n keeps it', async () => {
    const { backend, tree } = setup();
    const ui = await mount(tree);
    await ui.press(KEY.enter, 'no', KEY.enter, '4', '10 seconds', KEY.enter);
    await ui.press('u');
    expect(ui.frame().split('\n').at(-1)).toBe('Undo the last rating, dropping this answer? y undo · n keep');
    expect(backend.reviews.map((r) => r.rating)).toEqual([4]);
    await ui.press('n');
    expect(ui.frame()).toContain('Your answer\n10 seconds\n');
    expect(ui.frame()).not.toContain('Undo the last rating');
    await ui.press('u', 'y');
    expect(backend.reviews).toEqual([]);
    expect(ui.frame()).toContain('│no ');
  });

  it('Ctrl-C on the feedback screen asks before leaving the graded answer unsaved; n goes back to it', async () => {
    const { backend, tree } = setup();
    const ui = await mount(tree);
    await ui.press(KEY.enter, 'Fargate is a compute engine', KEY.enter, KEY.ctrlC);
    expect(ui.frame().split('\n').at(-1)).toBe('Quit without saving the graded answer? y quit · n back to it');
    await ui.press('n');
    expect(ui.frame()).not.toContain('Quit without saving');
    await ui.press('3');
    expect(backend.reviews.map((r) => r.rating)).toEqual([3]);
  });

  it('on a short, narrow terminal the feedback fits: prompt, answer, verdict and ratings stay; m unfolds the model answer', async () => {
    const long: Deck = {
      id: 'long',
      title: 'Long answers',
      cards: [
        {
          id: 'fargate-orchestrator',
          kind: 'text',
          prompt: 'Is Fargate an orchestrator?',
          answer: 'No. Fargate is a compute engine for containers; ECS or EKS orchestrates the tasks, places them, restarts them when they fail, and rolls out new versions behind the load balancer while Fargate only runs them.',
        },
      ],
    };
    const backend = memoryBackend({ decks: [long], now: () => NOW, previews: { 1: 1 / 1440, 2: 0.25, 3: 2, 4: 7 } });
    const ui = await mount(<App backend={backend} columns={40} rows={16} now={() => NOW.getTime()} tick={false} color={false} />);
    await ui.press(KEY.enter, 'It runs containers', KEY.enter);
    const lines = ui.frame().split('\n');
    expect(lines.length).toBeLessThanOrEqual(16);
    expect(lines[0]).toMatch(/^Review 0\/1/);
    expect(lines).toContain('Is Fargate an orchestrator?');
    expect(lines).toContain('Your answer');
    expect(lines.some((l) => /^[✓~✗] (correct|partial|incorrect) [█░]+ +\d+%$/.test(l))).toBe(true);
    expect(lines.some((l) => l.startsWith('✗ key terms'))).toBe(true);
    expect(lines.some((l) => /^… \d+ more rows · m show all$/.test(l))).toBe(true);
    expect(ui.frame()).toContain('1 Again 1m');
    expect(ui.frame()).toContain('(suggested) · 1–4 override');
    await ui.press('m');
    expect(ui.frame().replace(/\n/g, ' ')).toContain('the load balancer while Fargate only runs them.');
    expect(ui.frame()).not.toContain('m show all');
  });
});
