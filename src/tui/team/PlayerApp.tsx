/**
 * The player's screen: lobby, each question with a countdown and an editor,
 * the reveal (✓/✗ per point, model answer, team spread, leaderboard), the
 * board between questions and the podium at the end. Enter submits; Ctrl-J
 * or Alt-Enter adds a line; Ctrl-C leaves (run the same command to rejoin).
 */
import { useState } from 'react';
import { Box, Text, useApp } from 'ink';
import { formatClock } from '../../core/drills/countdown.js';
import { timeLeft } from '../../core/team/player-view.js';
import { Editor } from '../components/Editor.js';
import { emptyEditor, type EditorState } from '../editor-state.js';
import { useColumns } from '../hooks/use-columns.js';
import { useKeys } from '../hooks/use-keys.js';
import { useTone } from '../theme.js';
import { Board, Podium } from './Board.js';
import type { TeamPlayerClient } from './contract.js';
import { RevealView } from './RevealView.js';
import { useLive } from './use-client-view.js';

export function PlayerApp({ client, onLeave }: { client: TeamPlayerClient; onLeave: () => void }) {
  const { exit } = useApp();
  const tone = useTone();
  const width = Math.max(30, useColumns() - 1);
  const [draft, setDraft] = useState<{ index: number; editor: EditorState }>({ index: -1, editor: emptyEditor });
  const [closed, setClosed] = useState<string | undefined>();
  const [subscribed] = useState(() => (fn: () => void) =>
    client.subscribe((m) => {
      if (m === undefined) void client.done.then((r) => !r.ok && setClosed(r.reason));
      fn();
    }),
  );
  const view = client.view();
  useLive(subscribed, view.stage === 'question' && !view.question?.paused);
  const q = view.question;
  const editing = view.stage === 'question' && !!q && q.open && !view.answered && !closed;
  const editor = draft.index === q?.index ? draft.editor : emptyEditor;
  useKeys((input, key) => {
    if (key.ctrl && input === 'c') {
      onLeave();
      exit();
    } else if (!editing && (view.stage === 'end' || closed)) exit();
  });
  const me = view.me;
  const header = (
    <Text>
      <Text bold>drillbit team</Text>
      {me ? `  ${me.name} · ${me.points} points` : ''}
    </Text>
  );
  if (closed) {
    return (
      <Box flexDirection="column" width={width}>
        {header}
        <Text color={tone('bad')} wrap="wrap">{`Disconnected: ${closed}`}</Text>
        <Text dimColor>Run the same command to rejoin with your score. Any key leaves.</Text>
      </Box>
    );
  }
  switch (view.stage) {
    case 'connecting':
      return <Text>Connecting to the host…</Text>;
    case 'lobby':
      return (
        <Box flexDirection="column" width={width}>
          {header}
          <Text>{`Lobby${view.lobby.locked ? ' (locked)' : ''} — waiting for the host to start. ${view.total} questions.`}</Text>
          <Text wrap="wrap">{`Here: ${view.lobby.players.join(', ')}`}</Text>
        </Box>
      );
    case 'question': {
      const left = timeLeft(view, client.clock());
      const warn = left <= 10_000;
      return (
        <Box flexDirection="column" width={width}>
          {header}
          <Text>
            <Text bold>{`Question ${q!.index + 1}/${q!.total}`}</Text>
            {'  '}
            <Text color={tone(warn ? 'warn' : 'accent')}>{`${q!.paused ? 'paused ' : ''}${formatClock(left)}`}</Text>
            {view.progress ? `  ${view.progress.answered}/${view.progress.of} answered` : ''}
          </Text>
          <Text wrap="wrap">{q!.prompt}</Text>
          {(q!.choices ?? []).map((c, i) => (
            <Text key={c} wrap="wrap">{`  ${String.fromCharCode(97 + i)}) ${c}`}</Text>
          ))}
          <Text> </Text>
          {!q!.open ? (
            <Text color={tone('warn')} wrap="wrap">You joined while this question was closing: it does not count for you. The next one does.</Text>
          ) : view.answered ? (
            <Text color={tone('good')}>Answer received — waiting for the others.</Text>
          ) : (
            <>
              <Box borderStyle="round" paddingX={1} width={width}>
                <Editor
                  value={editor}
                  width={width - 4}
                  onChange={(next) => setDraft({ index: q!.index, editor: next })}
                  onSubmit={() => editor.text.trim() && client.answer(editor.text)}
                  placeholder="Type your answer"
                  active={editing}
                />
              </Box>
              <Text dimColor>{view.refused ? `Not taken: ${view.refused}` : 'Enter submits · Ctrl-J new line · Ctrl-C leave'}</Text>
            </>
          )}
        </Box>
      );
    }
    case 'reveal':
      return (
        <Box flexDirection="column">
          {header}
          <RevealView reveal={view.reveal!} me={me?.id} width={width} />
        </Box>
      );
    case 'board':
      return (
        <Box flexDirection="column" width={width}>
          {header}
          <Text bold>{`Leaderboard after ${q ? q.index + 1 : 0}/${view.total}`}</Text>
          <Board board={view.board} me={me?.id} />
          <Text dimColor>Next question soon.</Text>
        </Box>
      );
    case 'end':
      return (
        <Box flexDirection="column" width={width}>
          {header}
          <Text bold>Final results</Text>
          <Podium board={view.board} />
          <Text> </Text>
          <Board board={view.board} me={me?.id} />
          <Text dimColor>Any key leaves.</Text>
        </Box>
      );
  }
}
