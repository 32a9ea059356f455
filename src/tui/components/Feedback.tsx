import { Box, Text } from 'ink';
import type { Graded } from '../backend.js';
import { RATING_LABELS } from '../backend.js';
import { bar, interval } from '../bars.js';
import { fold, rowCount } from '../fold.js';
import { hintRows, wrapParts, wrapRows } from '../wrap-rows.js';
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
const ratingLabel = (p: Graded['previews'][number]): string => `${p.rating} ${RATING_LABELS[p.rating]}${p.days === undefined ? '' : ` ${interval(p.days)}`}`;
/** The ratings packed into rows, one rating never split ("4 Easy 8d" stays whole). */
const ratingRows = (graded: Graded, width: number) => wrapParts(graded.previews.map(ratingLabel), '  ', width).map((row) => row.map((label) => graded.previews.find((p) => ratingLabel(p) === label)!));
const hintParts = ({ suggested }: Graded, canUndo: boolean): string[] => [`Enter: ${RATING_LABELS[suggested]} (suggested)`, '1–4 override', ...(canUndo ? ['u undo'] : []), '? help'];

/** Rows the feedback takes besides the model answer itself (verdict, criteria, notes, ratings, keys). */
export function feedbackRows(graded: Graded, width: number, canUndo = true): number {
  const { result } = graded;
  const lines = [
    ...result.criteria.map(criterionText),
    ...result.contradictions.map((c) => `! ${c.message} (you wrote “${c.evidence}”)`),
    ...result.notes.map((n) => `· ${n}`),
  ];
  // + verdict, "Model answer", the blank before the ratings
  return 3 + lines.reduce((n, l) => n + rowCount(l, width), 0) + ratingRows(graded, width).length + hintRows(hintParts(graded, canUndo), width).length;
}

/**
 * The grade of an answer: verdict, score bar, each criterion met (with the
 * evidence) or missed (with the hint), contradictions, notes, the model
 * answer, and the ratings with the interval each would give.
 */
export function Feedback({ graded, modelAnswer, width, modelRows, canUndo = true }: { graded: Graded; modelAnswer: string; width: number; /** Rows for the model answer (folded beyond; m shows all). */ modelRows?: number | undefined; /** Whether `u` can undo a rating (not on the session's first card). */ canUndo?: boolean }) {
  const tone = useTone();
  const { result, suggested } = graded;
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
        // Pre-wrapped so continuation rows start at the margin; the mark keeps its colour.
        <Text key={c.id}>
          <Text color={tone(c.met ? 'good' : 'bad')}>{c.met ? '✓' : '✗'}</Text>
          {wrapRows(criterionText(c), width).join('\n').slice(1)}
        </Text>
      ))}
      {result.contradictions.map((c) => (
        <Text key={c.id} wrap="wrap" color={tone('bad')}>
          {wrapRows(`! ${c.message} (you wrote “${c.evidence}”)`, width).join('\n')}
        </Text>
      ))}
      {result.notes.map((n) => (
        <Text key={n} dimColor>{wrapRows(`· ${n}`, width).join('\n')}</Text>
      ))}
      <Text bold>Model answer</Text>
      <ModelAnswer text={modelAnswer} width={width} rows={modelRows} />
      <Text> </Text>
      {ratingRows(graded, width).map((row) => (
        <Text key={row[0]!.rating}>
          {row.map((p, i) => (
            <Text key={p.rating}>
              {i ? '  ' : ''}
              <Text bold={p.rating === suggested} inverse={p.rating === suggested}>{ratingLabel(p)}</Text>
            </Text>
          ))}
        </Text>
      ))}
      <Text dimColor>{hintRows(hintParts(graded, canUndo), width).join('\n')}</Text>
    </Box>
  );
}

/** The model answer, folded to `rows` (one of them says how to see the rest). */
function ModelAnswer({ text, width, rows }: { text: string; width: number; rows?: number | undefined }) {
  const folded = rows === undefined ? { text, hidden: 0 } : fold(text, width, Math.max(1, rows - 1));
  if (!folded.hidden) return <Text>{wrapRows(text, width).join('\n')}</Text>;
  return (
    <>
      <Text>{wrapRows(folded.text, width).join('\n')}</Text>
      <Text dimColor wrap="truncate">{`… ${folded.hidden} more row${folded.hidden === 1 ? '' : 's'} · m show all`}</Text>
    </>
  );
}
