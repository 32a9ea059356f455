import { describe, expect, it } from 'vitest';
import type { Criterion } from '../../../src/core/deck/schema.js';
import { FuzzyVocabulary, editDistance, maxEdits } from '../../../src/core/grading/fuzzy.js';
import { stem } from '../../../src/core/grading/stem.js';
import { compileMatcher, evaluate, matcherPhrases } from '../../../src/core/grading/matcher.js';
import { analyse } from '../../../src/core/grading/phrase.js';
import { tokenize } from '../../../src/core/grading/tokenize.js';

type Shape = Omit<Criterion, 'id'>;
const SYNONYMS = { orchestrator: ['orchestrator', 'scheduler', 'control plane'], app: ['application', 'your code'] };

function met(shape: Shape, answer: string): boolean {
  const m = compileMatcher(shape as Criterion, SYNONYMS);
  const vocabulary = new FuzzyVocabulary(matcherPhrases(m).flatMap((p) => p.source.split(/\W+/)).map((w) => w.toLowerCase()));
  return evaluate(m, analyse(answer, vocabulary), answer).met;
}

// [label, matcher, answer, expected]: one line per case.
const CASES: [string, Shape, string, boolean][] = [
  // phrases and stems
  ['exact phrase', { any: ['task role'] }, 'the task role calls S3', true],
  ['case and punctuation', { any: ['task role'] }, 'The TASK-ROLE!', true],
  ['plural by stem', { any: ['task role'] }, 'task roles', true],
  ['verb form by stem', { any: ['pull the image'] }, 'it pulls images', true],
  ['orchestrate ~ orchestration', { any: ['orchestrate'] }, 'orchestration is done by ECS', true],
  ['function words ignored', { any: ['pull the image'] }, 'pull an image', true],
  ['words must be adjacent', { any: ['task role'] }, 'the task execution role', false],
  ['order matters', { any: ['task role'] }, 'role of the task', false],
  ['absent', { any: ['task role'] }, 'the execution role', false],
  ['any of several', { any: ['ECR', 'registry'] }, 'from the registry', true],
  // typos
  ['typo in a long word', { any: ['execution role'] }, 'the exection role', true],
  ['transposition', { any: ['concurrency'] }, 'concurrnecy is 80', true],
  ['two typos in a 9+ letter word', { any: ['orchestrator'] }, 'orchestartr', true],
  ['too many typos', { any: ['orchestrator'] }, 'orkestratr', false],
  ['short words are never fuzzy: ECS is not EKS', { any: ['ECS'] }, 'EKS runs it', false],
  ['short words are never fuzzy: task is not tusk', { any: ['task role'] }, 'tusk role', false],
  ['task role never becomes execution role', { any: ['execution role'] }, 'the task role', false],
  ['first letter must agree', { any: ['fargate'] }, 'margate', false],
  // numbers: digits and number words are one word
  ['digits meet a number word', { any: ['two subnets'] }, 'The ALB needs 2 subnets.', true],
  ['a number word meets digits', { any: ['8 free IPs'] }, 'keep eight free IPs', true],
  ['tens as words', { any: ['80 requests'] }, 'eighty requests at once', true],
  ['another number is not the same word', { any: ['two subnets'] }, 'The ALB needs 3 subnets.', false],
  ['a number word is not another number', { any: ['2 AZs'] }, 'three AZs', false],
  // a number belongs to the nearest word it could qualify
  ['a number bound to a nearer attribute', { together: [['default'], ['1000']] }, 'The default is 80, up to 1000.', false],
  ['a number next to its attribute', { together: [['default'], ['1000']] }, 'The default is 1000, up to 80.', true],
  ['a number before its attribute', { together: [['1000'], ['maximum']] }, '1000 is the maximum.', true],
  ['a number before another attribute', { together: [['1000'], ['default']] }, 'It allows up to 1000, 80 is the default', false],
  ['all: every item, anywhere', { all: ['task role', 'S3'] }, 'The task role reads. It reads S3.', true],
  ['all: one item missing', { all: ['task role', 'S3'] }, 'The task role reads objects.', false],
  ['either: any alternative', { either: [{ any: ['ECR'] }, { any: ['registry'] }] }, 'It pulls from the registry.', true],
  // synonyms
  ['deck synonym', { any: ['$orchestrator'] }, 'ECS is the scheduler', true],
  ['deck synonym multi-word', { any: ['$orchestrator'] }, 'the control plane', true],
  ['inline deck synonym', { any: ['task role gives $app'] }, 'task role gives your code permissions', true],
  ['unknown synonym is literal', { any: ['$widget'] }, 'a widget', true],
  // negation and polarity
  ['affirm needs an affirmed mention', { any: ['orchestrator'] }, 'Fargate is not an orchestrator', false],
  ['deny needs a negated mention', { polarity: 'deny', any: ['orchestrator'] }, 'Fargate is not an orchestrator', true],
  ['deny not met by an affirmation', { polarity: 'deny', any: ['orchestrator'] }, 'Fargate is an orchestrator', false],
  ["contraction isn't", { polarity: 'deny', any: ['orchestrator'] }, "Fargate isn't an orchestrator", true],
  ["doesn't", { polarity: 'deny', any: ['orchestrate'] }, "It doesn't orchestrate anything", true],
  ['never', { polarity: 'deny', any: ['orchestrate'] }, 'Fargate never orchestrates', true],
  ['no', { polarity: 'deny', any: ['servers'] }, 'there are no servers to manage', true],
  ['not by X', { polarity: 'deny', any: ['fargate'] }, 'scheduling is done by ECS, not by Fargate', true],
  ['rather than', { polarity: 'deny', any: ['VM'] }, 'use Fargate rather than a VM', true],
  ['instead of', { polarity: 'deny', any: ['VM'] }, 'Fargate instead of a VM', true],
  ['a myth that', { polarity: 'deny', any: ['fargate is kubernetes'] }, 'It is a myth that Fargate is Kubernetes', true],
  ['wrong to say', { any: ['fargate is kubernetes'] }, 'It is wrong to say Fargate is Kubernetes', false],
  ['false that', { polarity: 'deny', any: ['always cheaper'] }, 'It is false that managed is always cheaper', true],
  ['wrong alone is not a negation', { any: ['wrong region'] }, 'the wrong region', true],
  ['rather alone is not a negation', { any: ['cheap'] }, 'it is rather cheap', true],
  ['negation stops at a comma', { any: ['capacity'] }, 'No, it is capacity', true],
  ['negation stops at a sentence end', { any: ['capacity'] }, 'It is not an orchestrator. It is capacity.', true],
  ['negation stops at a new clause', { any: ['capacity'] }, 'not a scheduler but capacity', true],
  ['subject before not stays affirmed', { any: ['fargate'] }, 'Fargate is not a scheduler', true],
  ['not only is not a negation', { any: ['cheaper'] }, 'not only cheaper but faster', true],
  ['negated phrase matches negated answer', { any: ['not an orchestrator'] }, 'it is not an orchestrator', true],
  ['negated phrase not met by affirmation', { any: ['not an orchestrator'] }, 'it is an orchestrator', false],
  // all and together
  ['all present', { all: ['ENI', ['IP', 'address']] }, 'each task gets an ENI and an address', true],
  ['all one missing', { all: ['ENI', 'IP'] }, 'each task gets an ENI', false],
  ['together in one clause', { together: [['execution role'], ['pull']] }, 'the execution role pulls the image', true],
  ['together across sentences fails', { together: [['execution role'], ['pull']] }, 'The execution role exists. Images are pulled.', false],
  ['who-does-what swap fails', { together: [['execution role'], ['pull']] }, 'the execution role calls S3, the task role pulls the image', false],
  ['together after a semicolon fails', { together: [['task role'], ['S3']] }, 'the task role exists; S3 is storage', false],
  ['together with e.g. in the clause', { together: [['task role'], ['S3']] }, 'the task role gives permissions, e.g. reading S3', true],
  ['together denied', { polarity: 'deny', together: [['fargate'], ['orchestrator']] }, 'Fargate is not an orchestrator', true],
  // numbers and CIDR
  ['number bare', { number: { value: 80 } }, 'the default is 80', true],
  ['number wrong', { number: { value: 80 } }, 'the default is 100', false],
  ['number unit converted', { number: { value: 0.5, unit: 'GiB' } }, 'use 512 MiB', true],
  ['number unit tolerance', { number: { value: 60, unit: 'min', tolerance: 1 } }, 'about 1 hour', true],
  ['number wrong dimension', { number: { value: 10, unit: 's' } }, '10 GB', false],
  ['number offered among guesses', { number: { value: 10, unit: 's' } }, 'Either 10 or 30 seconds I think.', false],
  ['number offered among bare guesses', { number: { value: 10, unit: 's' } }, 'maybe 10 or 30', false],
  ['number in one clause, another in the next', { number: { value: 10, unit: 's' } }, 'Cloud Run waits 10 seconds; ECS 30 seconds.', true],
  ['number with "or" and no second value', { number: { value: 10, unit: 's' } }, 'It is 10 seconds, or so I think.', true],
  ['number bare read in spec unit', { number: { value: 10, unit: 's' } }, 'grace is 10', true],
  ['cidr prefix', { cidr: '/24' }, 'a /24 is enough', true],
  ['cidr wrong prefix', { cidr: '/24' }, 'a /25 is enough', false],
  ['cidr block', { cidr: '10.0.0.0/24' }, 'use 10.0.0.0/24', true],
  ['cidr block wrong address', { cidr: '10.0.0.0/24' }, 'use 10.0.1.0/24', false],
  // either
  ['either first', { either: [{ any: ['scale to zero'] }, { polarity: 'deny', any: ['always on'] }] }, 'it scales to zero', true],
  ['either second', { either: [{ any: ['scale to zero'] }, { polarity: 'deny', any: ['always on'] }] }, 'it is not always on', true],
  ['either none', { either: [{ any: ['scale to zero'] }, { polarity: 'deny', any: ['always on'] }] }, 'it is always on', false],
];

