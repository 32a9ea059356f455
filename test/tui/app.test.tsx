import { describe, expect, it } from 'vitest';
import { App } from '../../src/tui/App.js';
import { memoryBackend } from '../../src/tui/memory-backend.js';
import { deck, NOW, secondDeck } from './fixtures.js';
import { KEY, mount } from './render.js';

const setup = (columns = 60) => {
  const backend = memoryBackend({ decks: [deck, secondDeck], now: () => NOW, previews: { 1: 1 / 1440, 2: 0.25, 3: 2, 4: 7 } });
  const clock = () => NOW.getTime();
  return { backend, tree: <App backend={backend} columns={columns} now={clock} tick={false} color={false} /> };
};

describe('App: a review from home to saved', () => {
  it('opens a deck, grades the answer, records the suggested rating and moves on', async () => {
    const { backend, tree } = setup();
    const ui = await mount(tree);
    await ui.press(KEY.enter);
    expect(ui.frame()).toBe(
      [
        'Review 0/2 ░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░ 0:00',
        'Containers on managed services · text',
        'Is Fargate an orchestrator?',
        '',
        '┌──────────────────────────────────────────────────────────┐',
        '│ type your answer                                         │',
        '└──────────────────────────────────────────────────────────┘',
        'Enter submit · Ctrl-J new line · Esc end',
        'Before typing: ? help',
      ].join('\n'),
    );
    await ui.press('No, it is compute', KEY.enter);
    const feedback = ui.frame();
    expect(feedback).toContain('Your answer\nNo, it is compute\n');
    expect(feedback).toContain('~ partial');
    expect(feedback).toContain('Model answer\nNo. Fargate is a compute engine; ECS or EKS orchestrates.');
    expect(feedback).toContain('1 Again 1m  2 Hard 6h  3 Good 2d  4 Easy 7d');
    await ui.press(KEY.enter);
    expect(backend.reviews).toEqual([{ key: 'containers/fargate-orchestrator', rating: 2, at: NOW }]);
    expect(ui.frame().split('\n').slice(0, 3)).toEqual([
      'Review 1/2 ███████████████░░░░░░░░░░░░░░░ 0:00',
      'Containers on managed services · text',
      'How long does Cloud Run wait after SIGTERM?',
    ]);
  });

  it('1–4 override the suggestion; u undoes the last review and brings its answer back', async () => {
    const { backend, tree } = setup();
    const ui = await mount(tree);
    await ui.press(KEY.enter, 'no', KEY.enter, '4');
    expect(backend.reviews.map((r) => r.rating)).toEqual([4]);
    await ui.press('10 seconds', KEY.enter);
    // Undo from feedback drops this graded answer, so it asks first.
    await ui.press('u', 'y');
    expect(backend.reviews).toEqual([]);
    expect(ui.frame()).toContain('Is Fargate an orchestrator?');
    expect(ui.frame()).toContain('│no ');
    await ui.press(KEY.enter, '1');
    expect(backend.reviews.map((r) => [r.key, r.rating])).toEqual([['containers/fargate-orchestrator', 1]]);
  });

  it('a session ended before any card offers no undo', async () => {
    const { tree } = setup();
    const ui = await mount(tree);
    await ui.press(KEY.enter, KEY.escape);
    expect(ui.frame()).toBe(
      [
        'Nothing to review right now',
        '0 cards in 0:00',
        'No cards scheduled',
        'These reviews were not saved (no data store).',
        '',
        'Enter back',
      ].join('\n'),
    );
  });

  it('ends with a summary of verdicts and goes back home', async () => {
    const { tree } = setup();
    const ui = await mount(tree);
    await ui.press(KEY.enter, 'x', KEY.enter, KEY.enter, '', KEY.enter, KEY.enter);
    expect(ui.frame()).toBe(
      [
        'Session done',
        '2 cards in 0:00',
        '0 correct · 0 partial · 2 incorrect',
        'No cards scheduled',
        'These reviews were not saved (no data store).',
        '',
        'Enter back · u undo the last review',
      ].join('\n'),
    );
    await ui.press(KEY.enter);
    expect(ui.frame()).toContain('› Containers on managed services');
    expect(ui.frame()).toContain('0    0    2');
  });

  it('Ctrl-C with a typed answer asks first; n keeps typing', async () => {
    const { tree } = setup();
    const ui = await mount(tree);
    await ui.press(KEY.enter, 'half an answer', KEY.ctrlC);
    expect(ui.frame().split('\n').at(-1)).toBe('Quit and drop the answer you typed? y quit · n keep typing');
    await ui.press('n', ' more');
    expect(ui.frame()).toContain('│half an answer more ');
    expect(ui.frame()).not.toContain('Quit and drop');
  });

  it('? on an empty answer shows the review keys; a typed ? is text', async () => {
    const { tree } = setup();
    const ui = await mount(tree);
    await ui.press(KEY.enter, '?');
    expect(ui.frame()).toContain('│ Keys');
    expect(ui.frame()).toContain('Ctrl-J  Alt-Enter');
    await ui.press('x', 'why', '?');
    expect(ui.frame()).toContain('│why? ');
  });

  it('lays out in 40 columns', async () => {
    const { tree } = setup(40);
    const ui = await mount(tree);
    await ui.press(KEY.enter, 'Fargate is a compute engine and ECS is the orchestrator here', KEY.enter);
    const lines = ui.frame().split('\n');
    expect(lines.every((l) => l.length <= 40)).toBe(true);
    expect(lines[0]).toBe('Review 0/2 ░░░░░░░░░░░░░░░░░░░░░░░ 0:00');
  });
});
