/**
 * A host killed with SIGKILL mid-session loses nothing: `team host --resume`
 * rebuilds the session from its log (same questions, code, players, points)
 * and a player who runs the same join command again is back with their score.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/temp-dir.js';
import { killAll, spawnCli } from './proc.js';

afterEach(killAll);

describe('team host --resume', () => {
  it('carries on after a crash with every graded answer', async () => {
    const hostHome = tempDir();
    const playerHome = tempDir();
    const args = ['team', 'host', '--plain', '--questions', '2', '--seconds', '300', '--tag', 'subnet'];
    const host = spawnCli([...args, '--listen', '127.0.0.1:0', '--seed', '9'], { DRILLBIT_HOME: hostHome });
    const [, url, port, code] = /join (ws:\/\/127\.0\.0\.1:(\d+)) --code (\d+)/.exec(await host.waitFor(/--code \d{6}\n/))!;
    const joinArgs = ['team', 'join', url!, '--code', code!, '--name', 'ana', '--plain'];
    const ana = spawnCli(joinArgs, { DRILLBIT_HOME: playerHome });
    await host.waitFor('joined ana');
    host.write('start\n');
    await ana.waitFor('question 1/2');
    ana.write('no idea at all\n\n');
    await host.waitFor('answered 1/1');
    host.child.kill('SIGKILL');
    await host.exited();
    expect(await ana.exited()).toBe(1);
    expect(ana.err()).toMatch(/^drillbit: lost the connection to the host \(1006\); run the same command to rejoin with your score\n$/);

    const again = spawnCli([...args, '--resume', '--listen', `127.0.0.1:${port}`], { DRILLBIT_HOME: hostHome });
    await again.waitFor(`drillbit team join ${url} --code ${code}\nresumed session `);
    expect(again.out()).toMatch(/resumed session \S+ at question 1\/2\n/);
    const back = spawnCli(joinArgs, { DRILLBIT_HOME: playerHome });
    await back.waitFor(/joined as ana\n/);
    await again.waitFor('rejoined ana');
    again.write('board\n');
    await again.waitFor(/^1\. ana 0$/m);
    again.write('next\n');
    await back.waitFor('question 2/2');
    back.write('no idea either\n\n');
    await again.waitFor('answered 1/1');
    again.write('reveal\nnext\nend\n');
    expect(await again.exited()).toBe(0);
    expect(await back.exited()).toBe(0);
    const [file] = (await import('node:fs')).readdirSync(join(hostHome, 'team', 'sessions'));
    const log = readFileSync(join(hostHome, 'team', 'sessions', file!), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { type: string; index?: number });
    expect(log.filter((e) => e.type === 'answer').map((e) => e.index)).toEqual([0, 1]);
    expect(log.at(-1)).toEqual({ type: 'end' });
  }, 60_000);
});
