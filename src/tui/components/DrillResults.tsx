import { Box, Text } from 'ink';
import { explainTotal, type DrillResult } from '../../core/drills/grade-drill.js';
import type { SubnetRoundResult } from '../../core/drills/subnet-round.js';
import type { DrillHistory } from '../drill-contract.js';
import { bar } from '../bars.js';
import { useTone, type Tone } from '../theme.js';

const pct = (score: number): string => `${Math.round(score * 100)}%`;
const TONE: Record<string, Tone> = { correct: 'good', partial: 'warn', incorrect: 'bad' };

/** Wrapped text indented two columns, continuation lines included. */
function Indent({ children, color, dim }: { children: string; color?: string | undefined; dim?: boolean }) {
  return (
    <Box paddingLeft={2}>
      <Text wrap="wrap" color={color} dimColor={dim}>
        {children}
      </Text>
    </Box>
  );
}

/** Best, last and trend of a drill. */
/** Related deck cards the attempt put into the next review (the plain runner's line). */
export type Pulled = { tags: string[]; keys: string[] };

function PulledLine({ pulled }: { pulled?: Pulled | undefined }) {
  if (!pulled?.keys.length) return null;
  const n = pulled.keys.length;
  return <Text wrap="wrap">{`Review: ${n} related deck card${n === 1 ? '' : 's'} (${pulled.tags.join(', ')}) come up in your next review.`}</Text>;
}

export function historyLine(h: DrillHistory): string {
  if (!h.count || h.best === undefined || h.last === undefined) return 'History: no attempts yet';
  const trend = h.trend === 'first' ? 'first attempt' : `trend ${h.trend}`;
  return `History: best ${pct(h.best)}, last ${pct(h.last)}, ${trend} (${h.count} attempt${h.count === 1 ? '' : 's'})`;
}

/** A graded sketch: total, each section with met / missed / model answer, the structural checks. */
export function DrillResults({ result, history, timedOut, pulled, width }: { result: DrillResult; history: DrillHistory; timedOut: boolean; pulled?: Pulled | undefined; width: number }) {
  const tone = useTone();
  return (
    <Box flexDirection="column" width={width}>
      {timedOut ? <Text color={tone('warn')}>Time is up: the attempt was submitted as it stood.</Text> : null}
      <Text bold color={tone(TONE[result.verdict] ?? 'info')}>{`Total ${pct(result.score)} ${result.verdict} ${bar(result.score, Math.min(20, width - 20))}`}</Text>
      <Text dimColor>{explainTotal(result)}</Text>
      {result.sections.map((s) => (
        <Box key={s.id} flexDirection="column" marginTop={1}>
          <Text bold>
            <Text color={tone(TONE[s.verdict] ?? 'info')}>{`${pct(s.score).padStart(4)} `}</Text>
            {s.id}
          </Text>
          {s.criteria.filter((c) => c.met).map((c) => (
            <Indent key={c.id}>{`✓ ${c.id.replace(/[-_.]+/g, ' ')}`}</Indent>
          ))}
          {s.hints.map((h) => (
            <Indent key={h} color={tone('bad')}>{`✗ ${h}`}</Indent>
          ))}
          {s.contradictions.map((c) => (
            <Indent key={c.id} color={tone('bad')}>{`! ${c.message}`}</Indent>
          ))}
          <Indent dim>{`model: ${s.modelAnswer}`}</Indent>
        </Box>
      ))}
      {result.checks.length ? <Text bold>{'\n'}Checks</Text> : null}
      {result.checks.map((c) => (
        <Text key={c.id} wrap="wrap" color={tone(c.ok ? 'good' : 'bad')}>{`${c.ok ? '✓' : '✗'} ${c.message}`}</Text>
      ))}
      <Text>{'\n' + historyLine(history)}</Text>
      <PulledLine pulled={pulled} />
      <Text dimColor>Enter or q to leave</Text>
    </Box>
  );
}

/** A graded subnet round: each problem's diagnosis and, when wrong, the worked solution. */
export function RoundResults({ result, history, timedOut, pulled, width }: { result: SubnetRoundResult; history: DrillHistory; timedOut: boolean; pulled?: Pulled | undefined; width: number }) {
  const tone = useTone();
  const right = result.problems.filter((p) => p.correct).length;
  return (
    <Box flexDirection="column" width={width}>
      {timedOut ? <Text color={tone('warn')}>Time is up: the round was submitted as it stood.</Text> : null}
      <Text bold color={tone(TONE[result.verdict] ?? 'info')}>{`Total ${pct(result.score)}: ${right} of ${result.problems.length} right`}</Text>
      {result.problems.map((p, i) => (
        <Box key={p.id} flexDirection="column" marginTop={1}>
          <Text wrap="wrap" color={tone(p.correct ? 'good' : 'bad')}>{`${p.correct ? '✓' : '✗'} Problem ${i + 1}: ${p.diagnosis}`}</Text>
          {p.correct ? null : p.steps.map((step, j) => <Indent key={j}>{`${j + 1}. ${step}`}</Indent>)}
        </Box>
      ))}
      <Text>{'\n' + historyLine(history)}</Text>
      <PulledLine pulled={pulled} />
      <Text dimColor>Enter or q to leave</Text>
    </Box>
  );
}
