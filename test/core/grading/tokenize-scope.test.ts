import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../src/core/grading/tokenize.js';

/** Each clause's words, a denied one marked with "!", clauses joined by " | ". */
const scopes = (answer: string): string =>
  tokenize(answer)
    .map((c) => c.words.map((w, i) => (c.wordNegated[i] ? `!${w}` : w)).join(' '))
    .join(' | ');

describe('negation scope: lists after a comma', () => {
  it('a short denied item carries its negation through the list', () => {
    expect(scopes('It needs no pods, nodes or tasks.')).toBe('it needs no !pods !nodes !or !tasks');
    expect(scopes('It needs no red pod sets, nodes or tasks.')).toBe('it needs no !red !pod !sets !nodes !or !tasks');
  });

  it('a denied item of four content words starts no list', () => {
    expect(scopes('It needs no big red pod sets, nodes or tasks.')).toBe('it needs no !big !red !pod !sets nodes or tasks');
  });

  it('a denied verb with nothing denied yet does not run on past the comma', () => {
    expect(scopes('Fargate does not, place or restart tasks.')).toBe('fargate does not place or restart tasks');
  });
});

describe('negation scope: where a new proposition starts', () => {
  it('after a prohibition, a bare imperative is what to do instead, unless the list runs on to an "or"', () => {
    expect(scopes("Don't hardcode keys, use IAM roles.")).toBe('do not !hardcode !keys use iam roles');
    expect(scopes('Never hardcode keys, use IAM roles.')).toBe('never !hardcode !keys use iam roles');
    expect(scopes('Do not pull images, push logs or fetch secrets.')).toBe('do not !pull !images !push !logs !or !fetch !secrets');
    expect(scopes('It does not pull images, push logs')).toBe('it does not !pull !images !push !logs');
  });

  it('a name with its verb and object after a denial is a clause of its own, a bare list is not', () => {
    expect(scopes("They're not the same: Cloud Run runs whatever container you hand it")).toBe('they are not !the !same cloud run runs whatever container you hand it');
    expect(scopes('It does not support: Fargate tasks, EKS pods')).toBe('it does not !support !fargate !tasks !eks !pods');
  });

  it('an absence that is the subject of an inference denies nothing after "means"', () => {
    expect(scopes('No logs means the execution role.')).toBe('no !logs means the execution role');
    expect(scopes('CannotPull plus no logs indicates the execution role.')).toBe('cannotpull plus no !logs indicates the execution role');
    // The denial of a verb is not an absence: "does not mean" still denies what follows.
    expect(scopes('It does not mean the task role.')).toBe('it does not !mean !the !task !role');
    expect(scopes('No logs show up in CloudWatch.')).toBe('no !logs !show !up !in !cloudwatch');
  });

  it('"and"/"or" before a verb starts a claim of its own', () => {
    expect(scopes('It does not pull images and does schedule tasks.')).toBe('it does not !pull !images and does schedule tasks');
    expect(scopes('It does not pull images or does the scheduling.')).toBe('it does not !pull !images or does the scheduling');
  });

  it('"and means" goes on with the denied claim', () => {
    expect(scopes('It does not pull images and means less work.')).toBe('it does not !pull !images !and !means !less !work');
  });

  it('a subject with its verb ends the scope, unless a reporting word leads it in', () => {
    expect(scopes('It does not pull images it is cheap.')).toBe('it does not !pull !images it is cheap');
    expect(scopes('It is not true that it is slow.')).toBe('it is not !true !that !it !is !slow');
  });

  it('a subject word without a verb after it stays in the scope', () => {
    expect(scopes('It does not pull this image.')).toBe('it does not !pull !this !image');
  });

  it('"not only" is no negation, and "only" alone hides no word', () => {
    expect(scopes('Not only pods but tasks.')).toBe('not only pods | tasks');
    expect(tokenize('Fargate only runs tasks.')[0]!.tokens.map((t) => t.word)).toEqual(['fargate', 'only', 'runs', 'tasks']);
  });
});

