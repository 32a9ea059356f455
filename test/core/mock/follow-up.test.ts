import { describe, expect, it } from 'vitest';
import { followUpPrompt } from '../../../src/core/mock/index.js';
import type { Criterion } from '../../../src/core/deck/index.js';

const synonyms = { 'exec-role': ['execution role', 'task execution role'] };

describe('the follow-up names the missed point, not its answer', () => {
  const cases: [string, Criterion, string][] = [
    ['together: the first idea, through the synonyms', { id: 'x', together: [['$exec-role'], ['$agent-work']] }, 'And what about the execution role?'],
    ['together: a proper noun stays bare', { id: 'x', together: [['ECS', 'Elastic Container Service'], ['orchestrates']] }, 'And what about ECS?'],
    ['hint "Say … — detail": the ask, without the detail', { id: 'runs-out', any: ['runs out'], hint: 'Say what happens — the subnet runs out of addresses and tasks cannot start.' }, 'And can you say what happens?'],
    ['a hint without a dash would give the answer away: the point id', { id: 'two-roles', any: ['different'], hint: 'Say plainly that they are two different roles.' }, 'And what about the two roles?'],
    ['a hint that tells ("Say that …") is not used', { id: 'more-tasks-per-instance', any: ['tasks per instance'], hint: 'Say that it raises tasks per instance, not IP use — trunking is an EC2 feature.' }, 'And what about the more tasks per instance?'],
    ['"Name …" asks too', { id: 'x', any: ['task definition'], hint: 'Name the two things you define — a task definition and a service.' }, 'And can you name the two things you define?'],
    ['all: the first item', { id: 'x', all: [['task definition', 'taskdef'], 'service'] }, 'And what about the task definition?'],
    ['an unknown synonym group reads as words', { id: 'x', together: [['$cold-start'], ['latency']] }, 'And what about the cold start?'],
  ];
  for (const [name, criterion, expected] of cases) it(name, () => expect(followUpPrompt(criterion, synonyms)).toBe(expected));
});
