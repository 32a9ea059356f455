import { Box, Text } from 'ink';
import type { Verdict } from '../../core/grading/index.js';
import { clock } from '../bars.js';
import { useTone } from '../theme.js';

export interface SummaryProps {
  verdicts: Verdict[];
  seconds: number;
  nextDue?: Date;
  now: Date;
  persistent: boolean;
}

function describeDue(due: Date, now: Date): string {
  const hours = (due.getTime() - now.getTime()) / 3_600_000;
  if (hours <= 0) return 'now';
  if (hours < 1) return `in ${Math.max(1, Math.round(hours * 60))} min`;
  if (hours < 48) return `in ${Math.round(hours)} h`;
  return `in ${Math.round(hours / 24)} days`;
}

/** End of a session: cards done, verdicts, time, when the next card is due. */
export function Summary({ verdicts, seconds, nextDue, now, persistent }: SummaryProps) {
  const tone = useTone();
  const count = (v: Verdict) => verdicts.filter((x) => x === v).length;
  return (
    <Box flexDirection="column">
      <Text bold>{verdicts.length ? 'Session done' : 'Nothing to review right now'}</Text>
      <Text>{`${verdicts.length} card${verdicts.length === 1 ? '' : 's'} in ${clock(seconds)}`}</Text>
      {verdicts.length ? (
        <Text>
          <Text color={tone('good')}>{`${count('correct')} correct`}</Text>
          {' · '}
          <Text color={tone('warn')}>{`${count('partial')} partial`}</Text>
          {' · '}
          <Text color={tone('bad')}>{`${count('incorrect')} incorrect`}</Text>
        </Text>
      ) : null}
      <Text>{nextDue ? `Next due ${describeDue(nextDue, now)}` : 'No cards scheduled'}</Text>
      {persistent ? null : <Text color={tone('warn')}>These reviews were not saved (no data store).</Text>}
      <Text> </Text>
      <Text dimColor>{verdicts.length ? 'Enter back · u undo the last review' : 'Enter back'}</Text>
    </Box>
  );
}
