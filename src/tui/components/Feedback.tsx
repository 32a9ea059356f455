import { Box, Text } from 'ink';
import type { Graded } from '../backend.js';
import { RATING_LABELS } from '../backend.js';
import { bar, interval } from '../bars.js';
import { useTone, type Tone } from '../theme.js';

const VERDICT: Record<string, { mark: string; tone: Tone }> = {
  correct: { mark: '✓', tone: 'good' },
  partial: { mark: '~', tone: 'warn' },
  incorrect: { mark: '✗', tone: 'bad' },
};

/** How a criterion id reads to a learner: `execution-role` → `execution role`. */
const words = (id: string): string => id.replace(/[-_.]+/g, ' ');

/**
 * The grade of an answer: verdict, score bar, each criterion met (with the
 * evidence) or missed (with the hint), contradictions, notes, the model
 * answer, and the ratings with the interval each would give.
 */
export function Feedback({ graded, modelAnswer, width }: { graded: Graded; modelAnswer: string; width: number }) {
  const tone = useTone();
  const { result, suggested, previews } = graded;
  const v = VERDICT[result.verdict]!;
  const pct = `${Math.round(result.score * 100)}%`.padStart(4);
  const barWidth = Math.max(5, Math.min(20, width - result.verdict.length - 9));
  return (
    <Box flexDirection="column" width={width}>
      <Text>
        <Text bold color={tone(v.tone)}>{`${v.mark} ${result.verdict}`}</Text>
        {` ${bar(result.score, barWidth)} ${pct}`}
      </Text>
      {result.criteria.map((c) => (
        <Text key={c.id} wrap="wrap">
          <Text color={tone(c.met ? 'good' : 'bad')}>{c.met ? '✓' : '✗'}</Text>
          {` ${words(c.id)}`}
          {c.met && c.evidence ? <Text dimColor>{` “${c.evidence}”`}</Text> : null}
          {!c.met && c.hint ? ` — ${c.hint}` : null}
        </Text>
      ))}
      {result.contradictions.map((c) => (
        <Text key={c.id} wrap="wrap" color={tone('bad')}>
          {`! ${c.message} (you wrote “${c.evidence}”)`}
        </Text>
      ))}
      {result.notes.map((n) => (
        <Text key={n} wrap="wrap" dimColor>{`· ${n}`}</Text>
      ))}
      <Text bold>Model answer</Text>
      <Text wrap="wrap">{modelAnswer}</Text>
      <Text> </Text>
      <Text wrap="wrap">
        {previews.map((p) => {
          const label = `${p.rating} ${RATING_LABELS[p.rating]}${p.days === undefined ? '' : ` ${interval(p.days)}`}`;
          return (
            <Text key={p.rating} bold={p.rating === suggested} inverse={p.rating === suggested}>
              {`${label}`}
              <Text inverse={false}>{'  '}</Text>
            </Text>
          );
        })}
      </Text>
      <Text dimColor wrap="wrap">{`Enter: ${RATING_LABELS[suggested]} (suggested) · 1–4 override · u undo · ? help`}</Text>
    </Box>
  );
}
