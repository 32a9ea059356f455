import { describe, expect, it } from 'vitest';
import { buildPlan, deckTags, defaultQuestionCount, mockGrader } from '../../../src/core/mock/index.js';
import { UsageError } from '../../../src/core/errors.js';
import { bundled } from './content.js';
import { tinyDeck } from './fixtures.js';

const refs = (plan: ReturnType<typeof buildPlan>): string[] => plan.questions.map((q) => (q.kind === 'card' ? q.ref : `${q.kind}:${q.seed ?? q.part}`));

describe('the question mix', () => {
  it('is exact for a seed: cards turn by turn over the tags, the calculation in the middle', () => {
    const plan = buildPlan({ decks: [tinyDeck], options: { minutes: 20, mix: 'even', seed: 7 } });
    expect(refs(plan)).toEqual(['tiny/b2', 'tiny/a1', 'calculation:3281741074', 'tiny/b1', 'tiny/g1']);
    expect(plan.questions.map((q) => q.id)).toEqual(['q1', 'q2', 'q3', 'q4', 'q5']);
    expect(plan.questions.map((q) => q.tags)).toEqual([['beta', 'gamma'], ['alpha'], ['subnet'], ['beta'], ['gamma']]);
    // 20 minutes over 5 questions.
    expect(plan.questions.every((q) => q.softMs === 240_000)).toBe(true);
    expect(plan.tags).toEqual(['alpha', 'beta', 'gamma']);
    // The same seed builds the same interview; another seed another one.
    expect(buildPlan({ decks: [tinyDeck], options: { minutes: 20, mix: 'even', seed: 7 } })).toEqual(plan);
    expect(refs(buildPlan({ decks: [tinyDeck], options: { minutes: 20, mix: 'even', seed: 8 } }))).not.toEqual(refs(plan));
  });

  it('gives every tag a card before any tag gets a second', () => {
    for (let seed = 0; seed < 50; seed++) {
      const plan = buildPlan({ decks: [tinyDeck], options: { minutes: 20, questions: 4, mix: 'even', seed } });
      const cards = plan.questions.filter((q) => q.kind === 'card');
      expect(cards).toHaveLength(3);
      // Three cards, three tags, one turn: every tag is asked.
      expect(new Set(cards.flatMap((q) => q.tags))).toEqual(new Set(['alpha', 'beta', 'gamma']));
      expect(plan.questions.filter((q) => q.kind === 'calculation')).toHaveLength(1);
    }
  });

  it('--mix weak asks the weakest cards of the weakest tags first', () => {
    const weak: Record<string, number> = { 'tiny/g1': 0.9, 'tiny/g2': 0.8, 'tiny/a1': 0.7, 'tiny/b1': 0.1 };
    const plan = buildPlan({ decks: [tinyDeck], options: { minutes: 20, questions: 4, mix: 'weak', seed: 1 }, weakness: (k) => weak[k] ?? 0 });
    expect(refs(plan).filter((r) => r.startsWith('tiny/'))).toEqual(['tiny/g1', 'tiny/a1', 'tiny/b1']);
  });

  it('--tags keeps to the tags asked for and notes when there are too few cards', () => {
    const plan = buildPlan({ decks: [tinyDeck], options: { minutes: 30, questions: 6, tags: ['gamma'], mix: 'even', seed: 3 } });
    expect(refs(plan).filter((r) => r.startsWith('tiny/')).sort()).toEqual(['tiny/b2', 'tiny/g1', 'tiny/g2']);
    expect(plan.questions.filter((q) => q.kind === 'card').every((q) => q.tags.join() === 'gamma')).toBe(true);
    expect(plan.notes).toEqual(['Only 3 cards carry these tags, so the interview has 4 questions.']);
  });

  it('an unknown tag is a usage error naming the known ones; too few questions too', () => {
    expect(() => buildPlan({ decks: [tinyDeck], options: { minutes: 30, tags: ['alpha', 'delta'], mix: 'even', seed: 1 } })).toThrow(new UsageError('unknown tag "delta"; the tags are: alpha, beta, gamma'));
    expect(deckTags([tinyDeck])).toEqual(['alpha', 'beta', 'gamma']);
  });

  it('45 minutes or more ends with the deployment sketch as a two-part design question', async () => {
    const { decks, design } = await bundled();
    expect(() => buildPlan({ decks, design, options: { minutes: 45, questions: 2, mix: 'even', seed: 1 } })).toThrow(/--questions 2 is too few: a 45-minute interview has a calculation and a two-part design question; use --questions 3 or more/);
    const short = buildPlan({ decks, design, options: { minutes: 30, mix: 'even', seed: 1 } });
    expect(short.questions.map((q) => q.kind).filter((k) => k !== 'card')).toEqual(['calculation']);
    expect(short.questions).toHaveLength(defaultQuestionCount(30, false));
    const long = buildPlan({ decks, design, options: { minutes: 45, mix: 'even', seed: 1 } });
    expect(long.questions).toHaveLength(10);
    expect(long.questions.slice(-2).map((q) => [q.kind, q.part, q.softMs])).toEqual([['design', 'fargate', 450_000], ['design', 'cloudrun', 450_000]]);
    expect(long.questions.at(-2)!.prompt).toContain('Design question (1 of 2): sketch how you would deploy it on AWS Fargate (ECS). Cover: image, CPU and memory');
    // Every question is gradable: an empty answer scores 0 and is incorrect.
    const grader = mockGrader({ decks, design });
    for (const q of long.questions) expect(grader.grade(q, '')).toMatchObject({ score: 0, verdict: 'incorrect' });
  });
});
