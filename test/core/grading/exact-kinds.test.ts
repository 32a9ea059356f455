import { describe, expect, it } from 'vitest';
import { bundledDir, findCard, loadDecks } from '../../../src/cli/content.js';
import type { Card } from '../../../src/core/deck/schema.js';
import { gradeCard } from '../../../src/core/grading/index.js';
import { numberWordsToDigits } from '../../../src/core/grading/exact-kinds.js';

const decks = await loadDecks([bundledDir('decks')]);
const card = (id: string): Card => findCard(decks, id).card;

// [card, answer, verdict]: the QA table and its neighbours.
const CASES: [string, string, string][] = [
  ['fact.usable-ips-24', '251', 'correct'],
  ['fact.usable-ips-24', '250, 251 or 256', 'incorrect'],
  ['fact.usable-ips-24', '251 or 256', 'incorrect'],
  ['fact.usable-ips-24', '251: a /24 has 256 addresses and AWS reserves 5 in every subnet', 'correct'],
  ['fact.usable-ips-24', 'two hundred fifty-one', 'correct'],
  ['fact.usable-ips-24', '251 (or 256)', 'incorrect'],
  ['fact.usable-ips-24', '251. Or maybe 256', 'incorrect'],
  ['fact.usable-ips-24', '251 (a /24 has 256 addresses)', 'correct'],
  ['fact.usable-ips-24', '251 or 251', 'correct'],
  ['fact.usable-ips-24', '251 and 5 reserved', 'correct'],
  ['fact.usable-ips-24', '250,251,256', 'incorrect'],
  ['fact.usable-ips-24', '2.5 or 251', 'incorrect'],
  ['fact.lambda-timeout', '15 minutes (or 900 s)', 'correct'],
  ['fact.cloud-run-request-timeout', 'at most 60 minutes, 5 minutes by default', 'correct'],
  ['fact.cloud-run-request-timeout', 'limit 60 min, defaults 5 min', 'correct'],
  ['fact.cloud-run-request-timeout', 'the 5 minute default, the 60 minute maximum', 'correct'],
  ['fact.cloud-run-request-timeout', 'raised to 5 minutes, default 60 minutes', 'incorrect'],
  ['fact.cloud-run-request-timeout', '3600, 300', 'incorrect'],
  ['fact.lambda-timeout', '10 or 15 minutes', 'incorrect'],
  ['fact.lambda-timeout', '15 to 20 minutes', 'incorrect'],
  ['fact.lambda-timeout', 'fifteen minutes', 'correct'],
  ['fact.lambda-timeout', '15 minutes (900 s). Cloud Run requests may run up to 60 minutes, which is one reason long jobs fit containers better.', 'correct'],
  ['fact.lambda-timeout', '15 minutes or 900 s', 'correct'],
  ['fact.cloud-run-request-timeout', 'default 5 minutes, max 60 minutes', 'correct'],
  ['fact.cloud-run-request-timeout', 'default 5 minutes\nmax 60 minutes', 'correct'],
  ['fact.cloud-run-request-timeout', 'max 60 minutes\ndefault 5 minutes', 'correct'],
  ['fact.cloud-run-request-timeout', '5 minutes\n60 minutes', 'correct'],
  ['fact.cloud-run-request-timeout', 'default 60 minutes, max 5 minutes', 'incorrect'],
  ['fact.cloud-run-request-timeout', 'default 60 minutes\nmax 5 minutes', 'incorrect'],
  ['fact.cloud-run-request-timeout', '60 minutes\n5 minutes', 'incorrect'],
  ['fact.cloud-run-request-timeout', 'It defaults to five minutes and can be raised to sixty minutes.', 'correct'],
  ['fact.cloud-run-request-timeout', 'Default 5 minutes (300 s), maximum 60 minutes (3,600 s). Past the deadline the request ends with HTTP 504 while the instance keeps running.', 'correct'],
  ['fact.reserved-ips', '5 reserved per subnet, the first 4 and the last one: .0 network, .1 VPC router, .2 DNS, .3 future use, and the broadcast address. Subnets run from /28 to /16.', 'correct'],
  ['fact.reserved-ips', 'five\nfour\n/28\n/16', 'correct'],
  ['fact.cloud-run-limits', 'eight\n32 GiB\n512 MiB', 'correct'],
  ['fact.cloud-run-request-timeout', 'default 5 or 10 minutes\nmax 60 minutes', 'partial'],
  ['fact.cloud-run-request-timeout', 'default 5 minutes or 300 s, max 60 minutes', 'correct'],
  ['fact.reserved-ips', '5 reserved, the first 4; sizes from 28 to 16', 'correct'],
  ['gotcha.cdk-min-healthy', '50 % (0 for daemon services), with maxHealthyPercent 200', 'correct'],
  // A choice named by a shortened option: the option's own words, and no other option's.
  ['choose.aci-or-aca', 'Container Apps', 'correct'],
  ['choose.aci-or-aca', 'container instances', 'incorrect'],
  ['choose.aci-or-aca', 'Azure', 'incorrect'],
  ['fact.role-symptom', 'execution role', 'correct'],
  ['fact.role-symptom', 'task role', 'incorrect'],
  ['fact.role-symptom', 'role', 'incorrect'],
  ['fact.role-symptom', 'not the task execution role', 'incorrect'],
  ['fact.role-symptom', 'Not the task role but the task execution role.', 'correct'],
  ['fact.role-symptom', 'The task execution role: the agent pulls the image with it.', 'correct'],
  // Initials, a unit glued to its number, the option's own denial, a paraphrase sharing clearly more words with one option.
  ['choose.aci-or-aca', 'ACA', 'correct'],
  ['choose.aci-or-aca', 'aci', 'incorrect'],
  ['fact.fargate-valid-size', '1 vCPU / 2GB', 'correct'],
  ['fact.fargate-valid-size', '4 vCPU / 2GB', 'incorrect'],
  ['fact.orchestrator-compute-combinations', 'Fargate by itself without ECS or EKS', 'correct'],
  ['fact.orchestrator-compute-combinations', 'fargate on its own without ecs/eks', 'correct'],
  ['fact.orchestrator-compute-combinations', 'fargate on its own with ecs and eks', 'incorrect'],
  ['fact.orchestrator-compute-combinations', 'ECS on its own without Fargate', 'incorrect'],
  // Three of four blanks (0.75, the default cut-off) still states one wrong fact: partial, not correct.
  ['fact.reserved-ips', 'five\nfour\n/24\n/16', 'partial'],
  ['fact.reserved-ips', 'five\nthree\n/28\n/16', 'partial'],
  ['fact.reserved-ips', 'five\nfour\n/28', 'partial'],
  // One unlabelled value per blank is read by position: a right value in another blank's place counts for none.
  ['fact.reserved-ips', '4, 3, /29, /16', 'incorrect'],
  ['fact.reserved-ips', '5, 4, /28, /16', 'correct'],
  ['howto.grace-periods', '30, 120, 30, 30', 'partial'],
  // Three or more values joined by dashes or slashes are a list; a legend in brackets after them holds no value.
  ['howto.grace-periods', '30-120-10-30 (ECS default/max, Cloud Run fixed, ACA default)', 'correct'],
  ['howto.grace-periods', '30/120/10/30', 'correct'],
  ['howto.grace-periods', '30-120-30-30 (ECS default/max, Cloud Run fixed, ACA default)', 'partial'],
  ['howto.grace-periods', '120-30-10-30', 'partial'],
  // A bare number fills a blank in the blank's own unit, not with another unit after it.
  ['fact.cloud-run-request-timeout', '60 s, 15 min', 'incorrect'],
  ['fact.cloud-run-request-timeout', '5 s, 60 s', 'incorrect'],
  ['fact.cloud-run-request-timeout', '5, 60', 'correct'],
  // " / " separates values, and an aside after them holds no value of a blank.
  ['fact.cloud-run-request-timeout', '5 minutes / 60 minutes (and the instance keeps running after the 504, which people forget)', 'correct'],
  ['fact.cloud-run-request-timeout', '60 minutes / 5 minutes', 'incorrect'],
  ['fact.cloud-run-request-timeout', 'default 5 s, max 60 minutes', 'partial'],
];

describe('exact kinds: hedges, labelled blanks, number words', () => {
  it.each(CASES)('%s %j → %s', (id, answer, verdict) => {
    expect(gradeCard(card(id), answer).verdict).toBe(verdict);
  });

  it('a hedge says to give one value', () => {
    const r = gradeCard(card('fact.lambda-timeout'), '10 or 15 minutes');
    expect(r.score).toBe(0);
    expect(r.notes).toContain('several values given: give one value');
  });

  it('reads number words', () => {
    expect(numberWordsToDigits('fifteen minutes')).toBe('15 minutes');
    expect(numberWordsToDigits('eighty')).toBe('80');
    expect(numberWordsToDigits('two hundred and fifty-one')).toBe('251');
    expect(numberWordsToDigits('one thousand twenty four MiB')).toBe('1024 MiB');
    expect(numberWordsToDigits('ninety nine')).toBe('99');
    expect(numberWordsToDigits('five ten')).toBe('5 10');
    expect(numberWordsToDigits('Someone phoned; often seventeen.')).toBe('Someone phoned; often 17.');
  });
});
