import { describe, expect, it } from 'vitest';
import type { AnkiCollection } from '../../../src/core/anki/anki-note.js';
import { buildDecks, toSlug } from '../../../src/core/anki/build-deck.js';
import { cardText } from '../../../src/core/anki/card-text.js';
import { revlogToReviews } from '../../../src/core/anki/revlog.js';
import type { Deck } from '../../../src/core/deck/schema.js';

const source = (): AnkiCollection => ({
  notes: [
    { guid: 'A1', fields: ['Front <b>1</b>', 'Back&nbsp;1'], tags: ['Aws::Compute', 'x'] },
    { guid: 'C1', fields: ['{{c1::ECS}} schedules; {{c2::Fargate::compute}} runs', ''], tags: [] },
    { guid: 'E1', fields: ['front only', '<br>'], tags: [] },
  ],
  cards: [
    { id: 1, noteGuid: 'A1', ord: 0, deckName: 'Cloud::Run' },
    { id: 2, noteGuid: 'A1', ord: 1, deckName: 'Cloud::Run' },
    { id: 3, noteGuid: 'C1', ord: 1, deckName: 'Cloud::Run' },
    { id: 4, noteGuid: 'E1', ord: 0, deckName: 'Cloud::Run' },
  ],
  revlog: [],
});

describe('cardText', () => {
  it('basic, reversed, cloze with and without a hint, plain-text fields', () => {
    const [a, c] = source().notes;
    expect(cardText(a!, 0)).toEqual({ prompt: 'Front 1', answer: 'Back 1' });
    expect(cardText(a!, 1)).toEqual({ prompt: 'Back 1', answer: 'Front 1' });
    expect(cardText(a!, 2)).toBeUndefined();
    expect(cardText(c!, 0)).toEqual({ prompt: '[…] schedules; Fargate runs', answer: 'ECS' });
    expect(cardText(c!, 1)).toEqual({ prompt: 'ECS schedules; [compute] runs', answer: 'Fargate' });
    expect(cardText(c!, 5)).toBeUndefined();
    expect(cardText({ guid: 'p', fields: ['<b>kept</b>', 'b'], tags: [], html: false }, 0)).toEqual({ prompt: '<b>kept</b>', answer: 'b' });
  });
});

describe('toSlug', () => {
  it.each([
    ['Cloud::Run', 'cloud.run'],
    ['My Deck (2024)!', 'my-deck-2024'],
    ['日本語', ''],
    ['--x--', 'x'],
  ])('%j → %j', (a, b) => expect(toSlug(a)).toBe(b));
});

describe('buildDecks', () => {
  it('one deck per Anki deck, ids from GUIDs, slug tags, no rubric; unreadable cards skipped', () => {
    const r = buildDecks(source(), { existing: [], writable: new Set() });
    expect(r.decks).toEqual([
      {
        id: 'cloud.run',
        title: 'Cloud::Run',
        cards: [
          { id: 'g-4131', kind: 'text', prompt: 'Front 1', answer: 'Back 1', tags: ['aws.compute', 'x'] },
          { id: 'g-4131-1', kind: 'text', prompt: 'Back 1', answer: 'Front 1', tags: ['aws.compute', 'x'] },
          { id: 'g-4331-1', kind: 'text', prompt: 'ECS schedules; [compute] runs', answer: 'Fargate' },
        ],
      },
    ]);
    expect([...r.keyOf]).toEqual([[1, 'cloud.run/g-4131'], [2, 'cloud.run/g-4131-1'], [3, 'cloud.run/g-4331-1']]);
    expect([r.added, r.updated, r.skipped]).toEqual([3, 0, 1]);
  });

  it('--deck puts everything in one deck', () => {
    const r = buildDecks(source(), { deckId: 'mine', existing: [], writable: new Set() });
    expect(r.decks.map((d) => [d.id, d.title, d.cards.length])).toEqual([['mine', 'mine', 3]]);
  });

  it('re-import: cards update in place by GUID, keep what the learner added, and cards gone from Anki stay', () => {
    const first = buildDecks(source(), { existing: [], writable: new Set() }).decks[0]!;
    const edited: Deck = {
      ...first,
      title: 'My title',
      cards: [{ ...first.cards[0]!, thresholds: { correct: 0.8, partial: 0.4 } }, first.cards[1]!, { id: 'own', kind: 'text', prompt: 'p', answer: 'a' }],
    };
    const changed = source();
    changed.notes[0]!.fields = ['Front 1', 'Back changed'];
    changed.cards = changed.cards.filter((c) => c.id !== 2);
    changed.cards.forEach((c) => (c.deckName = 'Renamed in Anki'));
    const r = buildDecks(changed, { existing: [edited], writable: new Set(['cloud.run']) });
    // Known cards stay in the learner's deck; a card new to drillbit goes to its Anki deck.
    expect(r.decks.map((d) => [d.id, d.title, d.cards.map((c) => c.id)])).toEqual([
      ['cloud.run', 'My title', ['g-4131', 'g-4131-1', 'own']],
      ['renamed-in-anki', 'Renamed in Anki', ['g-4331-1']],
    ]);
    expect(r.decks[0]!.cards[0]).toEqual({ id: 'g-4131', kind: 'text', prompt: 'Front 1', answer: 'Back changed', tags: ['aws.compute', 'x'], thresholds: { correct: 0.8, partial: 0.4 } });
    expect([r.added, r.updated]).toEqual([1, 1]);
  });

  it('a card matching a bundled (read-only) deck keeps its text; only its history is imported', () => {
    const bundled: Deck = { id: 'b', title: 'B', cards: [{ id: 'g-4131', kind: 'text', prompt: 'p', answer: 'a' }] };
    const r = buildDecks(source(), { existing: [bundled], writable: new Set() });
    expect(r.keyOf.get(1)).toBe('b/g-4131');
    expect(r.decks.flatMap((d) => d.cards.map((c) => `${d.id}/${c.id}`))).not.toContain('b/g-4131');
  });
});

describe('revlogToReviews', () => {
  it('keeps learning, review and relearning answers; drops filtered, manual, rescheduled, ease 0 and unknown cards', () => {
    const keyOf = new Map([[1, 'd/a']]);
    const e = (id: number, ease: number, type: number, cid = 1) => ({ id, cid, ease, time: 4000, type });
    const out = revlogToReviews([e(50, 3, 1), e(10, 1, 0), e(20, 2, 2), e(30, 4, 3), e(40, 0, 4), e(45, 3, 5), e(60, 3, 0, 9), e(70, 5, 1)], keyOf);
    expect(out.map((r) => [r.sourceId, r.rating])).toEqual([[10, 'again'], [20, 'hard'], [50, 'good']]);
    expect(out[0]).toEqual({ key: 'd/a', at: new Date(10), rating: 'again', elapsedMs: 4000, sourceId: 10 });
  });
});
