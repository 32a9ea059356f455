/**
 * The host's screen: the join line to read out, where the session is, who has
 * answered the running question (never what), recent events, and the keys:
 * s start · n next · r reveal now · k skip · p pause/resume · + add time ·
 * x kick the selected player · l lock/unlock · e end · Ctrl-C stop (resumable).
 */
import { useState } from 'react';
import { Box, Text, useApp } from 'ink';
import { formatClock } from '../../core/drills/countdown.js';
import { useColumns } from '../hooks/use-columns.js';
import { useKeys } from '../hooks/use-keys.js';
import { useTone } from '../theme.js';
import type { TeamHostClient } from './contract.js';
import { useLive } from './use-client-view.js';

export const HOST_KEYS = 's start · n next · r reveal · k skip · p pause · + add 15 s · ↑↓ x kick · l lock · e end';

export function HostApp({ client }: { client: TeamHostClient }) {
  const { exit } = useApp();
  const tone = useTone();
  const width = Math.max(30, useColumns() - 1);
  const s = client.session;
  useLive(client.subscribe, s.phase === 'question');
  const [selected, setSelected] = useState(0);
  const [confirmEnd, setConfirmEnd] = useState(false);
  const players = s.players;
  const sel = Math.min(selected, Math.max(0, players.length - 1));
  useKeys((input, key) => {
    if (key.ctrl && input === 'c') return exit();
    if (confirmEnd) {
      setConfirmEnd(false);
      if (input === 'y') client.act(() => s.end());
      return;
    }
    if (key.upArrow) return setSelected(Math.max(0, sel - 1));
    if (key.downArrow) return setSelected(Math.min(players.length - 1, sel + 1));
    const actions: Record<string, (t: number) => ReturnType<typeof s.next>> = {
      s: (t) => s.start(t),
      n: (t) => s.next(t),
      r: () => s.reveal(),
      k: (t) => s.skip(t),
      p: (t) => s.togglePause(t),
      '+': (t) => s.addTime(t),
      l: () => s.setLocked(!s.locked),
      x: () => (players[sel] ? s.kick(players[sel].id) : []),
    };
    if (input === 'e') return setConfirmEnd(true);
    const action = actions[input];
    if (action) client.act(action);
  });
  const total = s.questions.length;
  const phase =
    s.phase === 'lobby' ? `lobby${s.locked ? ' (locked)' : ''} · ${total} questions`
    : s.phase === 'end' ? 'ended'
    : `${s.phase} ${s.index + 1}/${total}`;
  return (
    <Box flexDirection="column" width={width}>
      <Text>
        <Text bold>drillbit team host</Text>
        {`  ${phase}`}
        {s.phase === 'question' ? <Text color={tone('accent')}>{`  ${s.paused ? 'paused ' : ''}${formatClock(s.remaining(client.now()))}`}</Text> : null}
      </Text>
      <Text wrap="wrap">
        {'Join: '}
        <Text bold color={tone('accent')}>{client.joinLine}</Text>
      </Text>
      {s.phase === 'question' ? <Text>{`Answered ${s.answeredCount()}/${s.eligible().length}`}</Text> : null}
      <Text bold>{`Players (${players.length})`}</Text>
      {players.map((p, i) => {
        const mark = s.phase === 'question' && p.lateFrom <= s.index ? (p.answers.has(s.index) ? '✓' : '…') : ' ';
        return (
          <Text key={p.id} inverse={i === sel} dimColor={!p.connected}>
            {`${mark} ${p.name.padEnd(24)} ${String(p.points).padStart(6)}${p.connected ? '' : '  away'}`}
          </Text>
        );
      })}
      <Text bold>Events</Text>
      {client.events.slice(-6).map((e, i) => (
        <Text key={`${client.events.length}-${i}`} dimColor wrap="truncate">{e}</Text>
      ))}
      <Text dimColor wrap="wrap">{confirmEnd ? 'End the session for everyone? y ends · any other key goes back' : HOST_KEYS}</Text>
    </Box>
  );
}
