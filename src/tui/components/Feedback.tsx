import { Box, Text } from 'ink';
import type { Graded } from '../backend.js';
import { RATING_LABELS } from '../backend.js';
import { bar, interval } from '../bars.js';
import { fold, rowCount } from '../fold.js';
import { useTone, type Tone } from '../theme.js';

const VERDICT: Record<string, { mark: string; tone: Tone }> = {
  correct: { mark: '✓', tone: 'good' },
  partial: { mark: '~', tone: 'warn' },
  incorrect: { mark: '✗', tone: 'bad' },
};

/** How a criterion id reads to a learner: `execution-role` → `execution role`. */
const words = (id: string): string => id.replace(/[-_.]+/g, ' ');

const criterionText = (c: Graded['result']['criteria'][number]): string =>
  `✓ ${words(c.id)}${c.met && c.evidence ? ` “${c.evidence}”` : ''}${!c.met && c.hint ? ` — ${c.hint}` : ''}`;
const ratingsText = ({ previews }: Graded): string =>
  previews.map((p) => `${p.rating} ${RATING_LABELS[p.rating]}${p.days === undefined ? '' : ` ${interval(p.days)}`}  `).join('');
const hintText = ({ suggested }: Graded): string => `Enter: ${RATING_LABELS[suggested]} (suggested) · 1–4 override · u undo · ? help`;

/** Rows the feedback takes besides the model answer itself (verdict, criteria, notes, ratings, keys). */
export function feedbackRows(graded: Graded, width: number): number {
  const { result } = graded;
  const lines = [
    ...result.criteria.map(criterionText),
    ...result.contradictions.map((c) => `! ${c.message} (you wrote “${c.evidence}”)`),
    ...result.notes.map((n) => `· ${n}`),
    ratingsText(graded),
    hintText(graded),
  ];
  // + verdict, "Model answer", the blank before the ratings
  return 3 + lines.reduce((n, l) => n + rowCount(l, width), 0);
}

/**
 * The grade of an answer: verdict, score bar, each criterion met (with the
 * evidence) or missed (with the hint), contradictions, notes, the model
 * answer, and the ratings with the interval each would give.
 */
export function Feedback({ graded, modelAnswer, width, modelRows }: { graded: Graded; modelAnswer: string; width: number; /** Rows for the model answer (folded beyond; m shows all). */ modelRows?: number }) {
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
      <ModelAnswer text={modelAnswer} width={width} rows={modelRows} />
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
      <Text dimColor wrap="wrap">{hintText(graded)}</Text>
    </Box>
  );
}

/** The model answer, folded to `rows` (one of them says how to see the rest). */
function ModelAnswer({ text, width, rows }: { text: string; width: number; rows?: number | undefined }) {
  const folded = rows === undefined ? { text, hidden: 0 } : fold(text, width, Math.max(1, rows - 1));
  if (!folded.hidden) return <Text wrap="wrap">{text}</Text>;
  return (
    <>
      <Text wrap="wrap">{folded.text}</Text>
      <Text dimColor wrap="truncate">{`… ${folded.hidden} more row${folded.hidden === 1 ? '' : 's'} · m show all`}</Text>
    </>
  );
}
