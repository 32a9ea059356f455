import { describe, expect, it } from 'vitest';
import { continuesDenial, deniesVerb, opensWithSubject } from '../../../src/core/grading/denial.js';

// The word-level rules of denial scope (denial.ts), one line per case.
const words = (text: string): string[] => text.split(' ').filter(Boolean);

describe('deniesVerb', () => {
  it.each([
    ['fargate never runs', 1, true],
    ['never static keys', 0, false], // "never" opening a chunk denies no verb
    ['it cannot run', 1, true],
    ['it no longer runs', 1, true],
    ['no one', 0, false],
    ['it does not', 2, true],
    ['it is also not', 3, true],
    ['it is just not', 3, true],
    ['it should really not', 3, true],
    ['it still not', 2, false], // an adverb needs an auxiliary before it
    ['a b also not', 3, false],
    ['the not', 1, false],
    ['not at all', 0, false],
    ['it runs not', 2, false],
  ] as const)('%s at %i → %s', (text, at, denies) => {
    expect(deniesVerb(words(text), at)).toBe(denies);
  });
});

describe('continuesDenial: the chunk after a denied verb phrase goes on with it', () => {
  it.each([
    ['each a /27 with 8 free ips', true],
    ['subnets in two azs', true],
    ['and scaling the capacity provider', true], // the last list item
    ['or scaling', true],
    ['a status', true], // -s words that are no verbs
    ['the bus', true],
    ["the agent's", true],
    ['runs the task that', true],
    ['', false],
    ['and', false],
    ['and it scales', false],
    ['and can scale', false],
    ['and the app uses memory', false],
    ['or the image will not pull', false],
    ['but ecs does', false],
    ['just the agent', false],
    ['eks does', false],
    ['requests can run', false],
    ['lower it', false],
    ['raise them now', false],
    ['on ecs the app uses memory', false],
    ['each task gets an ip', false],
    ['the task gets', false],
    ['the class runs', false],
    ['runs that task', false],
    ['ecs schedules the tasks', false],
    ['fargate runs it', false], // a verb with an object pronoun
    ['fargate runs them', false],
  ] as const)('%s → %s', (text, continues) => {
    expect(continuesDenial(words(text))).toBe(continues);
  });
});

describe('opensWithSubject: the words before a denial are its subject', () => {
  it.each([
    ['fargate', true],
    ['the execution role', true],
    ['it', true],
    ['we', true],
    ['then we', true], // a connective first, then the pronoun
    ['that task', true],
    ['the agent and ecs', true],
    ['so losing one az still', true],
    ['a b c d e f g h', true], // eight words
    ['a b c d e f g h i', false], // nine: too long for a subject
    ['then x we', false],
    ['it marks it failed once', false],
    ['once it', false],
    ['so it', false],
    ['and it', false],
    ['because it', false],
    ['the app because', false],
    ['the task that', false],
    ['the agent and the app', false],
    ['the agent or it', false],
    ['so and the', false],
    ['x but the', false],
    ['ecs does', false],
  ] as const)('%s → %s', (text, opens) => {
    expect(opensWithSubject(words(text))).toBe(opens);
  });
});
