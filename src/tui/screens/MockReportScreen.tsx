import { useMemo, useState } from 'react';
import { Box, Text } from 'ink';
import { useKeys } from '../hooks/use-keys.js';
import { reportRows } from '../mock-report-lines.js';
import { fit } from '../text-fit.js';

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
  const rows = useMemo(() => reportRows(text, width), [text, width]);
  const view = Math.max(3, (Number.isFinite(height) ? height : rows.length + 1) - 1);
  const last = Math.max(0, rows.length - view);
  const [top, setTop] = useState(0);
  const move = (to: number): void => setTop(Math.min(last, Math.max(0, to)));
  useKeys((input, key) => {
    if (input === 'q' || key.escape || key.return) onQuit();
    else if (key.downArrow || input === 'j') move(top + 1);
    else if (key.upArrow || input === 'k') move(top - 1);
    else if (key.pageDown || input === ' ') move(top + view - 1);
    else if (key.pageUp || input === 'b') move(top - view + 1);
    else if (key.home || input === 'g') move(0);
    else if (key.end || input === 'G') move(last);
  });
  const shown = rows.slice(top, top + view);
  const status = `lines ${top + 1}–${top + shown.length} of ${rows.length} · ↑/↓ scroll · PgUp/PgDn page · q quits`;
  return (
    <Box flexDirection="column" width={width}>
      {shown.map((row, i) => (
        <Text key={top + i}>{row || ' '}</Text>
      ))}
      <Text dimColor>{fit(status, width)}</Text>
    </Box>
  );
}
