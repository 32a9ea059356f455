import { describe, expect, it } from 'vitest';
import { cardEntities, mentions, subjects } from '../../../src/core/grading/entities.js';
import { tokenize } from '../../../src/core/grading/tokenize.js';

describe('cardEntities', () => {
  it.each([
    ['a two-word name counts even at a sentence start', ['Cloud Run scales to zero. Fargate does not.'], [], ['cloud run']],
    ['a capital only ever at a sentence start is no name', ['The task needs 512 MiB. Fargate runs it on ECS.'], [], ['ecs']],
    ['a capital inside a sentence is a name; imperatives at the start are not', ['Say what Fargate does. Set it to 80.'], [], ['fargate']],
    ['names of four or more words are left out', ['Amazon Elastic Container Service Anywhere is long. Azure Container Apps runs it.'], [], ['azure container apps']],
    ['a leading function word or negator is dropped', ['"Lambda" is not it. The Not Fargate thing.'], [], []],
    ['a leading unit is dropped', ['It runs on GiB Fargate.'], [], ['fargate']],
    ['a word the prose writes in lower case is no name', ['Requests reach Fargate. fargate is fine.'], [], []],
    ['a sentence-opening word the prose writes in lower case is no part of the name after it', ['Use Fargate here. You use it daily.'], [], ['fargate']],
    ['each line starts a sentence', ['ECS\nEKS runs pods.'], [], []],
    ['rubric phrasings are no sentences: their capitals are names; longest first', ['Requests go to Cloud Run: Cloud Run scales.'], ['Fargate schedules', 'ECR'], ['cloud run', 'fargate', 'ecr']],
  ])('%s', (_label, prose, phrases, expected) => {
    expect(cardEntities(prose, phrases)).toEqual(expected);
  });
});

describe('mentions and subjects', () => {
  const ENTITIES = ['cloud run', 'fargate', 'ecs', 'cloud'];
  const of = (answer: string) => {
    const clauses = tokenize(answer);
    return { found: clauses.map((c) => mentions(c, ENTITIES)), subjects: subjects(clauses, ENTITIES, 'topic') };
  };

  it('finds the longest name at each place and marks the governed ones', () => {
    expect(of('Cloud Run scales and Fargate runs on ECS.')).toEqual({
      found: [[{ name: 'cloud run', at: 0, end: 2, governed: false }, { name: 'fargate', at: 4, end: 5, governed: false }, { name: 'ecs', at: 7, end: 8, governed: true }]],
      subjects: [{ name: 'cloud run', at: 0 }],
    });
    expect(of('cloud cloud run').found).toEqual([[{ name: 'cloud', at: 0, end: 1, governed: false }, { name: 'cloud run', at: 1, end: 3, governed: false }]]);
  });

  it('a name joined by "or"/"and" to a governed one is governed too', () => {
    expect(of('Choose it on Fargate or Cloud Run.').found).toEqual([[{ name: 'fargate', at: 3, end: 4, governed: true }, { name: 'cloud run', at: 5, end: 7, governed: true }]]);
    expect(of('Fargate or Cloud Run scales.').subjects).toEqual([{ name: 'fargate', at: 0 }]);
  });

  it('a compared or negated name is not the subject', () => {
    expect(of('Unlike Fargate, Cloud Run scales.').subjects).toEqual([{ name: 'cloud run', at: 2 }]);
    expect(of('Not Fargate but ECS schedules.')).toEqual({
      found: [[{ name: 'fargate', at: 1, end: 2, governed: true }], [{ name: 'ecs', at: 0, end: 1, governed: false }]],
      subjects: [undefined, { name: 'ecs', at: 0 }],
    });
  });

  it('a name after "where" is its subordinate clause\'s, not the subject; after "while" it is a claim\'s own', () => {
    expect(of('A request can run 60 minutes where Fargate stops at 15.').subjects).toEqual([undefined]);
    expect(of('ECS schedules, while Fargate runs the tasks.').subjects).toEqual([{ name: 'ecs', at: 0 }, { name: 'fargate', at: 1 }]);
  });

  it('a cleft names its subject after "it is"; a pronoun takes the subject before, else the topic', () => {
    expect(of('It is ECS that orchestrates.').subjects).toEqual([{ name: 'ecs', at: 2 }]);
    expect(of('Fargate runs tasks. It bills per second.').subjects).toEqual([{ name: 'fargate', at: 0 }, { name: 'fargate', at: 0 }]);
    expect(of('It bills per second.').subjects).toEqual([{ name: 'topic', at: 0 }]);
  });

  it('a clause a person opens ("you", "we") is about what they do: a name after it is an object', () => {
    expect(of('You have to patch the ECS hosts yourself.').subjects).toEqual([undefined]);
    expect(of('We run Fargate tasks. It bills per second.').subjects).toEqual([undefined, { name: 'topic', at: 0 }]);
    expect(of('Fargate runs what you deploy.').subjects).toEqual([{ name: 'fargate', at: 0 }]);
    // A name before the person stays the subject.
    expect(of('Fargate, you know, runs tasks.').subjects).toEqual([{ name: 'fargate', at: 0 }]);
  });
});
