import { describe, expect, it } from 'vitest';
import { parseDeck, type Deck } from '../../../src/core/deck/index.js';
import { deckEntities } from '../../../src/core/probe/entities.js';
import { generateMutants, swapEntities } from '../../../src/core/probe/mutants.js';
import { keyNumbers, scaleNumbers, swapNumbers } from '../../../src/core/probe/numbers.js';
import { firstClause } from '../../../src/core/probe/shapes.js';
import { loadTagger } from '../../../src/core/probe/tagger.js';
import { mulberry32 } from '../../../src/core/drills/prng.js';

const tag = await loadTagger();

// Made-up products: the probe must find its entities in the deck, not in a built-in list.
const YAML = `
id: tiny
title: Tiny
synonyms:
  pilot-role: [pilot role, pilotRoleArn]
  crew-role: [crew role, crewRoleArn]
cards:
  - id: check.zork-vs-quux
    kind: text
    prompt: What is the difference between Zork and Quux?
    answer: Zork is the scheduler that places jobs. Quux is the compute where Zork runs them, with at most 80 jobs and a limit of 1,000 per hour.
    tags: [zork]
    rubric:
      criteria:
        - id: zork-schedules
          required: true
          together: [[Zork], [scheduler]]
        - id: limit
          required: true
          number: {value: 80}
  - id: check.roles
    kind: text
    prompt: Which role does what?
    answer: The pilot role flies the plane; the crew role serves the meals.
    tags: [roles]
    rubric:
      criteria:
        - id: pilot-flies
          together: [[$pilot-role], [flies, fly]]
      contradictions:
        - id: crew-flies
          together: [[$crew-role], [flies, fly]]
  - id: fact.other
    kind: text
    prompt: Name a Zork feature and a Quux feature.
    answer: Zork retries failed jobs, and Quux bills per second.
    tags: [billing]
`;
const deck = parseDeck(YAML, 'tiny.yaml').value as Deck;
const card = (id: string) => deck.cards.find((c) => c.id === id)!;

describe('entities come from the deck', () => {
  it('names a prompt relates, and subjects of swap contradictions, are rivals', () => {
    const model = deckEntities(deck);
    expect(model.rivals.map(([a, b]) => `${a[0]}|${b[0]}`).sort()).toEqual(['Quux|Zork', 'crew role|pilot role']);
  });

  it('a swap exchanges the two names everywhere, written as the answer writes them', () => {
    expect(swapEntities('The pilot role flies; the crew role serves.', ['pilot role', 'pilotRoleArn'], ['crew role'])).toBe('The crew role flies; the pilot role serves.');
  });

  it('no swap when every clause names both: "Zork or Quux places jobs" says the same swapped', () => {
    expect(swapEntities('Zork or Quux places jobs.', ['Zork'], ['Quux'])).toBeUndefined();
  });
});

describe('number probes change only the numbers a required criterion checks', () => {
  it('finds the key numbers', () => {
    expect([...keyNumbers(card('check.zork-vs-quux'))]).toEqual([80]);
  });

  it('scales them by one factor that creates no number already stated', () => {
    const out = scaleNumbers('At most 80 jobs, 160 at peak, limit 1,000.', new Set([80, 1000]), mulberry32(1));
    expect(out).toMatch(/^At most (\d+) jobs, 160 at peak, limit ([\d,]+)\.$/);
    const [, jobs, limit] = /At most (\d+) jobs, 160 at peak, limit ([\d,]+)/.exec(out!)!;
    expect(Number(limit!.replace(',', '')) / 1000).toBe(Number(jobs) / 80);
    expect(Number(jobs)).not.toBe(160);
  });

  it('swaps two key numbers stated apart', () => {
    expect(swapNumbers('Default 80, maximum 1,000.', new Set([80, 1000]))).toBe('Default 1,000, maximum 80.');
  });

  it('leaves numbers inside names alone (EC2, /24, 1.4.0)', () => {
    expect(scaleNumbers('EC2 in a /24 on platform 1.4.0', new Set([2, 24, 1]), mulberry32(1))).toBeUndefined();
  });
});

describe('generateMutants', () => {
  const model = deckEntities(deck);

  it('makes every kind for a card that has them, deterministically', () => {
    const a = generateMutants(card('check.zork-vs-quux'), deck, model, tag, 7);
    expect(a).toEqual(generateMutants(card('check.zork-vs-quux'), deck, model, tag, 7));
    expect(a.map((m) => m.kind)).toEqual(['negated', 'swapped', 'numbers', 'keyword-soup', 'first-clause', 'other-card']);
    expect(a.find((m) => m.kind === 'swapped')?.text).toBe('Quux is the scheduler that places jobs. Zork is the compute where Quux runs them, with at most 80 jobs and a limit of 1,000 per hour.');
    expect(a.find((m) => m.kind === 'first-clause')?.text).toBe('Zork is the scheduler that places jobs.');
  });

  it("takes another card's answer only from a card with no shared tag or group", () => {
    const other = generateMutants(card('check.zork-vs-quux'), deck, model, tag).find((m) => m.kind === 'other-card');
    expect(other?.detail).toMatch(/^from (check\.roles|fact\.other)$/);
  });

  it('does not cut an answer whose first clause is most of it', () => {
    expect(firstClause('Zork places jobs onto hosts for you.')).toBeUndefined();
  });
});
