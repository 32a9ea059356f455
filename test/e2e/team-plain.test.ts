/**
 * A whole team session over loopback in plain mode, with the built binary:
 * a host and three players join, answer, see the reveal and the board; one
 * player is killed with SIGKILL and rejoins with the same command and their
 * score intact; a bad client is disconnected with a reason while the others
 * finish; the results file is written.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import WebSocket from 'ws';
import { afterEach, describe, expect, it } from 'vitest';
import { bundledDir, loadDecks } from '../../src/cli/content.js';
import { pickQuestions, type TeamQuestion } from '../../src/core/team/pick.js';
import { tempDir } from '../helpers/temp-dir.js';
import { killAll, spawnCli, type Proc } from './proc.js';

afterEach(killAll);

const goodAnswer = (q: TeamQuestion): string =>
  q.card.kind === 'choice' ? q.card.correct! : q.card.kind === 'generated' ? q.card.answer.split('\n')[0]! : q.card.answer.replace(/\s*\n\s*/g, ' ');

/** The first seed whose two questions both take their model answer as correct. */
async function fairSeed(): Promise<{ seed: number; questions: TeamQuestion[] }> {
  const decks = await loadDecks([bundledDir('decks')]);
  for (let seed = 1; ; seed++) {
    const questions = pickQuestions(decks, { count: 2, seed });
    if (questions.every((q) => q.grade(goodAnswer(q)).verdict === 'correct')) return { seed, questions };
  }
}

/** A raw client that joins and then misbehaves. */
function rawClient(url: string): Promise<{ ws: WebSocket; closed: Promise<{ code: number; reason: string; bye?: string }> }> {
  const ws = new WebSocket(url);
  let bye: string | undefined;
  ws.on('message', (d) => {
    const m = JSON.parse(d.toString()) as { type: string; reason?: string };
    if (m.type === 'bye') bye = m.reason;
  });
  const closed = new Promise<{ code: number; reason: string; bye?: string }>((resolve) => ws.on('close', (code, reason) => resolve({ code, reason: reason.toString(), ...(bye ? { bye } : {}) })));
  ws.on('error', () => {});
  return new Promise((resolve) => ws.on('open', () => resolve({ ws, closed })));
}

