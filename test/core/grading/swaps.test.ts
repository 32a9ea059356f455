import { describe, expect, it } from 'vitest';
import type { Card } from '../../../src/core/deck/schema.js';
import { gradeCard } from '../../../src/core/grading/index.js';

// Who-does-what between named entities: each bound thing said of the other name is a swap.
const card = {
  id: 'who',
  kind: 'text',
  prompt: 'What do ECS and Fargate each do?',
  answer: 'ECS schedules the tasks; Fargate provides the serverless capacity they run on.',
  rubric: {
    criteria: [
      { id: 'ecs-schedules', together: [['ECS'], ['schedules', 'orchestrates']] },
      { id: 'fargate-capacity', together: [['Fargate'], ['capacity', 'serverless']] },
    ],
  },
} as Card;

const swapped = (answer: string) => gradeCard(card, answer).contradictions;

describe('words joined to a name by "as" or "to" are said of that name', () => {
  it('"use ECS to orchestrate and pick Fargate as the platform" swaps nothing; the names the other way round do', () => {
    expect(swapped('You use ECS to orchestrate and pick Fargate as the platform.')).toEqual([]);
    expect(swapped('You use Fargate to orchestrate and pick ECS as the platform.').map((c) => c.id)).toEqual(['swapped-roles']);
    expect(swapped('You use Fargate as the platform and ECS to orchestrate.')).toEqual([]);
  });
});

describe('what the model answer itself says of another entity is no swap', () => {
  const ips = {
    id: 'ips',
    kind: 'text',
    prompt: 'Why can a Fargate service run out of addresses?',
    answer: 'Every Fargate task gets its own ENI with a private IP from the subnet, and ALB nodes take IPs too.',
    rubric: { criteria: [{ id: 'ip-per-task', together: [['ENI', 'network interface'], ['IP', 'IPs', 'addresses']] }] },
  } as Card;

  it('in any phrasing of the rubric ("addresses" where the model answer says "IPs")', () => {
    expect(gradeCard(ips, 'Each task has its own ENI and IP, and ALB nodes grab addresses too.').contradictions).toEqual([]);
    expect(gradeCard(ips, 'Each task has its own ENI and IP, and ALB nodes take IPs too.').contradictions).toEqual([]);
  });
});

describe('swapped roles between named entities', () => {
  it.each([
    ['Fargate schedules the tasks.', 'schedules', 'ECS', 'fargate'], // the name opens the clause
    ['A Fargate instance schedules the tasks.', 'schedules', 'ECS', 'fargate'], // after a determiner
    ['The Fargate service schedules tasks.', 'schedules', 'ECS', 'fargate'],
    ['On Fargate the scheduler schedules tasks.', 'schedules', 'ECS', 'fargate'], // a frame names who the clause is about
    ['Tasks that Fargate schedules.', 'schedules', 'ECS', 'fargate'], // the name with its verb
    ['ECS is serverless capacity.', 'capacity', 'Fargate', 'ecs'],
  ])('%s', (answer, words, right, wrong) => {
    expect(swapped(answer)).toEqual([{ id: 'swapped-roles', evidence: answer, message: `Swapped: "${words}" describes ${right}, not ${wrong}.` }]);
    expect(gradeCard(card, answer).verdict).toBe('incorrect');
  });

  it.each([
    'Like Fargate, ECS schedules the tasks.', // a compared name is no subject
    'Fargate runs what ECS schedules.', // the right name before the words
    'For Fargate tasks ECS schedules.',
    'Amazon ECS schedules.',
    'ECS Fargate schedules the tasks.', // names both
    'Fargate does not schedule the tasks.', // denied
    'If Fargate schedules the tasks, fine.', // a condition
    'Cloud Run schedules the tasks.', // a name the card does not use
    'ECS schedules tasks and Fargate provides capacity.',
  ])('%s: no swap', (answer) => {
    expect(swapped(answer)).toEqual([]);
  });

  it('words the rubric also binds to the other name, or the model answer says of it, are no swap', () => {
    const shared = { ...card, rubric: { criteria: [...card.rubric!.criteria, { id: 'fargate-runs', together: [['Fargate'], ['runs tasks']] }, { id: 'ecs-runs', together: [['ECS'], ['runs tasks']] }] } } as Card;
    expect(gradeCard(shared, 'Fargate runs tasks.').contradictions).toEqual([]);
    const said = { ...card, answer: `${card.answer} Fargate schedules nothing but the hosts themselves scale.` } as Card;
    expect(gradeCard(said, 'Fargate schedules the tasks.').contradictions).toEqual([]);
  });
});
