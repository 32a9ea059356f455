/** The review header says when a card changed since its last review; a paste is reported with the answer. */
import { describe, expect, it } from 'vitest';
import { App } from '../../src/tui/App.js';
import { storeBackend } from '../../src/cli/tui-backend.js';
import { memoryStorage } from '../../src/store/memory-storage.js';
import type { Deck } from '../../src/core/deck/index.js';
import { KEY, mount } from './render.js';

const T0 = new Date('2026-03-02T09:00:00Z');
const base: Deck = {
  id: 'd',
  title: 'Deck',
  cards: [{ id: 'c0', kind: 'text', prompt: 'Where do task logs go?', answer: 'CloudWatch Logs through the awslogs driver', tags: ['logs'] }],
};

async function reviewAfterEdit(edited: Deck, clock = T0.getTime() + 60 * 60_000) {
  const storage = memoryStorage();
  const first = storeBackend({ decks: [base], storage, now: () => T0 });
  const s = first.startReview({});
  s.record(1, 'no idea', 3000, s.grade('no idea', 3000));
  first.close();
  const backend = storeBackend({ decks: [edited], storage, now: () => new Date(clock) });
  const ui = await mount(<App backend={backend} start={{ at: 'review' }} columns={60} now={() => clock} tick={false} color={false} />);
  return { ui, storage, backend };
}

describe('review header', () => {
  it('says "changed since your last review" when the prompt or answer was edited', async () => {
    const { ui, backend } = await reviewAfterEdit({ ...base, cards: [{ ...base.cards[0]!, prompt: 'Where do Fargate task logs go?' }] });
    const [head, note] = ui.frame().split('\n');
    expect([head!.startsWith('Review 0/1 '), note]).toEqual([true, 'changed since your last review']);
    ui.unmount();
    backend.close();
  });

  it('says nothing when only the tags changed', async () => {
    const { ui, backend } = await reviewAfterEdit({ ...base, cards: [{ ...base.cards[0]!, tags: ['logs', 'observability'] }] });
    expect(ui.frame()).not.toContain('changed since');
    expect(ui.frame().split('\n')[1]).toBe('Deck · text');
    ui.unmount();
    backend.close();
  });

  it('records a pasted answer as pasted (its time is not kept), and a typed one not', async () => {
    const { ui, storage, backend } = await reviewAfterEdit(base);
    await ui.press('CloudWatch Logs through the awslogs driver', KEY.enter, KEY.enter);
    backend.close();
    const last = JSON.parse(storage.files.history.trim().split('\n').at(-1)!) as Record<string, unknown>;
    expect([last['answer'], last['pasted']]).toEqual(['CloudWatch Logs through the awslogs driver', true]);
    ui.unmount();
    const typed = await reviewAfterEdit(base);
    await typed.ui.press(...'awslogs'.split(''), KEY.enter, KEY.enter);
    typed.backend.close();
    const rec = JSON.parse(typed.storage.files.history.trim().split('\n').at(-1)!) as Record<string, unknown>;
    expect([rec['answer'], rec['pasted']]).toEqual(['awslogs', undefined]);
    typed.ui.unmount();
  });
});
