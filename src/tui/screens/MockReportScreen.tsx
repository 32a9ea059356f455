import { useMemo } from 'react';
import { ScrollView } from '../components/ScrollView.js';
import { useKeys } from '../hooks/use-keys.js';
import { reportRows } from '../mock-report-lines.js';

export interface MockReportScreenProps {
  /** The whole report as text (formatMockReport). */
  text: string;
  width: number;
  /** Rows the screen may use. */
  height: number;
  onQuit: () => void;
}

/** The report, scrolled with ↑/↓ (j/k), PgUp/PgDn (space), Home/End (g/G); q, Esc or Enter leaves. */
export function MockReportScreen({ text, width, height, onQuit }: MockReportScreenProps) {
  const rows = useMemo(() => reportRows(text, width).map((row) => ({ text: row })), [text, width]);
  useKeys((input, key) => {
    if (input === 'q' || key.escape || key.return) onQuit();
  });
  // Without a known height the whole report shows, with the status line as before.
  return <ScrollView rows={rows} width={width} height={Number.isFinite(height) ? height : rows.length + 1} leave="q quits" />;
}
