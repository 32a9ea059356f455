/** QA findings on the review screens: help, undo, Ctrl-C on feedback, small terminals. */
import { describe, expect, it } from 'vitest';
import { App } from '../../src/tui/App.js';
import { memoryBackend } from '../../src/tui/memory-backend.js';
import { deck, NOW, secondDeck } from './fixtures.js';
import { KEY, mount } from './render.js';

const setup = (columns = 60) => {
  const backend = memoryBackend({ decks: [deck, secondDeck], now: () => NOW, previews: { 1: 1 / 1440, 2: 0.25, 3: 2, 4: 7 } });
  return { backend, tree: <App backend={backend} columns={columns} now={() => NOW.getTime()} tick={false} color={false} /> };
};

describe('review QA', () => {
  it('M1: ? on the feedback screen overlays the keys, and closing it returns to the same feedback', async () => {
    const { backend, tree } = setup();
    const ui = await mount(tree);
    await ui.press(KEY.enter, 'Fargate is a compute engine', KEY.enter);
    const feedback = ui.frame();
    expect(feedback).toContain('Your answer\nFargate is a compute engine\n');
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
});