describe('matcher', () => {
  it.each(CASES)('%s', (_label, shape, answer, expected) => {
    expect(met(shape, answer)).toBe(expected);
  });

  it('evidence is the clause of the answer that met it', () => {
    const m = compileMatcher({ id: 'x', together: [['execution role'], ['pull']] } as Criterion);
    const answer = 'Two roles. The execution role pulls the image; the task role calls S3.';
    expect(evaluate(m, analyse(answer, new FuzzyVocabulary([])), answer)).toEqual({ met: true, evidence: 'The execution role pulls the image;' });
  });
});

describe('tokenize', () => {
  const shape = (text: string): string[] => tokenize(text).map((c) => c.tokens.map((t) => (t.negated ? '!' : '') + t.stem).join(' '));
  it.each([
    ['sentences and clauses', 'ECS schedules. Fargate runs, but ECR stores.', ['ec schedul', 'fargat run', 'ecr store']],
    ['e.g. does not end a sentence', 'roles, e.g. task roles', ['role task role']],
    ['decimal does not end a sentence', 'use 0.25 vCPU.', ['us 0.25 vcpu']],
    ['colon ends a negation scope, not a clause', 'Not quite: it is capacity', ['!quit capac']],
    ['colon inside a word is not a scope end', 'never :latest', ['!latest']],
    ['thousands separator is not a comma', 'not 1,000, but 80', ['!1000', '80']],
    ['negation scope', "it isn't a scheduler, it is capacity", ['!schedul', 'capac']],
    ['negation runs through an "X, Y or Z" list', 'Fargate does not schedule, place or restart tasks', ['fargat !schedul !place !restart !task']],
    ['and "X, Y, or Z"', 'it never pulls, logs, or scans', ['!pull !log !scan']],
    ['a bare "No," starts no list', 'No, ECS or EKS schedules', ['ec ek schedul']],
    ['a new subject after "or" ends the list', 'no least privilege, or the image pull fails', ['!least !privileg imag pull fail']],
    ['a new subject after the comma ends the list', 'you do not pick one, you pick Fargate or EC2', ['!pick !1 pick fargat ec2']],
    ['a spaced dash ends the scope', 'no - fargate is compute', ['fargat comput']],
    ['"and the <subject> <verb>" opens a clause', 'The execution role pulls the image and the task role calls S3', ['execut role pull imag', 'task role call s3']],
    ['"so" ends a negated scope', "you never pay for idle so it's always cheaper", ['!pai !idl alwai cheaper']],
    ['"it is" after negated words ends the scope', 'you never pay for idle capacity it is always cheaper', ['!pai !idl !capac alwai cheaper']],
    ['"not true that it is" keeps the scope', 'it is not true that it is Kubernetes', ['!true !kubernet']],
    ['"not because of" keeps the scope', 'it is not because of isolation', ['!isol']],
    ['"and the <noun>" stays in the clause', 'it pulls the image and the logs', ['pull imag log']],
  ] as [string, string, string[]][])('%s', (_label, text, expected) => {
    expect(shape(text)).toEqual(expected);
  });
});