describe('team session in plain mode', () => {
  it('three players play two questions; a killed player rejoins with their score; a bad client is cut off; results are written', async () => {
    const { seed, questions } = await fairSeed();
    const hostHome = tempDir();
    const results = join(tempDir(), 'results.json');
    const host = spawnCli(['team', 'host', '--plain', '--listen', '127.0.0.1:0', '--questions', '2', '--seconds', '300', '--seed', String(seed), '--late-join', '--results', results], { DRILLBIT_HOME: hostHome });
    const [, url, code] = /^drillbit team join (ws:\/\/127\.0\.0\.1:\d+) --code (\d{6})$/m.exec(await host.waitFor(/--code \d{6}\n/))!;
    const homes = { ana: tempDir(), bo: tempDir(), cy: tempDir() };
    const join_ = (name: keyof typeof homes): Proc => spawnCli(['team', 'join', url!, '--code', code!, '--name', name, '--plain'], { DRILLBIT_HOME: homes[name] });
    const ana = join_('ana');
    let bo = join_('bo');
    const cy = join_('cy');
    await host.waitFor('joined ana');
    await host.waitFor('joined bo');
    await host.waitFor('joined cy');
    await cy.waitFor(/lobby: .*cy/);

    host.write('start\n');
    for (const p of [ana, bo, cy]) await p.waitFor('question 1/2');
    ana.write(`${goodAnswer(questions[0]!)}\n\n`);
    await ana.waitFor('answer received');
    bo.write(`${goodAnswer(questions[0]!)}\n\n`);
    await bo.waitFor('answer received');
    await host.waitFor('answered 2/3');

    // bo is killed after his answer was graded, then runs the same command again.
    bo.child.kill('SIGKILL');
    await bo.exited();
    await host.waitFor('left bo');
    bo = join_('bo');
    const rejoined = await bo.waitFor(/question 1\/2[\s\S]*answer received/);
    expect(rejoined).toMatch(/^joined as bo with \d+ points$/m);
    await host.waitFor('rejoined bo');

    cy.write('I do not know\n\n');
    await host.waitFor('answered 3/3');
    host.write('reveal\n');
    await host.waitFor('revealed 1/2: 2 correct, 0 partial, 1 incorrect, 0 unanswered');
    for (const p of [ana, bo]) await p.waitFor(/reveal 1\/2\nyou: correct \(score 1\.00\) \+\d+ points/);
    const cyReveal = await cy.waitFor(/team: 2 correct, 0 partial, 1 incorrect, 0 unanswered/);
    expect(cyReveal).toMatch(/you: incorrect \(score 0\.\d\d\) \+0 points/);
    expect(cyReveal).toContain(`model answer: ${questions[0]!.card.answer.split('\n')[0]}`);

    host.write('next\n');
    // Speed decides between ana and bo (both correct); cy's wrong answer earns nothing.
    await host.waitFor(/board after 1\/2\n1\. (ana|bo) 1[45]\d\d\n[12]\. (ana|bo) 1[45]\d\d\n3\. cy 0\n/);

    // A bad client joins late with an escape sequence in its name, then sends something that is not JSON.
    const bad = await rawClient(url!);
    bad.ws.send(JSON.stringify({ v: 1, type: 'join', code, name: 'mal\u001b[31mlory\u0007' }));
    await host.waitFor('joined mallory');
    bad.ws.send('{not json');
    expect(await bad.closed).toEqual({ code: 1008, reason: 'invalid JSON', bye: 'invalid JSON' });
    await host.waitFor('disconnected mallory: invalid JSON');
    // A wrong code is refused.
    const wrong = await rawClient(url!);
    wrong.ws.send(JSON.stringify({ v: 1, type: 'join', code: code === '000000' ? '111111' : '000000', name: 'eve' }));
    expect((await wrong.closed).bye).toBe('wrong code; check the code the host read out');

    host.write('next\n');
    for (const p of [ana, bo, cy]) await p.waitFor('question 2/2');
    const before = host.mark();
    ana.write(`${goodAnswer(questions[1]!)}\n\n`);
    bo.write('no idea\n\n');
    cy.write(`${goodAnswer(questions[1]!)}\n\n`);
    await host.waitFor('answered 3/3', before);
    host.write('reveal\nnext\nend\n');
    await host.waitFor(`results written to ${results}`);
    expect(await host.exited()).toBe(0);
    for (const p of [ana, bo, cy]) {
      expect(await p.exited()).toBe(0);
      expect(p.out()).toMatch(/final board\n1\. ana \d+\n2\. (bo|cy) \d+\n[23]\. (bo|cy) \d+\n4\. mallory 0 \(away\)\npodium: 1\. ana \d+ · 2\. \w+ \d+ · [23]\. \w+ \d+\n$/);
      expect(p.out() + p.err()).not.toMatch(/\u001b/);
    }
    expect(host.out()).not.toMatch(/\u001b/);

    const saved = JSON.parse(readFileSync(results, 'utf8')) as { seed: number; players: { name: string; points: number; answers: { question: number; verdict: string; points: number; timeMs: number; answer: string }[] }[] };
    expect(saved.seed).toBe(seed);
    expect(saved.players.map((p) => p.name)).toEqual(['ana', expect.any(String), expect.any(String), 'mallory']);
    const byName = Object.fromEntries(saved.players.map((p) => [p.name, p]));
    expect(byName['bo']!.answers.map((a) => [a.question, a.verdict])).toEqual([[1, 'correct'], [2, 'incorrect']]);
    expect(byName['ana']!.answers.map((a) => [a.question, a.verdict])).toEqual([[1, 'correct'], [2, 'correct']]);
    for (const p of saved.players) {
      expect(p.points).toBe(p.answers.reduce((n, a) => n + a.points, 0));
      for (const a of p.answers) expect(a.points).toBeGreaterThanOrEqual(a.verdict === 'incorrect' ? 0 : 1000 * 0.5);
    }
    // The player's own answers are kept in their data directory as team records; the killed player's too.
    const records = readFileSync(join(homes.bo, 'team', 'records.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { question: number; verdict: string });
    expect(records.map((r) => [r.question, r.verdict])).toEqual([[1, 'correct'], [2, 'incorrect']]);
  }, 60_000);
});
