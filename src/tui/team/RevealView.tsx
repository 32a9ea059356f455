import { Box, Text } from 'ink';
import type { HostMessageOf } from '../../core/team/protocol.js';
import { bar } from '../bars.js';
import { useTone } from '../theme.js';
import { Board } from './Board.js';

const words = (id: string): string => id.replace(/[-_.]+/g, ' ');
const MARK = { correct: '✓', partial: '~', incorrect: '✗' } as const;

/** After a question: own verdict with ✓/✗ per point, the model answer, how the team did, the board. */
export function RevealView({ reveal, me, width }: { reveal: HostMessageOf<'reveal'>; me?: string | undefined; width: number }) {
  const tone = useTone();
  const { mine, spread } = reveal;
  const answered = spread.correct + spread.partial + spread.incorrect + spread.unanswered || 1;
  const barWidth = Math.max(5, Math.min(30, width - 30));
  return (
    <Box flexDirection="column" width={width}>
      <Text bold>{`Question ${reveal.index + 1}/${reveal.total} — reveal`}</Text>
      {mine ? (
        <>
          <Text>
            <Text bold color={tone(mine.verdict === 'correct' ? 'good' : mine.verdict === 'partial' ? 'warn' : 'bad')}>{`${MARK[mine.verdict]} ${mine.verdict}`}</Text>
            {`  score ${Math.round(mine.score * 100)}%  +${mine.points} points  ${(mine.timeMs / 1000).toFixed(1)} s`}
          </Text>
          {mine.criteria.map((c) => (
            <Text key={c.id} wrap="wrap">
              <Text color={tone(c.met ? 'good' : 'bad')}>{c.met ? '✓' : '✗'}</Text>
              {` ${words(c.id)}`}
              {c.met && c.evidence ? <Text dimColor>{` “${c.evidence}”`}</Text> : null}
              {!c.met && c.hint ? ` — ${c.hint}` : null}
            </Text>
          ))}
        </>
      ) : (
        <Text color={tone('warn')}>You did not answer this one.</Text>
      )}
      <Text bold>Model answer</Text>
      <Text wrap="wrap">{reveal.modelAnswer}</Text>
      <Text bold>Team</Text>
      {(['correct', 'partial', 'incorrect', 'unanswered'] as const).map((k) => (
        <Text key={k}>{`${k.padEnd(10)} ${bar(spread[k] / answered, barWidth)} ${spread[k]}`}</Text>
      ))}
      <Text bold>Leaderboard</Text>
      <Board board={reveal.board} me={me} rows={5} />
    </Box>
  );
}
