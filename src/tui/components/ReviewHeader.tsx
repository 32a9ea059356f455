import { Box, Text } from 'ink';
import { bar, clock } from '../bars.js';
import { fit } from '../text-fit.js';
import { useTone } from '../theme.js';

/**
 * `Review 3/20 ███░░░ 1:05`: cards done of the session, and time on this
 * card; below it a note about the card when there is one (it changed since
 * the last review, a drill pulled it forward).
 */
export function ReviewHeader({ done, total, seconds, width, note }: { done: number; total: number; seconds: number; width: number; note?: string | undefined }) {
  const tone = useTone();
  const count = `${done}/${total}`;
  const time = clock(seconds);
  const barWidth = Math.max(4, Math.min(30, width - count.length - time.length - 10));
  const line = `Review ${count} ${bar(total ? done / total : 0, barWidth)} ${time}`;
  if (!note) return <Text bold>{fit(line, width)}</Text>;
  return (
    <Box flexDirection="column">
      <Text bold>{fit(line, width)}</Text>
      <Text color={tone('warn')}>{fit(note, width)}</Text>
    </Box>
  );
}
