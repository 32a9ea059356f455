import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../src/core/grading/tokenize.js';
import { sameWord } from '../../../src/core/grading/same-word.js';
import { misboundNumbers, numberRoles, swappedNumbers } from '../../../src/core/grading/number-roles.js';
import { clauseDirection, phrasesDirection } from '../../../src/core/grading/direction.js';
import { cardEntities, subjects } from '../../../src/core/grading/entities.js';
import { agreesWithRejected, deniesNegativePremise, deniesPremise } from '../../../src/core/grading/stance.js';
import { compilePhrases } from '../../../src/core/grading/phrase.js';

// Each annotation stage of the claim pipeline, alone, on labelled cases.
const clauseTexts = (answer: string): string[] => tokenize(answer).map((c) => c.text);
const negatedWords = (answer: string): string[] => tokenize(answer).flatMap((c) => c.words.filter((_, i) => c.wordNegated[i]));

describe('clauses: a named subject with its own verb starts a clause', () => {
  it.each([
    ['ECS is the serverless option and Fargate is where you run EC2.', ['ECS is the serverless option', 'Fargate is where you run EC2.']],
    ['ECS is serverless, Fargate runs your EC2 instances.', ['ECS is serverless', 'Fargate runs your EC2 instances.']],
    ['You run ECS tasks on Fargate and EC2.', ['You run ECS tasks on Fargate and EC2.']],
  ])('%s', (answer, expected) => expect(clauseTexts(answer)).toEqual(expected));
});

describe('negation scope: "without" governs its noun phrase, not the next verb phrase', () => {
  it.each([
    ['Fargate runs without an EKS control plane and does the scheduling.', ['an', 'eks', 'control', 'plane']],
    ['Fargate does not schedule, place or restart tasks.', ['schedule', 'place', 'or', 'restart', 'tasks']],
    ['It is not an orchestrator and does no scheduling.', ['an', 'orchestrator', 'scheduling']],
  ])('%s', (answer, expected) => expect(negatedWords(answer)).toEqual(expected));
});

describe('conditions and rates claim nothing', () => {
  it('marks the words of a "when" condition and of a price rate', () => {
    const [cond] = tokenize('When a client needs WebSockets: Cloud Run cuts requests at 60 minutes.');
    expect(cond!.words.filter((_, i) => cond!.conditional[i])).toEqual(['when', 'a', 'client', 'needs', 'websockets']);
    const [rate] = tokenize('about $0.04 per vCPU per hour, metered per second');
    expect(rate!.words.filter((_, i) => rate!.quantity[i])).toEqual(['per', 'vcpu', 'per', 'hour']);
  });

  it.each([
    ['You pay for the configured size, whatever the app actually uses.', ['whatever', 'the', 'app', 'actually', 'uses']],
    ['You pay for the configured size even if the app uses less.', ['even', 'if', 'the', 'app', 'uses', 'less']],
    ['Billed for the configured size regardless of load.', ['regardless', 'of', 'load']],
    ['You pay for what the app actually uses.', []],
  ])('marks a concession from where it starts: %s', (answer, expected) => {
    const [clause] = tokenize(answer);
    expect(clause!.words.filter((_, i) => clause!.conditional[i])).toEqual(expected);
  });

  it.each([
    // An instruction after the condition, with no comma, is the main clause; a denial in the condition ends with it.
    ['if nothing shows up check the exec role', ['if', 'nothing', 'shows', 'up'], 'check the exec role'],
    ['so if nothing shows up make sure the task role has logs', ['so', 'if', 'nothing', 'shows', 'up'], 'make sure the task role has logs'],
    ['when logs are missing verify the role', ['when', 'logs', 'are', 'missing'], 'verify the role'],
    // "to check", "the check", "can use": no instruction starts there.
    ['if you need to check the logs', ['if', 'you', 'need', 'to', 'check', 'the', 'logs'], ''],
    ['if the check fails', ['if', 'the', 'check', 'fails'], ''],
    ['if you can use the task role', ['if', 'you', 'can', 'use', 'the', 'task', 'role'], ''],
  ])('a condition ends where an instruction starts: %s', (answer, conditional, claim) => {
    const [clause] = tokenize(answer);
    expect(clause!.words.filter((_, i) => clause!.conditional[i])).toEqual(conditional);
    expect(clause!.words.filter((_, i) => !clause!.conditional[i] && !clause!.wordNegated[i]).join(' ')).toBe(claim);
  });
});

describe('sameWord: one stem, one word only when inflection explains the difference', () => {
  it.each([
    ['identities', 'identical', false],
    ['general', 'generous', false],
    ['scheduling', 'schedule', true],
    ['configured', 'configuration', true],
    ['orchestrates', 'orchestrator', true],
    ['roles', 'role', true],
  ] as const)('%s ~ %s → %s', (a, b, expected) => expect(sameWord(a, b)).toBe(expected));
});

describe('number roles', () => {
  const model = tokenize('80 is the default in the console; gcloud defaults to 80 per vCPU. The maximum is 1000 per instance.');
  const roles = numberRoles(model, new Set([80, 1000]));
  it('binds each number to its own role words', () => {
    expect([...roles.get(1000)!]).toEqual(['maximum']);
    expect(roles.get(80)!.has('default')).toBe(true);
  });
  it('finds numbers in each other\u2019s roles and calls it a swap', () => {
    const answer = tokenize('The default is 1000 per instance, the maximum is 80 per vCPU.');
    const misbound = misboundNumbers(answer, roles);
    expect(misbound.map((m) => [m.value, m.belongsTo])).toEqual([[1000, 80], [80, 1000]]);
    expect(swappedNumbers(misbound)).toBeDefined();
  });
  it('leaves a number in its own role alone', () => {
    expect(misboundNumbers(tokenize('The maximum is 1000; the console default is 80.'), roles)).toEqual([]);
  });
});

