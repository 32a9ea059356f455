import { describe, expect, it } from 'vitest';
import { TeamSession } from '../../src/core/team/session.js';
import type { Effect } from '../../src/core/team/session-types.js';
import { HostApp, HOST_KEYS } from '../../src/tui/team/HostApp.js';
import type { TeamHostClient } from '../../src/tui/team/contract.js';
import { numericQuestions } from '../core/team/fixtures.js';
import { mount } from './render.js';

function hostClient(): TeamHostClient & { listeners: (() => void)[] } {
  const session = new TeamSession({ questions: numericQuestions(2), limitMs: 60_000, lateJoin: false });
  const events: string[] = [];
  const listeners: (() => void)[] = [];
  const client = {
    session,
    joinLine: 'drillbit team join ws://127.0.0.1:7420 --code 482913',
    events,
    listeners,
    now: () => 15_000,
    act(action: (now: number) => Effect[]) {
      for (const e of action(0)) if (e.kind === 'event') events.push(e.text);
      listeners.forEach((l) => l());
    },
    subscribe: (fn: () => void) => void listeners.push(fn),
    ended: new Promise<void>(() => {}),
    color: false,
  };
  return client;
}

describe('HostApp', () => {
  it('shows the join line and the players; s starts; who has answered shows, not what', async () => {
    const client = hostClient();
    client.session.join('ana', undefined, { id: 'p1', token: 't1' }, 0);
    client.session.join('bo', undefined, { id: 'p2', token: 't2' }, 0);
    const app = await mount(<HostApp client={client} />);
    expect(app.frame()).toBe(
      [
        'drillbit team host  lobby · 2 questions',
        'Join: drillbit team join ws://127.0.0.1:7420 --code 482913',
        'Players (2)',
        '  ana                           0',
        '  bo                            0',
        'Events',
        HOST_KEYS,
      ].join('\n'),
    );
    await app.press('s');
    client.act((now) => client.session.answer('p2', 0, '2', now));
    await app.press('\u001b[B'); // select bo: the next frame is rendered
    const frame = app.frame();
    // The exact rows: a mark per player and the points, never the answer.
    expect(frame.split('\n').slice(0, 6)).toEqual([
      'drillbit team host  question 1/2  0:45',
      'Join: drillbit team join ws://127.0.0.1:7420 --code 482913',
      'Answered 1/2',
      'Players (2)',
      '… ana                           0',
      '✓ bo                         1500',
    ]);
    expect(frame).toContain('question 1/2: test/q1');
    await app.press('e');
    expect(app.frame()).toContain('End the session for everyone? y ends · any other key goes back');
    await app.press('y');
    expect(client.session.phase).toBe('end');
    app.unmount();
  });
});
