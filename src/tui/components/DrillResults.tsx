import type { DrillResult } from '../../core/drills/grade-drill.js';
import type { SubnetRoundResult } from '../../core/drills/subnet-round.js';
import type { DrillHistory } from '../drill-contract.js';
import { roundRows, sketchRows, type Pulled, type ResultRows } from '../drill-result-rows.js';
import { useTone } from '../theme.js';
import { ScrollView } from './ScrollView.js';

export { historyLine, type Pulled } from '../drill-result-rows.js';

interface ResultsProps<R> {
  result: R;
  history: DrillHistory;
  timedOut: boolean;
  pulled?: Pulled | undefined;
  width: number;
  /** Terminal rows: a longer report scrolls under its pinned total (unlimited in tests). */
  height?: number;
}

const LEAVE = 'Enter or q to leave';

/** Rows under a pinned total; when they are all shown, the last row says how to leave. */
function Results({ rows, width, height }: { rows: ResultRows; width: number; height: number }) {
  const all = [...rows.rows, { text: LEAVE, dim: true }];
  return <ScrollView pinned={rows.pinned} rows={all} width={width} height={height} leave={LEAVE} />;
}

/** A graded sketch: total, each section with met / missed / model answer, the structural checks. */
export function DrillResults({ result, history, timedOut, pulled, width, height = Number.POSITIVE_INFINITY }: ResultsProps<DrillResult>) {
  const tone = useTone();
  return <Results rows={sketchRows(result, history, timedOut, pulled, width, tone)} width={width} height={height} />;
}

/** A graded subnet round: each problem's diagnosis and, when wrong, the worked solution. */
export function RoundResults({ result, history, timedOut, pulled, width, height = Number.POSITIVE_INFINITY }: ResultsProps<SubnetRoundResult>) {
  const tone = useTone();
  return <Results rows={roundRows(result, history, timedOut, pulled, width, tone)} width={width} height={height} />;
}
