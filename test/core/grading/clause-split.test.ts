import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../src/core/grading/tokenize.js';

// [answer, its clauses as [sentence index, text, negated words as 0/1]]
const CASES: [string, [number, string, string][]][] = [
  ['One. Two! Three? Four', [[0, 'One.', '0'], [1, 'Two!', '0'], [2, 'Three?', '0'], [3, 'Four', '0']]],
  ['Use e.g. ECS. Then Fargate.', [[0, 'Use e.g. ECS.', '0000'], [1, 'Then Fargate.', '00']]],
  ['x vs. y is z', [[0, 'x vs. y is z', '00000']]],
  ['etc. and more', [[0, 'etc. and more', '000']]],
  ['It costs 3.5 dollars. Done', [[0, 'It costs 3.5 dollars.', '0000'], [1, 'Done', '0']]],
  ['Wait...what', [[0, 'Wait...what', '00']]],
  ['Is it?Yes', [[0, 'Is it?Yes', '000']]],
  ['A (mainly x; y) b; c', [[0, 'A (mainly x; y) b;', '00000'], [1, 'c', '0']]],
  ['a)b) c; d', [[0, 'a)b) c;', '000'], [1, 'd', '0']]],
  ['line one\nline two', [[0, 'line one', '00'], [1, 'line two', '00']]],
  ['  ; ;  ', []],
  ['No - it is compute', [[0, 'No - it is compute', '0000']]],
  ['No: it is capacity', [[0, 'No: it is capacity', '0000']]],
  ['image:tag is fine', [[0, 'image:tag is fine', '0000']]],
  ['Not 1,000 tasks, only 5', [[0, 'Not 1,000 tasks, only 5', '01100']]],
  ['It is not ECS, it is Fargate', [[0, 'It is not ECS', '0001'], [0, 'it is Fargate', '000']]],
  ['Fargate does not need subnets, each a /27', [[0, 'Fargate does not need subnets, each a /27', '00011111']]],
  ['The agent pulls the image and the app calls S3 now', [[0, 'The agent pulls the image', '00000'], [0, 'the app calls S3 now', '00000']]],
  ['ECS runs and the app calls S3', [[0, 'ECS runs and the app calls S3', '0000000']]],
  // "both … and" joins two parts of one claim.
  ['80 is both the default and the maximum per container', [[0, '80 is both the default and the maximum per container', '0000000000']]],
  ['It is not only ECS but EKS', [[0, 'It is not only ECS', '00000'], [0, 'EKS', '0']]],
  // A named subject with its verb and object after a colon or dash states its own claim.
  ['It is not ECS: Fargate runs it', [[0, 'It is not ECS: Fargate runs it', '0001000']]],
  ['It is not ECS \u2014 Fargate runs it', [[0, 'It is not ECS \u2014 Fargate runs it', '0001000']]],
  ['It does not need ECS, EKS or EC2', [[0, 'It does not need ECS, EKS or EC2', '00011111']]],
  ['It does not pull or push images', [[0, 'It does not pull or push images', '0001111']]],
  ['It does not scale and can run', [[0, 'It does not scale and can run', '0001000']]],
  ['They say it is not ECS', [[0, 'They say it is not ECS', '000001']]],
  ['Not ECS, Fargate', [[0, 'Not ECS, Fargate', '010']]],
  ['Not the big ECS control plane agent, Fargate', [[0, 'Not the big ECS control plane agent, Fargate', '01111110']]],
  ['not scale-to-zero at all', [[0, 'not scale-to-zero at all', '011111']]],
  ['It is not ECS or it means EKS', [[0, 'It is not ECS or it means EKS', '00011000']]],
  ['No, ECS schedules', [[0, 'No, ECS schedules', '000']]],
  ['It does not scale and it is slow', [[0, 'It does not scale and it is slow', '00011000']]],
  // A subordinate clause inside a denial states its own proposition, not denied.
  ['It does not stop the old tasks until the new ones are healthy', [[0, 'It does not stop the old tasks until the new ones are healthy', '0001111000000']]],
  ['Cloud Run does not bill when idle', [[0, 'Cloud Run does not bill when idle', '0000100']]],
  // An imperative denial before a colon is complete: what follows says what to do instead.
  ["Measure, don't guess: load-test it, look at CPU", [[0, "Measure, don't guess: load-test it, look at CPU", '0001000000']]],
  ["measure don't guess \u2014 load test, watch cpu", [[0, "measure don't guess \u2014 load test, watch cpu", '00010000']]],
  ["you don't need: subnets, IPs", [[0, "you don't need: subnets, IPs", '000111']]],
  ['Never guess - measure it', [[0, 'Never guess - measure it', '0100']]],
  ['Do not push it to the registry: ECR or ACR', [[0, 'Do not push it to the registry: ECR or ACR', '0011111111']]],
  // A denied verb before a colon still runs on into what it lists.
  ['It does not need: subnets, IPs', [[0, 'It does not need: subnets, IPs', '000111']]],
  // "without" denies its object; the noun phrase after it is the clause's own subject.
  ['Without exec the shell stays PID 1', [[0, 'Without exec the shell stays PID 1', '0100000']]],
  ['It runs without a control plane', [[0, 'It runs without a control plane', '000111']]],
  ['Unlike ECS the window is fixed', [[0, 'Unlike ECS the window is fixed', '010000']]],
  // A comma before a bare subject with its auxiliary starts a clause, after a part with a verb of its own.
  ['execution role pulls the image, task role is for the app', [[0, 'execution role pulls the image', '00000'], [0, 'task role is for the app', '000000']]],
  ['ECS, EKS and Fargate are all options', [[0, 'ECS, EKS and Fargate are all options', '0000000']]],
  ['If it fits, tasks can start', [[0, 'If it fits', '000'], [0, 'tasks can start', '000']]],
  // A subject pronoun with its own verb after the comma states something of its own.
  ["fargate can't use it, and even on ec2 it just lets more tasks fit", [[0, "fargate can't use it, and even on ec2 it just lets more tasks fit", '00110000000000']]],
  // A relative clause's denial ends with it: the list goes on un-denied.
  ["Deps that don't fit the package, and jobs needing more memory", [[0, "Deps that don't fit the package, and jobs needing more memory", '000011100000']]],
  // A reason after a comma is a statement of its own, with its own subject.
  ['It needs more than 8 vCPU, since Fargate goes up to 16', [[0, 'It needs more than 8 vCPU', '000000'], [0, 'since Fargate goes up to 16', '000000']]],
  // Parallel labelled statements ("X = A, Y = B"), one clause each; one label alone keeps its list.
  ['exec role = pulls the image, task role = app permissions', [[0, 'exec role = pulls the image', '00000'], [0, 'task role = app permissions', '0000']]],
  ['ECS -> orchestrator, Fargate -> compute', [[0, 'ECS -> orchestrator', '00'], [0, 'Fargate -> compute', '00']]],
  ['roles: task role, exec role', [[0, 'roles: task role, exec role', '00000']]],
  // A bare subject with a third-person verb before its object starts a clause; plural nouns in a list do not.
  ['execution role pulls the image, task role lets the app call S3', [[0, 'execution role pulls the image', '00000'], [0, 'task role lets the app call S3', '0000000']]],
  ['it needs the image, container images and logs', [[0, 'it needs the image, container images and logs', '00000000']]],
  // "X is for A, Y for B": the second statement leaves its verb out and is a clause of its own.
  ['Execution role is for the agent, task role for the app', [[0, 'Execution role is for the agent', '000000'], [0, 'task role for the app', '00000']]],
  ['It is for pulling images, logs and secrets', [[0, 'It is for pulling images, logs and secrets', '00000000']]],
];

describe('sentences, clauses and negation scope', () => {
  it.each(CASES)('%s', (answer, clauses) => {
    expect(tokenize(answer).map((c) => [c.sentence, c.text, c.wordNegated.map((n) => (n ? '1' : '0')).join('')])).toEqual(clauses);
  });
});