describe('editDistance', () => {
  it.each([
    ['abc', 'abc', 0],
    ['abc', 'abd', 1],
    ['abcd', 'abdc', 1],
    ['kitten', 'sitting', 3],
    ['', 'abc', 3],
  ] as [string, string, number][])('%s → %s = %i', (a, b, d) => {
    expect(editDistance(a, b, 5)).toBe(d);
  });
  it('gives up past the limit', () => {
    expect(editDistance('aaaaaaaa', 'bbbbbbbb', 2)).toBe(3);
  });
});

describe('FuzzyVocabulary', () => {
  const v = new FuzzyVocabulary(['execution', 'orchestrator', 'scheduler', 'image', 'ECS', 'pull2', 'concurrency']);
  it.each([
    ['exection', 'execution'], // one deletion in a long word
    ['orchestartr', 'orchestrator'], // two edits: 9+ letters allow two
    ['schedulr', 'scheduler'], // 8 letters: one edit
    ['imgae', 'image'], // five letters: an adjacent swap is one edit
    ['concurency', 'concurrency'],
  ])('%s → the stem of %s', (word, meant) => {
    expect(v.correct(word, stem(word))).toBe(stem(meant));
  });

  it.each([
    ['schedxlr', 'two edits in an 8-letter word'],
    ['imag', 'under five letters'],
    ['xecution', 'the first letter must agree'],
    ['execution', 'already a rubric word'],
    ['executions', 'already a rubric stem'],
    ['exec1tion', 'not all letters'],
    [`execution${'x'.repeat(30)}`, 'over 30 letters'],
    ['banana', 'nothing near'],
  ])('%s stays itself (%s)', (word) => {
    expect(v.correct(word, stem(word))).toBeUndefined();
  });

  it('only words of 5+ letters are candidates: short and non-letter words are never targets', () => {
    const short = new FuzzyVocabulary(['ecs', 'pull2', 'fargate']);
    expect(short.correct('ecss', stem('ecss'))).toBeUndefined();
    expect(short.correct('pull3', stem('pull3'))).toBeUndefined();
    expect(short.correct('farggate', stem('farggate'))).toBe(stem('fargate'));
  });

  it('gives the same answer from its cache', () => {
    expect(v.correct('exection', stem('exection'))).toBe(v.correct('exection', stem('exection')));
    expect(v.correct('banana', stem('banana'))).toBe(v.correct('banana', stem('banana')));
  });

  it('allows two edits from nine letters, one below', () => {
    expect([1, 5, 8, 9, 12].map(maxEdits)).toEqual([1, 1, 1, 2, 2]);
    expect(editDistance('abcdef', 'abcdefghi', 2)).toBe(3);
    expect(editDistance('abcdef', 'abcdefgh', 2)).toBe(2);
  });
});
