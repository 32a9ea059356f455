import { Text } from 'ink';
import { bar, clock } from '../bars.js';
import { fit } from '../text-fit.js';

/** `Review 3/20 ███░░░ 1:05`: cards done of the session, and time on this card. */
export function ReviewHeader({ done, total, seconds, width }: { done: number; total: number; seconds: number; width: number }) {
  const count = `${done}/${total}`;
  const time = clock(seconds);
  const barWidth = Math.max(4, Math.min(30, width - count.length - time.length - 10));
  const line = `Review ${count} ${bar(total ? done / total : 0, barWidth)} ${time}`;
  return <Text bold>{fit(line, width)}</Text>;
}