describe('negation scope: chunk ends', () => {
  it('a spaced hyphen, an en dash and an em dash end the scope', () => {
    for (const dash of ['-', '\u2013', '\u2014']) expect(scopes(`Not a scheduler ${dash} capacity.`), dash).toBe('not !a !scheduler capacity');
  });

  it('a hyphen with a word on either side is no dash', () => {
    expect(scopes('Not a scheduler -capacity.')).toBe('not !a !scheduler !capacity');
    expect(scopes('Not a scheduler- capacity.')).toBe('not !a !scheduler !capacity');
  });

  it('a comma after a number ends the scope; a thousands separator does not', () => {
    expect(scopes('Not 5, capacity.')).toBe('not !5 capacity');
    expect(scopes('Not 5,000 tasks.')).toBe('not !5000 !tasks');
  });
});

describe('words', () => {
  it('a hyphenated word counts as its parts; a number-led one stays whole', () => {
    expect(scopes('Not a 60-minute single-threaded timeout.')).toBe('not !a !60-minute !single !threaded !timeout');
  });

  it('runs of blanks read as one space in the clause text', () => {
    expect(tokenize('Fargate   runs \t tasks')[0]!.text).toBe('Fargate runs tasks');
  });
});

describe('negation scope: switching a thing off denies it', () => {
  it('"disable", "turn off" and "switch X off" deny their object, like "without"', () => {
    expect(scopes('Disable min instances.')).toBe('disable !min !instances');
    expect(scopes('turn off min-instances to save money')).toBe('turn !off !min !instances !to !save !money');
    expect(scopes('switch min-instances off, it saves money')).toBe('switch !min !instances !off | it saves money');
    expect(scopes('Turn off the boost and the image pulls faster.')).toBe('turn !off !the !boost | the image pulls faster');
  });

  it('"turn on" and a switch with no "off" near it deny nothing', () => {
    expect(scopes('Turn on min instances.')).toBe('turn on min instances');
    expect(scopes('Switch the service to a bigger instance size and it is off the hook.')).toBe('switch the service to a bigger instance size and it is off the hook');
  });
});

describe('negation scope: a list item with a verb of its own', () => {
  it('"X or Y already run …" after a denied list ends the denial; a bare "X or Y" carries it', () => {
    expect(scopes('It does not need ECS, Cloud Run or Container Apps already run services.')).toBe('it does not !need !ecs cloud run or container apps already run services');
    expect(scopes('It does not need ECS, Cloud Run or Container Apps.')).toBe('it does not !need !ecs !cloud !run !or !container !apps');
  });
});

describe('negation scope: "no … than" is a bound', () => {
  it('"no smaller than /27" and "not more than 10" deny nothing; "no free IPs" does', () => {
    expect(scopes('each no smaller than /27 and with 8 free IPs')).toBe('each no smaller than /27 and with 8 free ips');
    expect(scopes('not more than 10 tasks')).toBe('not more than 10 tasks');
    expect(scopes('it needs no free IPs')).toBe('it needs no !free !ips');
  });
});

describe('a statement taken back', () => {
  const retracted = (answer: string): string[] => tokenize(answer).filter((c) => c.retracted).map((c) => c.text);

  it('"wait, no", "scratch that", "oops, backwards" take back the statement before them', () => {
    expect(retracted("The task role pulls the image... wait, no, that's the other one. The execution role pulls it.")).toEqual(['The task role pulls the image...']);
    expect(retracted('Fargate schedules the tasks. Scratch that: ECS does.')).toEqual(['Fargate schedules the tasks.']);
    expect(retracted('Default 120 s, max 30 s. Oops, backwards.')).toEqual(['Default 120 s, max 30 s.']);
  });

  it('a bare "No", or "wait" as a verb, takes nothing back', () => {
    expect(retracted('Fargate is Kubernetes without clusters? No. It is serverless compute.')).toEqual([]);
    expect(retracted('ECS drains the task. Wait for the health check to pass.')).toEqual([]);
  });
});
