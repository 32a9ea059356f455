import { describe, expect, it } from 'vitest';
import type { Card } from '../../../src/core/deck/schema.js';
import { gradeCard } from '../../../src/core/grading/index.js';
import { gradeChoice } from '../../../src/core/grading/choice.js';
import { gradeNumeric } from '../../../src/core/grading/exact-kinds.js';
import { listsValues } from '../../../src/core/grading/hedge.js';
import { memory } from './fixtures.js';

const plain = (q: { dimension: string; value: number }) => ({ dimension: q.dimension, value: q.value });
const cloze = (text: string): Card => ({ id: 'z', kind: 'cloze', prompt: 'Fill in', answer: text.replace(/\{\{|\}\}/g, ''), cloze: text });
const score = (card: Card, answer: string): number => gradeCard(card, answer).score;

describe('choice', () => {
  const card: Card = { id: 'c', kind: 'choice', prompt: 'Who schedules?', answer: 'ECS', choices: ['Fargate', 'ECS', 'ECR'], correct: 'ECS' };

  it('an empty answer is noted as empty; a given one is not', () => {
    expect(gradeChoice(card, '  ').notes).toEqual(['empty answer']);
    expect(gradeChoice(card, 'b').notes).toEqual([]);
    expect(gradeChoice(card, 'ECS').criteria).toEqual([{ id: 'choice', met: true, weight: 1, evidence: 'ECS' }]);
  });

  it('a sentence naming the right option and no other is met; naming two is not', () => {
    expect(gradeChoice(card, 'I think it is ECS that schedules.').score).toBe(1);
    expect(gradeChoice(card, 'Either ECS or Fargate.').score).toBe(0);
  });

  it('a correct option that is not among the choices is never met', () => {
    const broken: Card = { ...card, choices: ['Fargate', 'ECR'] };
    expect(gradeChoice(broken, 'ECS').score).toBe(0);
  });
});

describe('numeric hints', () => {
  it('names the unit when the card has one', () => {
    expect(gradeNumeric(memory, '1024 MiB').criteria[0]!.hint).toBe('Give the number (in MiB or a convertible unit).');
    expect(gradeNumeric(memory, '512 or 1024 MiB').criteria[0]!.hint).toBe('Give one number (in MiB or a convertible unit), not a list of guesses.');
  });

  it('says only "the number" for a count', () => {
    const count: Card = { id: 'n', kind: 'numeric', prompt: 'How many AZs?', answer: '3', number: { value: 3 } };
    expect(gradeNumeric(count, '4').criteria[0]!.hint).toBe('Give the number.');
    expect(gradeNumeric(count, '3 or 4').criteria[0]!.hint).toBe('Give one number, not a list of guesses.');
    expect(gradeNumeric(count, '3').criteria).toEqual([{ id: 'number', met: true, weight: 1, evidence: '3' }]);
  });
});

describe('listsValues: several values offered as alternatives', () => {
  it('a decimal point is no sentence end', () => {
    expect(listsValues('2.5 or 2.5', plain)).toBe(false);
    expect(listsValues('2.5 or 2.6', plain)).toBe(true);
    expect(listsValues('2.5 GiB. 2.6 GiB', plain)).toBe(false);
  });

  it('with one value expected, ", " joins values too', () => {
    expect(listsValues('250, 256', plain, 0, true)).toBe(true);
    expect(listsValues('250, 256', plain)).toBe(false);
    expect(listsValues('250 to 256', plain, 0, true)).toBe(true);
    expect(listsValues('250 to 256', plain)).toBe(false);
  });

  it('only words that start with a digit are values', () => {
    expect(listsValues('5 or v6', plain)).toBe(false);
    expect(listsValues('5 or 6', plain)).toBe(true);
  });

  it('values within the tolerance are one value', () => {
    expect(listsValues('100 or 101', plain, 1)).toBe(false);
    expect(listsValues('100 or 102', plain, 1)).toBe(true);
  });

  it('a bracket that opens with an alternative carries the value before it', () => {
    expect(listsValues('251 (or 256)', plain)).toBe(true);
    expect(listsValues('251 (256)', plain)).toBe(false);
    expect(listsValues('or 256', plain)).toBe(false);
  });
});

describe('cloze labels', () => {
  const queue = cloze('The queue holds {{10}} messages; the batch holds {{5}} messages.');

  it('a value said beside its own label counts in any order', () => {
    expect(score(queue, 'queue 10, batch 5')).toBe(1);
    expect(score(queue, 'the batch holds 5 and the queue holds 10')).toBe(1);
  });

  it('a value said beside the other blank\'s label does not count', () => {
    expect(score(queue, 'queue 5, batch 10')).toBe(0);
    expect(score(queue, 'batch 10')).toBe(0);
  });

  it('unlabelled values are read in the blanks\' order', () => {
    expect(score(queue, '10\n5')).toBe(1);
    expect(score(queue, '5\n10')).toBe(0);
  });

  it('limit words are one label however written', () => {
    const limits = cloze('{{5}} minutes by default, up to {{60}} minutes');
    expect(score(limits, 'maximum 60 minutes, defaults to 5 minutes')).toBe(1);
    expect(score(limits, 'raised to 60 minutes; 5 minutes default')).toBe(1);
    expect(score(limits, 'at most 5 minutes, by default 60 minutes')).toBe(0);
  });

  it('a denied label is no label: its value is read in order', () => {
    const limits = cloze('{{5}} minutes by default, up to {{60}} minutes');
    expect(score(limits, 'not the max 5 minutes; 60 minutes')).toBe(1);
    expect(score(limits, 'max 5 minutes; 60 minutes')).toBe(0.5);
  });

  it('names with a digit are labels ("S3", "EC2")', () => {
    const stores = cloze('{{Objects}} go to S3; {{instances}} run on EC2.');
    expect(score(stores, 'EC2 instances, S3 objects')).toBe(1);
    expect(score(stores, 'EC2 objects, S3 instances')).toBe(0);
  });

  it('numbers are no labels', () => {
    const versions = cloze('Version 2 uses {{gzip}}; version 3 uses {{zstd}}.');
    expect(score(versions, 'version 3 uses zstd, version 2 uses gzip')).toBe(0);
    expect(score(versions, 'gzip, then zstd')).toBe(1);
  });

  it('a slash in a blank reads as a space, as it does in the answer', () => {
    const proto = cloze('Allow {{TCP/UDP}} traffic on port {{53}}.');
    expect(score(proto, 'tcp udp, 53')).toBe(1);
    expect(score(proto, 'TCP/UDP on 53')).toBe(1);
    expect(score(cloze('Subnets from /{{28}} to /{{16}}'), '/28 to /16')).toBe(1);
  });

  it('an empty alternative in a blank accepts nothing', () => {
    const typo = cloze('Wait {{5|}} minutes.');
    expect(score(typo, 'soon;; later')).toBe(0);
    expect(score(typo, '; 5')).toBe(1);
  });

  it('a missed blank gives its hint and weight, no evidence', () => {
    expect(gradeCard(queue, 'queue 10').criteria).toEqual([
      { id: 'blank-1', met: true, weight: 0.5, evidence: 'queue 10' },
      { id: 'blank-2', met: false, weight: 0.5, hint: 'Blank 2 is missing or wrong.' },
    ]);
  });
});
