/**
 * The player's full-screen interface in a real terminal, against a plain-mode
 * host over loopback: lobby, question with countdown and editor, reveal (✓/✗
 * per point, model answer, team spread, leaderboard), podium.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { bundledDir, loadDecks } from '../../src/cli/content.js';
import { pickQuestions } from '../../src/core/team/pick.js';
import { tempDir } from '../helpers/temp-dir.js';
import { killAll, spawnCli } from './proc.js';
import { KEYS, spawnTerm, type Term } from './pty.js';

const terms: Term[] = [];
afterEach(async () => {
  for (const t of terms.splice(0)) t.close();
  await killAll();
});

describe('team join in a terminal', () => {
  it('shows the lobby, the question, the reveal with ✓/✗ per point, and the podium', async () => {
    const seed = 3;
    const [question] = pickQuestions(await loadDecks([bundledDir('decks')]), { count: 1, seed, tag: 'fargate' });
    const host = spawnCli(['team', 'host', '--plain', '--listen', '127.0.0.1:0', '--questions', '1', '--seconds', '300', '--seed', String(seed), '--tag', 'fargate'], { DRILLBIT_HOME: tempDir() });
    const [, url, code] = /join (\S+) --code (\d+)/.exec(await host.waitFor(/--code \d{6}\n/))!;
    const term = spawnTerm({ args: ['team', 'join', url!, '--code', code!, '--name', 'ana'], cols: 100, rows: 40, env: { NO_COLOR: '1' } });
    terms.push(term);
    await term.waitFor('Lobby — waiting for the host to start. 1 questions.');
    await host.waitFor('joined ana');
    host.write('start\n');
    const asked = await term.waitFor('Question 1/1');
    expect(asked).toMatch(/Question 1\/1 {2}[45]:\d\d/);
    expect(asked).toContain('Type your answer');
    term.type('I am not sure');
    await term.waitFor('│ I am not sure');
    term.type(KEYS.enter);
    await term.waitFor('Answer received — waiting for the others.');
    host.write('reveal\n');
    const reveal = await term.waitFor('Leaderboard');
    expect(reveal).toContain('Question 1/1 — reveal');
    expect(reveal).toMatch(/^[✗~] (incorrect|partial) {2}score \d+% {2}\+\d+ points/m);
    expect(reveal).toMatch(/^✗ /m);
    expect(reveal).toContain('Model answer');
    expect(reveal).toContain(question!.card.answer.split(/\s+/).slice(0, 4).join(' '));
    expect(reveal).toMatch(/^correct +░+ 0$/m);
    expect(reveal).toMatch(/^ +1\. ana +\d+$/m);
    process.env['TEAM_REVEAL_CAPTURE'] && (await import('node:fs')).writeFileSync(process.env['TEAM_REVEAL_CAPTURE'], reveal);
    host.write('next\nnext\n');
    const end = await term.waitFor('Final results');
    expect(end).toMatch(/🥇 ana — \d+ points/);
    term.type('q');
    expect(await term.exited()).toBe(0);
    expect(await host.exited()).toBe(0);
  }, 60_000);
});

describe('team host in a terminal', () => {
  it('shows the join line and who answered; s starts, r reveals, e y ends', async () => {
    const term = spawnTerm({ args: ['team', 'host', '--listen', '127.0.0.1:0', '--questions', '1', '--seconds', '300', '--seed', '3'], cols: 100, rows: 30, env: { NO_COLOR: '1' } });
    terms.push(term);
    const [, url, code] = /Join: drillbit team join (\S+) --code (\d{6})/.exec(await term.waitFor(/--code \d{6}/))!;
    const player = spawnCli(['team', 'join', url!, '--code', code!, '--name', 'ana', '--plain'], { DRILLBIT_HOME: tempDir() });
    await term.waitFor(/^ {2}ana +0$/m);
    term.type('s');
    await player.waitFor('question 1/1');
    await term.waitFor(/^… ana +0$/m);
    player.write('no idea\n\n');
    await term.waitFor(/^✓ ana +0$/m);
    await term.waitFor('Answered 1/1');
    term.type('r');
    await player.waitFor('reveal 1/1');
    term.type('e');
    await term.waitFor('End the session for everyone?');
    term.type('y');
    expect(await player.exited()).toBe(0);
    expect(await term.exited()).toBe(0);
  }, 60_000);
});