describe('direction', () => {
  const lower = compilePhrases(['lower', 'reduce', 'set', 'tune']);
  it('a criterion worded "lower/reduce" moves down', () => expect(phrasesDirection(lower)).toBe('down'));
  it.each([
    ['Raise concurrency to 1000.', 'up'],
    ['Set concurrency to 1000 so more requests fit.', 'up'],
    ['Set concurrency to 1.', 'down'],
    ['Keep concurrency at 80.', 'keep'],
    ['Do not raise concurrency, lower it.', 'down'],
    ['Cloud Run sends up to 80 requests to one instance.', undefined],
    // A particle after a verb of moving; the nearest move wins over a noun like "CPU boost" further off.
    ['Bring concurrency down to what one instance can handle.', 'down'],
    ['Bring concurrency up to 1000.', 'up'],
    ['Concurrency goes up to 1000.', undefined],
    ['Do not bring concurrency down.', undefined],
    ['Drop concurrency to 10.', 'down'],
    ['Trim concurrency.', 'down'],
  ])('%s → %s', (answer, expected) => expect(clauseDirection(tokenize(answer)[0]!, [80], 1)).toBe(expected));
  it('a direction word used as a noun moves nothing: "startup CPU boost", "the cut"', () => {
    expect(clauseDirection(tokenize('Concurrency 80 with startup CPU boost.')[0]!, [80], 0)).toBeUndefined();
    expect(clauseDirection(tokenize('Concurrency 80 and boost it.')[0]!, [80], 0)).toBe('up');
  });

  it('the move nearest the setting wins over a noun like "CPU boost" further off', () => {
    const [clause] = tokenize('Turn on CPU boost and bring concurrency down to 10.');
    expect(clause!.words.indexOf('concurrency')).toBe(6);
    expect(clauseDirection(clause!, [80], 6)).toBe('down');
  });
});

describe('entities and subjects', () => {
  it('takes capitalised names, not sentence-initial words', () => {
    expect(cardEntities(['Say what Fargate is. Cloud Run and ECS differ.'], ['Fargate schedules'])).toEqual(['cloud run', 'fargate', 'ecs']);
  });
  it('resolves "its" to the topic when the name before is only a comparison', () => {
    const clauses = tokenize('Like Lambda, its requests time out after 15 minutes.');
    expect(subjects(clauses, ['cloud run', 'lambda'], 'cloud run').map((s) => s?.name)).toEqual([undefined, 'cloud run']);
  });
  it('reads a cleft: "It is ECS that orchestrates"', () => {
    expect(subjects(tokenize('It is ECS that orchestrates.'), ['ecs', 'fargate'], 'fargate')[0]?.name).toBe('ecs');
  });
});

describe('stance on the question', () => {
  it.each([
    ['Pretty much right. Fargate is Kubernetes.', 'flat'],
    ['True, managed is always cheaper.', 'flat'],
    ['Pretty much, yes: both cut you off at 15 minutes.', 'flat'],
    ['Basically, no.', undefined],
    ['No, Fargate is compute.', undefined],
  ])('agrees with the rejected statement: %s → %s', (answer, expected) => expect(agreesWithRejected('No. Fargate is compute.', answer)).toBe(expected));
  it.each([
    ['Nothing goes wrong; it handles 80 requests fine.', true],
    ['Nothing but the agent uses the execution role.', false],
    ['Nothing here but latency: requests queue.', false],
    ['Nothing goes wrong here.', true],
    ['Requests queue.', false],
  ])('denies the problem: %s → %s', (answer, expected) => expect(deniesPremise('What goes wrong?', tokenize(answer), answer)).toBe(expected));
  it.each([
    ['They mostly do remove it: the provider scans images.', true],
    ["Actually they do.", true],
    ['They do remove that, mostly.', true],
    ['It does remove host patching, but not your image.', false],
    ['They do not remove it: the image is yours.', false],
    ["Because the provider patches the hosts, not your image.", false],
    ['They run your image as it is.', false],
  ])('says "it does" to a why-not question: %s → %s', (answer, expected) =>
    expect(deniesNegativePremise("Why don't managed containers remove the need for image scanning?", tokenize(answer))).toBe(expected));
  it('reads only why-not questions', () => {
    expect(deniesNegativePremise('Why do managed containers remove host patching?', tokenize('They do.'))).toBe(false);
    expect(deniesNegativePremise('What is not removed?', tokenize('They do.'))).toBe(false);
  });
});

describe('a mistake as the condition: the sentence tells what goes wrong', () => {
  it.each([
    ['If you mix them up, the app gets AccessDenied on S3 because only the execution role had that permission.', true],
    ['If you use the wrong role the image fails to pull.', true],
    ['When you conflate them, logs vanish. The task role pulls the image.', true],
    ['If logs are missing, check the execution role.', false],
    ['The execution role lets the app call S3.', false],
  ])('%s → hypothetical %s', (answer, expected) => {
    expect(tokenize(answer)[0]!.hypothetical).toBe(expected);
  });

  it('only that sentence: the next one asserts again', () => {
    const clauses = tokenize('When you conflate them, logs vanish. The task role pulls the image.');
    expect(clauses.map((c) => c.hypothetical)).toEqual([true, false]);
  });
});
